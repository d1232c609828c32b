/// Answers requests for the server. Called on an event-loop thread, so it must never block: anything
/// slow (latency, disk sync) is expressed as a `ResponseGate` on the response.
public protocol HTTPHandler: Sendable {
    /// The response to a complete, well-formed request.
    func respond(to request: HTTPRequest) -> HTTPResponse
    /// The response to bytes that could not be parsed as a request; the connection closes after it.
    func respond(to failure: HTTPFailure) -> HTTPResponse
}

/// Tunables of the server; the defaults suit production use, tests shrink the timeouts.
public struct HTTPServerOptions: Sendable {
    public var host = "127.0.0.1"
    public var port = 0
    public var limits = HTTPRequestParser.Limits()
    /// A request must be complete this long after its first byte, or the client is answered 408 and closed.
    public var requestTimeoutMs: Int64 = 10_000
    /// An idle keep-alive connection is closed after this long.
    public var idleTimeoutMs: Int64 = 120_000
    /// A client that does not read its responses for this long is closed.
    public var writeTimeoutMs: Int64 = 30_000
    /// On stop, connections still busy after this long are closed anyway.
    public var shutdownGraceMs: Int64 = 10_000
    /// Event-loop threads; each accepts and serves its own connections.
    public var loopCount = 2
    /// Called once per final response sent, on the loop thread.
    public var accessLog: (@Sendable (AccessRecord) -> Void)?

    public init() {}
}

/// What the access log learns about one answered request.
public struct AccessRecord: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var status: Int
    public var durationNanoseconds: UInt64
    public var bodyBytes: Int
}
