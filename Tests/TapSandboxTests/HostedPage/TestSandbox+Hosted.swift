import Testing

@testable import TapSandbox

/// Helpers for driving the hosted page over HTTP, as a merchant's test suite would.
extension TestSandbox {
    static let formHeaders = ["content-type": "application/x-www-form-urlencoded"]

    /// Creates a charge (INITIATED on `src_all` by default) and returns its id.
    func createCharge(_ overrides: [String: String] = [:], headers: [String: String] = [:]) throws -> String {
        let response = call(.post, "/v2/charges", TestSandbox.chargeBody(overrides), headers: headers)
        return try #require(response.string("id"), "create failed: \(response.text)")
    }

    /// Creates an authorize through the same creation path as `POST /v2/authorize`, which this branch
    /// does not route yet.
    func createAuthorize(_ overrides: [String: String] = [:]) throws -> String {
        let http = HTTPRequest(
            method: .post, path: "/v2/authorize", headers: ["content-type": "application/json"],
            body: Array(TestSandbox.chargeBody(overrides).utf8))
        var request = APIRequest(http: http, caller: .account(store.account(TestSandbox.key)), store: store)
        let response = try PaymentCreation(context: sandbox.context).create(.authorize, &request)
        return try #require(TestResponse(response: response).string("id"))
    }

    /// `POST /_sandbox/pay/{id}` as the page's form sends it.
    @discardableResult
    func submitForm(_ id: String, _ form: String) -> TestResponse {
        call(.post, "/_sandbox/pay/\(id)", form, key: nil, headers: TestSandbox.formHeaders)
    }

    /// `POST /_sandbox/pay/{id}` with a JSON body, as a test without a browser would.
    @discardableResult
    func submitJSON(_ id: String, _ json: String) -> TestResponse {
        call(.post, "/_sandbox/pay/\(id)", json, key: nil)
    }

    @discardableResult
    func page(_ id: String, query: String = "") -> TestResponse {
        call(.get, "/_sandbox/pay/\(id)" + query, key: nil)
    }

    /// The object as `GET /v2/charges/{id}` (or, for an authorize, as its retrieve renders it).
    func retrieve(_ id: String) -> TestResponse {
        guard id.hasPrefix("auth_") else { return call(.get, "/v2/charges/\(id)") }
        let account = store.account(TestSandbox.key)
        let json = account.read { $0.authorizes[id] }?.json(sandbox.context.renderContext(account, method: "GET")) ?? []
        return TestResponse(response: .json(json))
    }
}
