/// `GET /_sandbox/openapi.json`: the OpenAPI 3.1 document of every route (`openapi.json` at the package root,
/// compiled in so that a binary run from anywhere, e.g. a container, serves it). Open like `/_sandbox/health`:
/// it describes the sandbox, not an account.
struct OpenAPIRoutes {
    /// Encoded once; the answer never changes during a run.
    static let body = Array(OpenAPIDocument.text.utf8)

    func register(on router: inout APIRouter) {
        router.add("GET /_sandbox/openapi.json", .open) { _ throws(TapError) in .json(Self.body) }
    }
}
