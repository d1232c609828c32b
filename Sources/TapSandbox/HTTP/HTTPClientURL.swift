/// An absolute `http` or `https` URL split the way a client needs it (RFC 3986 §3, RFC 9110 §4.2):
/// where to connect, what to put in `Host`, and the request target.
public struct HTTPClientURL: Sendable, Equatable {
    public var isSecure: Bool
    /// The host without IPv6 brackets, as given (a name or an address literal).
    public var host: String
    public var port: Int
    /// `host[:port]` for the `Host` header; the port is left out when it is the scheme's default.
    public var authority: String
    /// The origin-form request target: path and query, at least `/`.
    public var target: String

    /// Parses `url`; nil unless it is `http://` or `https://` with a host and a valid port.
    public init?(_ url: String) {
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("http://") {
            isSecure = false
            rest = url.dropFirst(7)
        } else if lower.hasPrefix("https://") {
            isSecure = true
            rest = url.dropFirst(8)
        } else {
            return nil
        }
        guard !url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return nil }
        let withoutFragment = rest.prefix { $0 != "#" }
        var authorityText = withoutFragment.prefix { $0 != "/" && $0 != "?" }
        let path = withoutFragment.dropFirst(authorityText.count)
        // Userinfo (`user:pass@`) is deprecated in http(s) URLs (RFC 9110 §4.2.4) and never sent in Host.
        if let at = authorityText.lastIndex(of: "@") {
            authorityText = authorityText[authorityText.index(after: at)...]
        }
        let defaultPort = isSecure ? 443 : 80
        guard let (host, port) = Self.split(authorityText, defaultPort: defaultPort), !host.isEmpty else { return nil }
        self.host = host
        self.port = port
        let hostText = host.contains(":") ? "[\(host)]" : host
        authority = port == defaultPort ? hostText : "\(hostText):\(port)"
        target = path.hasPrefix("/") ? String(path) : "/" + path
    }

    /// `host:port` of the connection, e.g. to group requests per receiver.
    public var endpoint: String { (host.contains(":") ? "[\(host)]" : host) + ":\(port)" }

    private static func split(_ authority: Substring, defaultPort: Int) -> (String, Int)? {
        var host = authority
        var portText: Substring = ""
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { return nil }
            portText = after.dropFirst()
        } else if let colon = authority.firstIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        }
        guard !portText.isEmpty else { return (host.lowercased(), defaultPort) }
        guard let port = TokenBytes.decimal(portText), port > 0, port <= 65_535 else { return nil }
        return (host.lowercased(), port)
    }
}
