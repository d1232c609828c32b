import Glibc

/// A connected byte stream whose every call ends by a deadline (monotonic milliseconds): plain TCP or TLS.
protocol ClientStream {
    /// Sends every byte.
    func write(_ bytes: [UInt8], deadline: Int64) throws(HTTPClientError)
    /// Reads some bytes into `buffer`; 0 at the end of the stream.
    func read(into buffer: UnsafeMutableRawBufferPointer, deadline: Int64) throws(HTTPClientError) -> Int
    func close()
}

/// A blocking TCP socket for the client. The deadline becomes `SO_SNDTIMEO`/`SO_RCVTIMEO` before each
/// call, so a worker thread blocks at most until the deadline, never on a Dispatch queue.
struct ClientSocket: ClientStream {
    let fd: Int32

    /// Connects to the first address of `host` that accepts, trying each in turn (`localhost` may be ::1
    /// first while the receiver listens on 127.0.0.1).
    static func connect(host: String, port: Int, deadline: Int64) throws(HTTPClientError) -> ClientSocket {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw HTTPClientError(.resolve, "cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var failure = HTTPClientError(.connect, "cannot connect to \(host):\(port)")
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let info = next {
            next = info.pointee.ai_next
            do {
                return try connect(info.pointee, deadline: deadline, name: "\(host):\(port)")
            } catch {
                failure = error
                if error.kind == .timeout { break }
            }
        }
        throw failure
    }

    private static func connect(_ info: addrinfo, deadline: Int64, name: String) throws(HTTPClientError) -> ClientSocket
    {
        let fd = socket(info.ai_family, Socket.socketType(nonBlocking: true), 0)
        guard fd >= 0 else { throw HTTPClientError(.connect, "socket() failed: \(String(cString: strerror(errno)))") }
        // Non-blocking connect plus poll bounds the wait; the socket turns blocking once connected.
        if Glibc.connect(fd, info.ai_addr, info.ai_addrlen) != 0 {
            guard errno == EINPROGRESS else {
                let error = HTTPClientError(.connect, "cannot connect to \(name): \(String(cString: strerror(errno)))")
                Glibc.close(fd)
                throw error
            }
            do {
                try waitUntilConnected(fd, deadline: deadline, name: name)
            } catch {
                Glibc.close(fd)
                throw error
            }
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        Socket.setNoDelay(fd)
        return ClientSocket(fd: fd)
    }

    private static func waitUntilConnected(_ fd: Int32, deadline: Int64, name: String) throws(HTTPClientError) {
        var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        while true {
            let remaining = deadline - monotonicMilliseconds()
            guard remaining > 0 else { throw HTTPClientError(.timeout, "timed out connecting to \(name)") }
            let ready = poll(&entry, 1, Int32(clamping: remaining))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { throw HTTPClientError(.timeout, "timed out connecting to \(name)") }
            break
        }
        var code: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length)
        guard code == 0 else {
            throw HTTPClientError(.connect, "cannot connect to \(name): \(String(cString: strerror(code)))")
        }
    }

    /// Bounds the next blocking calls by the time left; false when none is left.
    func arm(_ option: Int32, deadline: Int64) -> Bool {
        let remaining = deadline - monotonicMilliseconds()
        guard remaining > 0 else { return false }
        var timeout = timeval(tv_sec: Int(remaining / 1000), tv_usec: Int(remaining % 1000) * 1000)
        setsockopt(fd, SOL_SOCKET, option, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return true
    }

    func write(_ bytes: [UInt8], deadline: Int64) throws(HTTPClientError) {
        var offset = 0
        while offset < bytes.count {
            guard arm(SO_SNDTIMEO, deadline: deadline) else {
                throw HTTPClientError(.timeout, "timed out sending the request")
            }
            let sent = bytes.withUnsafeBytes { buffer in
                send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) {
                continue
            } else {
                throw HTTPClientError(.send, "sending the request failed: \(String(cString: strerror(errno)))")
            }
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, deadline: Int64) throws(HTTPClientError) -> Int {
        while true {
            guard arm(SO_RCVTIMEO, deadline: deadline) else {
                throw HTTPClientError(.timeout, "timed out waiting for the response")
            }
            let count = recv(fd, buffer.baseAddress, buffer.count, 0)
            if count >= 0 { return count }
            if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
            throw HTTPClientError(.receive, "reading the response failed: \(String(cString: strerror(errno)))")
        }
    }

    func close() {
        Glibc.close(fd)
    }
}
