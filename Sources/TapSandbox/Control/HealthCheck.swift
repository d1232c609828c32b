import Glibc

/// `tap-sandbox health`: one GET to the health URL, for container health checks that have no curl.
enum HealthCheck {
    /// True when `url` (http only) answers 2xx within `timeoutMs`.
    static func run(url: String, timeoutMs: Int) -> Bool {
        guard url.hasPrefix("http://") else { return false }
        let rest = url.dropFirst(7)
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        let (host, port) = split(authority)
        guard let address = try? Socket.resolve(host: host, port: port, passive: false) else { return false }
        let fd = socket(address.family, Socket.socketType(nonBlocking: false), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var timeout = timeval(tv_sec: timeoutMs / 1000, tv_usec: Int((timeoutMs % 1000) * 1000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard address.storage.withSockaddr({ connect(fd, $0, address.length) }) == 0 else { return false }
        let request = Array("GET \(path.isEmpty ? "/" : path) HTTP/1.1\r\nHost: \(authority)\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count
        else { return false }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count >= 12 else { return false }
        let statusLine = String(decoding: buffer[0..<count], as: UTF8.self)
        return statusLine.hasPrefix("HTTP/1.1 2") || statusLine.hasPrefix("HTTP/1.0 2")
    }

    private static func split(_ authority: Substring) -> (String, Int) {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            let host = authority[authority.index(after: authority.startIndex)..<close]
            let port = authority[close...].dropFirst(2)
            return (String(host), Int(port) ?? 80)
        }
        let parts = authority.split(separator: ":", maxSplits: 1)
        return (String(parts.first ?? "127.0.0.1"), parts.count > 1 ? Int(parts[1]) ?? 80 : 80)
    }
}
