import CSystem
import Dispatch
import Glibc
import Synchronization

/// The thread-safe face of one event loop: other threads post messages to it and wake it through an
/// eventfd. Everything else about the loop lives on its own thread in `EventLoopRunner`.
final class EventLoop: Sendable {
    enum Message: Sendable {
        /// A response gate of this connection opened.
        case gateOpened(connection: UInt64)
        /// Accept what is already waiting, stop accepting, finish what is in flight, then exit. `drained`
        /// is left once the listener is no longer watched by this loop.
        case shutdown(drained: DispatchGroup)
    }

    let wakeFD: Int32
    let epollFD: Int32
    private let inbox = Mutex<(messages: [Message], wakePending: Bool)>(([], false))

    init() throws(SocketError) {
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wakeFD >= 0 else { throw SocketError(call: "eventfd") }
        epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epollFD >= 0 else {
            let error = SocketError(call: "epoll_create1")
            close(wakeFD)
            throw error
        }
    }

    deinit {
        close(wakeFD)
        close(epollFD)
    }

    func post(_ message: Message) {
        let mustWake = inbox.withLock { inbox in
            inbox.messages.append(message)
            defer { inbox.wakePending = true }
            return !inbox.wakePending
        }
        if mustWake { eventfd_write(wakeFD, 1) }
    }

    func takeMessages() -> [Message] {
        var counter: eventfd_t = 0
        eventfd_read(wakeFD, &counter)
        return inbox.withLock { inbox in
            defer { inbox = ([], false) }
            return inbox.messages
        }
    }
}

/// Runs one loop on the current thread: epoll over the shared listening socket (EPOLLEXCLUSIVE, so one
/// loop wakes per new connection), this loop's eventfd and its connections. Never shared across threads.
final class EventLoopRunner {
    private static let listenerID: UInt64 = 0
    private static let wakeID: UInt64 = 1
    private static let sweepIntervalMs: Int64 = 100

    let handle: EventLoop
    let handler: any HTTPHandler
    let options: HTTPServerOptions
    private let listenFD: Int32
    private var epollFD: Int32 { handle.epollFD }
    private var connections: [UInt64: Connection] = [:]
    private var nextID: UInt64 = 2
    private var shuttingDown = false
    private var shutdownDeadline: Int64 = .max
    private var nextSweep: Int64 = 0
    private var spareFD: Int32
    /// Scratch space every `recv` on this loop reads into.
    let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 16)

    init(handle: EventLoop, listenFD: Int32, handler: any HTTPHandler, options: HTTPServerOptions) {
        self.handle = handle
        self.listenFD = listenFD
        self.handler = handler
        self.options = options
        spareFD = open("/dev/null", O_RDONLY | O_CLOEXEC)
        register(listenFD, id: Self.listenerID, events: EPOLLIN.rawValue | EPOLLEXCLUSIVE.rawValue)
        register(handle.wakeFD, id: Self.wakeID, events: EPOLLIN.rawValue)
    }

    deinit {
        if spareFD >= 0 { close(spareFD) }
        readBuffer.deallocate()
    }

    /// Serves until a shutdown completes.
    func run() {
        var events = [epoll_event](repeating: epoll_event(), count: 256)
        while !(shuttingDown && connections.isEmpty) {
            let count = epoll_wait(epollFD, &events, Int32(events.count), Int32(Self.sweepIntervalMs))
            if count < 0 && errno != EINTR { break }
            for index in 0..<max(0, Int(count)) {
                dispatch(events[index])
            }
            let now = monotonicMilliseconds()
            if now >= nextSweep {
                sweep(now: now)
                nextSweep = now + Self.sweepIntervalMs
            }
        }
        for connection in connections.values { connection.closeNow() }
        connections.removeAll()
    }

    private func dispatch(_ event: epoll_event) {
        switch event.data.u64 {
        case Self.listenerID:
            acceptConnections()
        case Self.wakeID:
            for message in handle.takeMessages() { receive(message) }
        case let id:
            guard let connection = connections[id] else { return }
            if event.events & (EPOLLIN.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
                connection.readable()
            }
            if event.events & EPOLLOUT.rawValue != 0, !connection.isClosed {
                connection.writable()
            }
            if connection.isClosed { connections[id] = nil }
        }
    }

    private func receive(_ message: EventLoop.Message) {
        switch message {
        case .gateOpened(let id):
            guard let connection = connections[id] else { return }
            connection.releaseOpenedResponses()
            if connection.isClosed { connections[id] = nil }
        case .shutdown(let drained):
            defer { drained.leave() }
            guard !shuttingDown else { return }
            // Connections the kernel already completed are requests in flight from the client's view.
            while acceptConnections() {}
            shuttingDown = true
            shutdownDeadline = monotonicMilliseconds() + options.shutdownGraceMs
            epoll_ctl(epollFD, EPOLL_CTL_DEL, listenFD, nil)
            for (id, connection) in connections {
                // Bytes already in the socket buffer are a request in flight too: read them before deciding
                // whether the connection is idle.
                connection.readable()
                if !connection.isClosed { connection.beginShutdown() }
                if connection.isClosed { connections[id] = nil }
            }
        }
    }

    /// Accepts up to 64 waiting connections; true if there may be more.
    @discardableResult
    private func acceptConnections() -> Bool {
        for _ in 0..<64 {
            switch Socket.accept(listenFD) {
            case nil:
                return false
            case .success(let fd):
                let id = nextID
                nextID += 1
                let connection = Connection(fd: fd, id: id, loop: self)
                connections[id] = connection
                register(fd, id: id, events: EPOLLIN.rawValue | EPOLLRDHUP.rawValue)
                if shuttingDown { connection.beginShutdown() }
            case .failure(let error):
                guard error.code == EMFILE || error.code == ENFILE else { return false }
                shedOneConnection()
                return false
            }
        }
        return true
    }

    /// Out of descriptors: accept and close one pending connection with the spare descriptor, so the
    /// level-triggered listener does not spin (the libev/nginx "reserve fd" technique).
    private func shedOneConnection() {
        guard spareFD >= 0 else { return }
        close(spareFD)
        let fd = Glibc.accept(listenFD, nil, nil)
        if fd >= 0 { close(fd) }
        spareFD = open("/dev/null", O_RDONLY | O_CLOEXEC)
    }

    private func sweep(now: Int64) {
        let forceClose = shuttingDown && now >= shutdownDeadline
        for (id, connection) in connections {
            if forceClose { connection.closeNow() } else { connection.checkTimeouts(now: now) }
            if connection.isClosed { connections[id] = nil }
        }
    }

    func register(_ fd: Int32, id: UInt64, events: UInt32) {
        var event = epoll_event()
        event.events = events
        event.data.u64 = id
        epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, &event)
    }

    func modify(_ fd: Int32, id: UInt64, events: UInt32) {
        var event = epoll_event()
        event.events = events
        event.data.u64 = id
        epoll_ctl(epollFD, EPOLL_CTL_MOD, fd, &event)
    }

    func deregister(_ fd: Int32) {
        epoll_ctl(epollFD, EPOLL_CTL_DEL, fd, nil)
    }
}
