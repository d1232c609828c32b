import Dispatch
import Synchronization
import TapSandbox

/// What the body fuzzer checks: any bytes sent to any endpoint that reads a body, a path id, a query or
/// the key get an answer below 500 in Tap's shape (`ResponseRule`), through the same `App.respond(to:)`
/// the server calls; and the body decoders keep `JSONProperty`.
///
/// The input's first byte picks the route (`FuzzRoute.all`, modulo its count), the second the content
/// type, and the rest is the body (or the id, query or `Authorization` value). The sandbox runs in
/// process with a manual clock and its scheduler and webhook threads stopped, so no fuzzed `post.url`
/// is ever contacted; every 250 inputs the account is reset, so memory and list sizes stay small.
public final class RequestBodyProperty: Sendable {
    public static let key = "sk_test_FuzzRequestBodies42"
    /// The account of the `isolated` routes (`FuzzRoute.isolated`), reset with the other one.
    static let isolatedKey = "sk_test_FuzzIsolated42"
    static let contentTypes: [String?] = [
        "application/json", "application/x-www-form-urlencoded", "text/plain", nil, "application/json; charset=utf-8",
    ]
    private static let resetInterval = 250

    private let app: App
    private let state = Mutex(State())

    private struct State {
        var inputs = 0
        var fixtures: [String: String] = [:]
    }

    /// Starts a quiet in-process sandbox on an ephemeral port, then stops its threads: only the handler
    /// is used.
    public init() throws(SandboxStartError) {
        var configuration = Configuration()
        configuration.port = 0
        configuration.quiet = true
        configuration.webhookRetryDelaysMs = []
        let sandbox = try Sandbox(configuration: configuration, time: ManualTimeSource())
        sandbox.stop()
        app = sandbox.app
    }

    /// A description of the first broken rule, or nil when every rule holds.
    public func check(_ input: [UInt8]) -> String? {
        let route = FuzzRoute.all[Int(input.first ?? 0) % FuzzRoute.all.count]
        let contentType = Self.contentTypes[Int(input.dropFirst().first ?? 0) % Self.contentTypes.count]
        let payload = Array(input.dropFirst(2))
        if let problem = JSONProperty.check(payload) { return problem }
        let key = route.isolated ? Self.isolatedKey : Self.key
        let request = route.request(payload, contentType: contentType, key: key, fixtures: fixtures())
        let response = app.respond(to: request)
        if let gate = response.gate, !Self.wait(for: gate) {
            return "\(route.pattern): the response gate did not open within 5 s"
        }
        FuzzTally.record(refused: response.status.code >= 400)
        return ResponseRule.problem(with: response, path: request.path).map { "\(route.pattern): \($0)" }
    }

    /// The ids the routes refer to, made afresh after each reset.
    private func fixtures() -> [String: String] {
        let (count, current) = state.withLock { state in
            state.inputs += 1
            return (state.inputs, state.fixtures)
        }
        guard count % Self.resetInterval == 1 || current.isEmpty else { return current }
        _ = call(.post, "/_sandbox/reset", "")
        _ = call(.post, "/_sandbox/reset", "", key: Self.isolatedKey)
        let made = makeFixtures()
        state.withLock { $0.fixtures = made }
        return made
    }

    private func makeFixtures() -> [String: String] {
        let customer = call(.post, "/v2/customers", #"{"first_name":"Fuzz","email":"fuzz@example.com"}"#)
        let charge = call(.post, "/v2/charges", FuzzSeeds.paymentBody())
        let authorize = call(.post, "/v2/authorize", FuzzSeeds.paymentBody(source: token(), threeDSecure: false))
        let captured = call(.post, "/v2/charges", FuzzSeeds.paymentBody(source: token(), threeDSecure: false))
        let capturedID = captured["id"]?.stringValue ?? "captured_missing"
        let refund = call(.post, "/v2/refunds", FuzzSeeds.refundBody(charge: capturedID))
        var fixtures: [String: String] = [:]
        let made = [("charge", charge), ("captured", captured), ("authorize", authorize), ("customer", customer),
            ("refund", refund)]
        for (name, response) in made {
            fixtures[name] = response["id"]?.stringValue ?? "\(name)_missing"
        }
        return fixtures
    }

    /// A fresh card token (a token pays once).
    private func token() -> String {
        let token = call(
            .post, "/v2/tokens",
            #"{"card":{"number":"4012000033330026","exp_month":1,"exp_year":2039,"cvc":"100","name":"F"}}"#)
        return token["id"]?.stringValue ?? "tok_missing"
    }

    private func call(
        _ method: HTTPMethod, _ path: String, _ body: String, key: String = RequestBodyProperty.key
    ) -> JSONValue {
        var headers: HTTPHeaders = ["authorization": "Bearer \(key)", "content-type": "application/json"]
        headers.add(name: "host", value: "fuzz")
        let request = HTTPRequest(method: method, path: path, headers: headers, body: Array(body.utf8))
        let response = app.respond(to: request)
        if let gate = response.gate { _ = Self.wait(for: gate) }
        return (try? JSONParser.parse(response.body)) ?? .null
    }

    private static func wait(for gate: ResponseGate) -> Bool {
        let opened = DispatchSemaphore(value: 0)
        gate.whenOpen { opened.signal() }
        return opened.wait(timeout: .now() + 5) == .success
    }
}
