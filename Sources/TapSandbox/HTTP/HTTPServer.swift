import Dispatch
import Foundation
import Glibc
import Synchronization

/// An HTTP/1.1 server on POSIX sockets: a few event-loop threads share one listening socket and serve
/// their connections without ever blocking, so idle or stalled clients cost a descriptor, not a thread.
public final class HTTPServer: Sendable {
    private let options: HTTPServerOptions
    private let listenFD: Int32
    private let loops: [EventLoop]
    private let finished = DispatchGroup()
    /// Set by the first `stop()`: a second one must not close `listenFD` again, since by then the number may
    /// name another socket of the process (a double close once shut another server's listener in tests).
    private let stopped = Atomic(false)
    /// The port actually bound (the real one when `options.port` is 0).
    public let port: Int

    /// Binds the listening socket (so `port` is known); connections queue until `start(handler:)`.
    public init(options: HTTPServerOptions) throws(SocketError) {
        self.options = options
        // NOTES.md: a peer closing mid-write must not kill the process; sends also pass MSG_NOSIGNAL.
        signal(SIGPIPE, SIG_IGN)
        let (fd, port) = try Socket.listen(host: options.host, port: options.port)
        listenFD = fd
        self.port = port
        var loops: [EventLoop] = []
        for _ in 0..<max(1, options.loopCount) { loops.append(try EventLoop()) }
        self.loops = loops
    }

    /// Binds and starts serving at once; the socket accepts connections when this returns.
    public convenience init(options: HTTPServerOptions, handler: any HTTPHandler) throws(SocketError) {
        try self.init(options: options)
        start(handler: handler)
    }

    /// Starts the event loops; call once.
    public func start(handler: any HTTPHandler) {
        for loop in loops { startThread(for: loop, handler: handler) }
    }

    private func startThread(for loop: EventLoop, handler: any HTTPHandler) {
        finished.enter()
        let thread = Thread { [finished, listenFD, options] in
            EventLoopRunner(handle: loop, listenFD: listenFD, handler: handler, options: options).run()
            finished.leave()
        }
        thread.name = "tap-sandbox-http"
        thread.start()
    }

    /// Stops accepting, lets in-flight requests finish (up to `shutdownGraceMs`), then returns. Later calls
    /// do nothing.
    public func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let drained = DispatchGroup()
        for loop in loops {
            drained.enter()
            loop.post(.shutdown(drained: drained))
        }
        _ = drained.wait(timeout: .now() + .seconds(2))
        shutdown(listenFD, Int32(SHUT_RDWR))
        _ = finished.wait(timeout: .now() + .milliseconds(Int(options.shutdownGraceMs) + 1_000))
        close(listenFD)
    }
}
