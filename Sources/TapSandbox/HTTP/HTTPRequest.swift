/// One parsed HTTP/1.x request. The body is already de-chunked; `path` is the raw (still percent-encoded)
/// path of the request target and `query` the raw text after `?`.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var query: String?
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// Values of the route's `:name` segments, percent-decoded; filled in by the router.
    public var parameters: [String: String] = [:]

    public init(
        method: HTTPMethod, path: String, query: String? = nil, version: HTTPVersion = .http11,
        headers: HTTPHeaders = [:], body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// Whether the connection may stay open after this request (RFC 9112 §9.3): `Connection` is a list of
    /// case-insensitive tokens (RFC 9110 §7.6.1).
    public var wantsKeepAlive: Bool {
        guard let connection = headers["connection"] else { return version == .http11 }
        var keepAlive = false
        for option in connection.split(separator: ",") {
            let token = option.trimmingSpaces.utf8
            if token.elementsEqual("close".utf8, by: { $0.asciiLowercased == $1 }) { return false }
            if token.elementsEqual("keep-alive".utf8, by: { $0.asciiLowercased == $1 }) { keepAlive = true }
        }
        return version == .http11 || keepAlive
    }

    /// The query string's `name=value` pairs, percent-decoded (`+` read as a space).
    public var queryItems: [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentDecoding.decode(parts[0], plusIsSpace: true) ?? String(parts[0])
            let raw = parts.count > 1 ? parts[1] : ""
            return (name, PercentDecoding.decode(raw, plusIsSpace: true) ?? String(raw))
        }
    }

    /// The first query value named `name`.
    public func queryValue(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }
}

/// The protocol version of a request line.
public enum HTTPVersion: Sendable, Equatable {
    case http10
    case http11
}

/// Percent-decoding of URL components (RFC 3986 §2.1).
public enum PercentDecoding {
    /// Decodes `%XX` escapes; nil when an escape is malformed or the result is not UTF-8.
    public static func decode(_ text: Substring, plusIsSpace: Bool = false) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue)
                else { return nil }
                bytes.append(high << 4 | low)
            case UInt8(ascii: "+") where plusIsSpace:
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    public static func decode(_ text: String, plusIsSpace: Bool = false) -> String? {
        decode(text[...], plusIsSpace: plusIsSpace)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
