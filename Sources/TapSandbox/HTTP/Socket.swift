#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed POSIX call, with its `errno`.
public struct SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    public var call: String
    public var code: Int32

    public init(call: String, code: Int32 = errno) {
        self.call = call
        self.code = code
    }

    public var description: String { "\(call) failed: \(String(cString: strerror(code))) (errno \(code))" }
}

/// The only place that calls the BSD socket API; every descriptor it returns is close-on-exec.
enum Socket {
    /// A listening, non-blocking TCP socket bound to `host:port` (port 0 picks a free one).
    static func listen(host: String, port: Int, backlog: Int32 = 1024) throws(SocketError) -> (fd: Int32, port: Int) {
        let address = try resolve(host: host, port: port, passive: true)
        let fd = socket(address.family, socketType(nonBlocking: true), 0)
        guard fd >= 0 else { throw SocketError(call: "socket") }
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        let bound = address.storage.withSockaddr { bind(fd, $0, address.length) }
        guard bound == 0 else {
            let error = SocketError(call: "bind \(host):\(port)")
            close(fd)
            throw error
        }
        guard Glibc.listen(fd, backlog) == 0 else {
            let error = SocketError(call: "listen")
            close(fd)
            throw error
        }
        return (fd, boundPort(fd))
    }

    /// Accepts one pending connection as a non-blocking socket with Nagle off; nil when none is waiting.
    static func accept(_ listener: Int32) -> Result<Int32, SocketError>? {
        // Plain accept plus fcntl: Glibc does not export accept4 to Swift, and connections are long-lived.
        let fd = Glibc.accept(listener, nil, nil)
        if fd < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR || errno == ECONNABORTED { return nil }
            return .failure(SocketError(call: "accept"))
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        setNoDelay(fd)
        return .success(fd)
    }

    /// NOTES.md: small responses must not wait for Nagle's algorithm.
    static func setNoDelay(_ fd: Int32) {
        var on: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
    }

    static func boundPort(_ fd: Int32) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            }
        default:
            return 0
        }
    }

    /// A resolved socket address.
    struct Address {
        var family: Int32
        var storage: sockaddr_storage
        var length: socklen_t
    }

    /// Resolves a host name or numeric address with getaddrinfo; the first result wins.
    static func resolve(host: String, port: Int, passive: Bool) throws(SocketError) -> Address {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV | (passive ? AI_PASSIVE : 0)
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &result)
        guard status == 0, let info = result else {
            throw SocketError(call: "resolve \(host): \(String(cString: gai_strerror(status)))", code: status)
        }
        defer { freeaddrinfo(result) }
        var storage = sockaddr_storage()
        withUnsafeMutableBytes(of: &storage) { target in
            target.copyMemory(from: UnsafeRawBufferPointer(start: info.pointee.ai_addr, count: Int(info.pointee.ai_addrlen)))
        }
        return Address(family: info.pointee.ai_family, storage: storage, length: info.pointee.ai_addrlen)
    }

    static func socketType(nonBlocking: Bool) -> Int32 {
        var type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        if nonBlocking { type |= Int32(SOCK_NONBLOCK.rawValue) }
        return type
    }
}

extension sockaddr_storage {
    /// Runs `body` with this storage viewed as a `sockaddr`.
    func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>) -> T) -> T {
        withUnsafePointer(to: self) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1, body) }
    }
}

/// Milliseconds of the monotonic clock, for timeouts inside the HTTP layer (never for sandbox time).
func monotonicMilliseconds() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
}

/// Nanoseconds of the monotonic clock, for request durations in the access log.
func monotonicNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}
