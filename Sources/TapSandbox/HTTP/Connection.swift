import CSystem
import Glibc

/// One client connection, driven by its event loop's thread only. It parses pipelined requests as bytes
/// arrive, answers them in order (a gated response holds back the ones after it), writes without
/// blocking, applies back-pressure to clients that do not read, and enforces the timeouts.
final class Connection {
    /// A response waiting for its gate, or ready and waiting for the ones before it.
    private struct Pending {
        var response: HTTPResponse
        var method: HTTPMethod
        var path: String
        var startedAt: UInt64
        var close: Bool
    }

    private static let maxWaitingResponses = 64
    private static let maxBufferedOutput = 1 << 20
    private static let lingerMs: Int64 = 2_000
    private static let interim100 = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    let fd: Int32
    let id: UInt64
    private unowned let loop: EventLoopRunner
    private var parser: HTTPRequestParser
    private var input: [UInt8] = []
    private var inputStart = 0
    private var output: [UInt8] = []
    private var outputStart = 0
    private var waiting: [Pending] = []
    private var interest: UInt32 = EPOLLIN.rawValue
    private var readPaused = false
    private var readClosed = false
    private var closeAfterFlush = false
    private var shuttingDown = false
    private var lingerUntil: Int64?
    private var requestStartedAt: Int64?
    private var lastActivity: Int64
    private var lastWriteProgress: Int64
    private(set) var isClosed = false

    init(fd: Int32, id: UInt64, loop: EventLoopRunner) {
        self.fd = fd
        self.id = id
        self.loop = loop
        parser = HTTPRequestParser(limits: loop.options.limits)
        lastActivity = monotonicMilliseconds()
        lastWriteProgress = lastActivity
    }

    private var isMidRequest: Bool { parser.isReadingBody || inputStart < input.count }
    private var isIdle: Bool { !isMidRequest && waiting.isEmpty && outputStart == output.count }

    // MARK: Reading

