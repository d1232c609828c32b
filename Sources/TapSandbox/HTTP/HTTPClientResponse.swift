/// A request for `HTTPClient`. `Host`, `Content-Length` and `Connection: close` are added when missing.
public struct HTTPClientRequest: Sendable {
    public var method: HTTPMethod
    public var url: String
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(method: HTTPMethod, url: String, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A response as received. Redirects are not followed: a 3xx comes back as it is.
public struct HTTPClientResponse: Sendable, Equatable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    /// The body, cut at `HTTPClientOptions.maxBodyBytes`.
    public var body: [UInt8]
    /// Whether the body was longer than the cap; the rest was not read.
    public var bodyTruncated = false

    public init(status: HTTPStatus, headers: HTTPHeaders = [:], body: [UInt8] = [], bodyTruncated: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyTruncated = bodyTruncated
    }
}

/// Why an exchange produced no response.
public struct HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case invalidURL
        case resolve
        case connect
        case tls
        case timeout
        case send
        case receive
        case malformedResponse
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// Tunables of `HTTPClient`.
public struct HTTPClientOptions: Sendable {
    /// The whole exchange (resolve excepted): connect, TLS handshake, send and receive share this budget,
    /// so a receiver that trickles bytes cannot stretch it.
    public var timeoutMs = 5_000
    /// Skip certificate and host name verification for https (self-signed development receivers).
    public var insecureTLS = false
    /// Extra trusted certificates (PEM) besides the system store; tests use it for a private CA.
    public var trustedCertificatesFile: String?
    /// The most response body kept; the rest is not read, so a huge answer cannot grow memory.
    public var maxBodyBytes = 64 * 1024
    /// The most bytes of status line and header fields accepted.
    public var maxHeadBytes = 16 * 1024

    public init(timeoutMs: Int = 5_000, insecureTLS: Bool = false) {
        self.timeoutMs = timeoutMs
        self.insecureTLS = insecureTLS
    }
}
