import Dispatch

@testable import TapSandbox

/// A handler for HTTP-layer tests: `/echo` returns the body, `/slow?ms=N` answers after N ms through a
/// response gate, anything else answers its method and path. Failures answer a small JSON envelope.
struct EchoHandler: HTTPHandler {
    func respond(to request: HTTPRequest) -> HTTPResponse {
        switch request.path {
        case "/echo":
            return HTTPResponse(status: .ok, headers: ["content-type": "application/octet-stream"], body: request.body)
        case "/slow":
            let gate = ResponseGate()
            let delay = Int(request.queryValue("ms") ?? "100") ?? 100
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(delay)) { gate.open() }
            return HTTPResponse(status: .ok, body: Array("slow \(delay)".utf8), gate: gate)
        default:
            return .text("\(request.method) \(request.path)")
        }
    }

    func respond(to failure: HTTPFailure) -> HTTPResponse {
        .json(Array(#"{"errors":[{"code":"\#(failure.status.code)","description":"failure"}]}"#.utf8), status: failure.status)
    }
}

/// Starts a server on an ephemeral port for the duration of `body`.
func withServer<T>(
    _ configure: (inout HTTPServerOptions) -> Void = { _ in }, handler: any HTTPHandler = EchoHandler(),
    _ body: (Int) throws -> T
) throws -> T {
    var options = HTTPServerOptions()
    configure(&options)
    let server = try HTTPServer(options: options, handler: handler)
    defer { server.stop() }
    return try body(server.port)
}
