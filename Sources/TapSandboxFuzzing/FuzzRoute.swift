import TapSandbox

/// One endpoint the body fuzzer aims at, and which part of the request the fuzzed bytes become.
/// Append new routes at the end: a seed's first byte is an index into `all`.
struct FuzzRoute: Sendable {
    enum Input: Sendable {
        /// The request body.
        case body
        /// The `{input}` path segment, percent-encoded as a client would send it.
        case pathSegment
        /// The query string, limited to the bytes the HTTP parser lets through (RFC 9112 §3.2).
        case query
        /// The `Authorization` header value, limited to the bytes a header value may hold (RFC 9110 §5.5).
        case authorization
    }

    let method: HTTPMethod
    /// A path with `{charge}`, `{captured}`, `{authorize}`, `{customer}` and `{refund}` for fixture ids and
    /// `{input}` for fuzzed bytes.
    let pattern: String
    let input: Input
    /// Sent with a key of its own: a scenario added at run time applies to every later request of its
    /// account, and one with `latency_ms` would hold the fixture account's answers for up to a minute.
    var isolated = false

    static let all: [FuzzRoute] = [
        FuzzRoute(method: .post, pattern: "/v2/charges", input: .body),
        FuzzRoute(method: .put, pattern: "/v2/charges/{charge}", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/charges/list", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/charges/download", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/authorize", input: .body),
        FuzzRoute(method: .put, pattern: "/v2/authorize/{authorize}", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/authorize/{authorize}/void", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/authorize/list", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/authorize/download", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/tokens", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/customers", input: .body),
        FuzzRoute(method: .put, pattern: "/v2/customers/{customer}", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/customers/list", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/card/{customer}", input: .body),
        FuzzRoute(method: .post, pattern: "/_sandbox/pay/{charge}", input: .body),
        FuzzRoute(method: .post, pattern: "/_sandbox/clock/advance", input: .body),
        FuzzRoute(method: .get, pattern: "/v2/charges/{input}", input: .pathSegment),
        FuzzRoute(method: .get, pattern: "/v2/authorize/{input}", input: .pathSegment),
        FuzzRoute(method: .get, pattern: "/v2/tokens/{input}", input: .pathSegment),
        FuzzRoute(method: .get, pattern: "/v2/customers/{input}", input: .pathSegment),
        FuzzRoute(method: .delete, pattern: "/v2/customers/{input}", input: .pathSegment),
        FuzzRoute(method: .get, pattern: "/v2/card/{customer}/{input}", input: .pathSegment),
        FuzzRoute(method: .get, pattern: "/_sandbox/webhooks", input: .query),
        FuzzRoute(method: .get, pattern: "/_sandbox/requests", input: .query),
        FuzzRoute(method: .get, pattern: "/_sandbox/pay/{charge}", input: .query),
        FuzzRoute(method: .get, pattern: "/v2/charges/{charge}", input: .authorization),
        FuzzRoute(method: .post, pattern: "/v2/refunds", input: .body),
        FuzzRoute(method: .put, pattern: "/v2/refunds/{refund}", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/refunds/list", input: .body),
        FuzzRoute(method: .get, pattern: "/v2/refunds/{input}", input: .pathSegment),
        FuzzRoute(method: .post, pattern: "/v2/payouts/list", input: .body),
        FuzzRoute(method: .post, pattern: "/v2/payouts/download", input: .body),
        FuzzRoute(method: .post, pattern: "/_sandbox/payouts/settle", input: .body),
        FuzzRoute(method: .put, pattern: "/_sandbox/payouts/settings", input: .body),
        FuzzRoute(method: .post, pattern: "/_sandbox/scenarios", input: .body, isolated: true),
    ]

    /// The request the fuzzed `bytes` make on this route.
    func request(_ bytes: [UInt8], contentType: String?, key: String, fixtures: [String: String]) -> HTTPRequest {
        var path = pattern
        for (name, id) in fixtures { path = path.replacing("{\(name)}", with: id) }
        var headers = HTTPHeaders()
        headers.add(name: "host", value: "fuzz")
        var body: [UInt8] = []
        var query: String?
        switch input {
        case .body:
            body = Self.substituting(fixtures, in: bytes)
            headers.add(name: "authorization", value: "Bearer \(key)")
        case .pathSegment:
            path = path.replacing("{input}", with: Self.percentEncoded(bytes))
            headers.add(name: "authorization", value: "Bearer \(key)")
        case .query:
            query = String(decoding: bytes.filter { $0 > 0x20 && $0 < 0x7F }, as: UTF8.self)
            headers.add(name: "authorization", value: "Bearer \(key)")
        case .authorization:
            headers.add(name: "authorization", value: Self.headerValue(bytes))
        }
        if let contentType { headers.add(name: "content-type", value: contentType) }
        headers.add(name: "content-length", value: String(body.count))
        return HTTPRequest(method: method, path: path, query: query, headers: headers, body: body)
    }

    /// The body with `{name}` replaced by the fixture's id when it is UTF-8 (a seed's refund names the live
    /// captured charge this way), else the bytes as they are.
    static func substituting(_ fixtures: [String: String], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "{")), var text = String(validating: bytes, as: UTF8.self) else {
            return bytes
        }
        for (name, id) in fixtures { text = text.replacing("{\(name)}", with: id) }
        return Array(text.utf8)
    }

    /// RFC 3986 §2.1: every byte but the unreserved ones as `%XX`.
    static func percentEncoded(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.append(byte)
            default:
                output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// What `HTTPRequestParser` would hand over for these value bytes: no control bytes, OWS trimmed.
    static func headerValue(_ bytes: [UInt8]) -> String {
        var kept = bytes.filter { ($0 >= 0x20 && $0 != 0x7F) || $0 == 0x09 }
        while let first = kept.first, first == 0x20 || first == 0x09 { kept.removeFirst() }
        while let last = kept.last, last == 0x20 || last == 0x09 { kept.removeLast() }
        return String(decoding: kept, as: UTF8.self)
    }
}
