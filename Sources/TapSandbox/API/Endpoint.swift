/// A route's handler and who may call it.
public struct Endpoint: Sendable {
    public typealias Handler = @Sendable (inout APIRequest) throws(TapError) -> HTTPResponse

    public var access: Access
    public var handler: Handler

    public init(access: Access, handler: @escaping Handler) {
        self.access = access
        self.handler = handler
    }
}

/// The routing table of the whole sandbox.
public typealias APIRouter = Router<Endpoint>

extension Router where Handler == Endpoint {
    /// Adds a route; a trailing slash on the request path is tolerated by the router itself.
    public mutating func add(_ route: Route, _ access: Access = .secretKey, _ handler: @escaping Endpoint.Handler) {
        add(route, Endpoint(access: access, handler: handler))
    }
}