    func readable() {
        let buffer = loop.readBuffer
        let count = recv(fd, buffer.baseAddress, buffer.count, 0)
        if count < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
            return closeNow()
        }
        if count == 0 { return endOfInput() }
        lastActivity = monotonicMilliseconds()
        if lingerUntil != nil { return }
        let received = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
        if inputStart == input.count {
            input.removeAll(keepingCapacity: true)
            inputStart = 0
            let consumed = parseRequests(in: received)
            input.append(contentsOf: received[consumed...])
        } else {
            input.append(contentsOf: received)
            parseBufferedInput()
        }
        afterInput()
    }

    private func endOfInput() {
        readClosed = true
        if lingerUntil != nil || isIdle { return closeNow() }
        closeAfterFlush = true
        updateInterest()
        finishIfDone()
    }

    private func parseBufferedInput() {
        let consumed = input.withUnsafeBytes { parseRequests(in: UnsafeRawBufferPointer(rebasing: $0[inputStart...])) }
        inputStart += consumed
        if inputStart == input.count {
            input.removeAll(keepingCapacity: input.capacity <= 65_536)
            inputStart = 0
        } else if inputStart > 65_536 {
            input.removeFirst(inputStart)
            inputStart = 0
        }
    }

    /// Parses and serves as many requests as `bytes` holds; returns how many bytes were consumed.
    private func parseRequests(in bytes: UnsafeRawBufferPointer) -> Int {
        var offset = 0
        while !closeAfterFlush {
            if waiting.count >= Self.maxWaitingResponses || output.count - outputStart > Self.maxBufferedOutput {
                readPaused = true
                break
            }
            let (consumed, event) = parser.parse(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            offset += consumed
            guard let event else {
                if consumed == 0 { break }
                continue
            }
            switch event {
            case .continueExpected:
                if offset == bytes.count && waiting.isEmpty { output.append(contentsOf: Self.interim100) }
            case .request(let request):
                serve(request)
            case .failure(let failure):
                refuse(failure)
            }
        }
        return offset
    }

    private func afterInput() {
        let now = lastActivity
        if isMidRequest {
            if requestStartedAt == nil { requestStartedAt = now }
        } else {
            requestStartedAt = nil
        }
        flush()
    }

    // MARK: Answering

    private func serve(_ request: HTTPRequest) {
        let startedAt = monotonicNanoseconds()
        let response = loop.handler.respond(to: request)
        let close = shuttingDown || readClosed || !request.wantsKeepAlive
        enqueue(Pending(response: response, method: request.method, path: request.path, startedAt: startedAt, close: close))
        if close { closeAfterFlush = true }
        requestStartedAt = nil
    }

    private func refuse(_ failure: HTTPFailure) {
        let response = loop.handler.respond(to: failure)
        enqueue(Pending(response: response, method: "", path: "", startedAt: monotonicNanoseconds(), close: true))
        closeAfterFlush = true
    }

    private func enqueue(_ pending: Pending) {
        if waiting.isEmpty, pending.response.gate?.isOpen ?? true {
            write(pending)
            return
        }
        waiting.append(pending)
        if let gate = pending.response.gate {
            let handle = loop.handle
            let id = id
            gate.whenOpen { handle.post(.gateOpened(connection: id)) }
        }
    }

    /// Moves responses whose gates opened, in order, to the output (called on a loop message).
    func releaseOpenedResponses() {
        while let first = waiting.first, first.response.gate?.isOpen ?? true {
            waiting.removeFirst()
            write(first)
        }
        flush()
    }

    private func write(_ pending: Pending) {
        pending.response.serialize(into: &output, omitBody: pending.method == .head, close: pending.close)
        guard let accessLog = loop.options.accessLog else { return }
        accessLog(AccessRecord(
            method: pending.method, path: pending.path, status: pending.response.status.code,
            durationNanoseconds: monotonicNanoseconds() &- pending.startedAt, bodyBytes: pending.response.body.count))
    }

    // MARK: Writing

    func writable() {
        flush()
    }

    private func flush() {
        while outputStart < output.count {
            let sent = output.withUnsafeBytes { bytes in
                send(fd, bytes.baseAddress! + outputStart, bytes.count - outputStart, Int32(MSG_NOSIGNAL))
            }
            if sent > 0 {
                outputStart += sent
                lastWriteProgress = monotonicMilliseconds()
            } else if sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                break
            } else {
                return closeNow()
            }
        }
        if outputStart == output.count {
            output.removeAll(keepingCapacity: output.capacity <= 65_536)
            outputStart = 0
            resumeReadingIfPaused()
        }
        if isClosed { return }
        updateInterest()
        finishIfDone()
    }

    private func resumeReadingIfPaused() {
        guard readPaused, !closeAfterFlush, waiting.count < Self.maxWaitingResponses else { return }
        readPaused = false
        parseBufferedInput()
        afterInputWithoutFlush()
    }

    private func afterInputWithoutFlush() {
        if isMidRequest { requestStartedAt = requestStartedAt ?? monotonicMilliseconds() } else { requestStartedAt = nil }
    }

    private func finishIfDone() {
        guard !isClosed, waiting.isEmpty, outputStart == output.count else { return }
        if closeAfterFlush {
            if readClosed { return closeNow() }
            // RFC 9112 §9.6: half-close and drain, so unread request bytes do not turn our answer into a reset.
            if lingerUntil == nil {
                shutdown(fd, Int32(SHUT_WR))
                lingerUntil = monotonicMilliseconds() + Self.lingerMs
                readPaused = false
                updateInterest()
            }
        } else if shuttingDown && !isMidRequest {
            closeNow()
        }
    }

    private func updateInterest() {
        var events: UInt32 = 0
        if (!readPaused && !readClosed) || lingerUntil != nil { events |= EPOLLIN.rawValue }
        if outputStart < output.count { events |= EPOLLOUT.rawValue }
        if lingerUntil != nil { events = EPOLLIN.rawValue }
        guard events != interest else { return }
        interest = events
        loop.modify(fd, id: id, events: events)
    }

    // MARK: Lifecycle

    func checkTimeouts(now: Int64) {
        if let lingerUntil {
            if now >= lingerUntil { closeNow() }
            return
        }
        if outputStart < output.count, now - lastWriteProgress > loop.options.writeTimeoutMs {
            return closeNow()
        }
        if isMidRequest, !closeAfterFlush, let started = requestStartedAt,
            now - started > loop.options.requestTimeoutMs
        {
            let seconds = Double(loop.options.requestTimeoutMs) / 1000
            refuse(HTTPFailure(status: .requestTimeout, message: "The request was not completed within \(seconds) s."))
            flush()
            return
        }
        if isIdle, !closeAfterFlush, now - lastActivity > loop.options.idleTimeoutMs {
            closeNow()
        }
    }

    func beginShutdown() {
        shuttingDown = true
        if isIdle { closeNow() }
    }

    func closeNow() {
        guard !isClosed else { return }
        isClosed = true
        loop.deregister(fd)
        Glibc.close(fd)
        waiting.removeAll()
        input = []
        output = []
    }
}
