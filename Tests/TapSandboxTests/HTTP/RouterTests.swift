import Testing

@testable import TapSandbox

@Suite struct RouterTests {
    static func makeRouter() -> Router<String> {
        var router = Router<String>()
        router.add("POST /v2/charges", "create")
        router.add("GET /v2/charges/:id", "retrieve")
        router.add("PUT /v2/charges/:id", "update")
        router.add("POST /v2/charges/list", "list")
        router.add("POST /v2/authorize/:id/void", "void")
        router.add("GET /v2/card/:customer/:card", "card")
        router.add("GET /", "root")
        return router
    }

    @Test(arguments: [
        ("POST", "/v2/charges", "create", [:]),
        ("POST", "/v2/charges/", "create", [:]),
        ("GET", "/v2/charges/chg_1", "retrieve", ["id": "chg_1"]),
        ("GET", "/v2/charges/chg_1/", "retrieve", ["id": "chg_1"]),
        ("PUT", "/v2/charges/chg_2", "update", ["id": "chg_2"]),
        ("POST", "/v2/charges/list", "list", [:]),
        ("GET", "/v2/charges/list", "retrieve", ["id": "list"]),
        ("POST", "/v2/authorize/auth_9/void", "void", ["id": "auth_9"]),
        ("GET", "/v2/card/cus_1/card_2", "card", ["customer": "cus_1", "card": "card_2"]),
        ("GET", "/v2/charges/chg%5F1", "retrieve", ["id": "chg_1"]),
        ("HEAD", "/v2/charges/chg_1", "retrieve", ["id": "chg_1"]),
        ("GET", "/", "root", [:]),
    ] as [(String, String, String, [String: String])])
    func match_FindsHandlerAndParameters(method: String, path: String, handler: String, parameters: [String: String]) {
        guard case .found(let found, let captured) = Self.makeRouter().match(method: HTTPMethod(rawValue: method), path: path)
        else {
            Issue.record("no match for \(method) \(path)")
            return
        }
        #expect(found == handler)
        #expect(captured == parameters)
    }

    @Test func match_KnownPathWithOtherMethod_Is405WithTheAllowedMethods() {
        guard case .methodNotAllowed(let allowed) = Self.makeRouter().match(method: .delete, path: "/v2/charges/chg_1")
        else {
            Issue.record("expected 405")
            return
        }
        #expect(Set(allowed) == [.get, .put])
    }

    @Test(arguments: ["/v2/refunds", "/v2/charges/chg_1/extra", "/v3/charges", "/v2", "/v2/authorize/x/capture"])
    func match_UnknownPath_IsNotFound(path: String) {
        guard case .notFound = Self.makeRouter().match(method: .get, path: path) else {
            Issue.record("expected 404 for \(path)")
            return
        }
    }

    @Test func routes_AreListedInRegistrationOrder() {
        #expect(Self.makeRouter().routes.map(\.description).first == "POST /v2/charges")
        #expect(Self.makeRouter().routes.count == 7)
    }
}
