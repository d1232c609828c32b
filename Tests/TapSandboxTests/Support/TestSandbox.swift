import Foundation

@testable import TapSandbox

/// A sandbox on an ephemeral port with a manual time source, for API tests. `call` goes straight to the
/// request handler (no sockets, but the same router, authentication and error rendering); `port` is
/// there for tests that need real HTTP.
final class TestSandbox: Sendable {
    static let key = "sk_test_XKokBfNWv6FIYuTMg5sLPjhJ"

    let time: ManualTimeSource
    let sandbox: Sandbox

    /// `time` lets a restarted sandbox (`--data-dir` tests) go on from the clock of the one it replaces.
    /// - Parameter scenarios: as loaded from `--scenarios` files.
    init(
        time: ManualTimeSource = ManualTimeSource(), persistence: PersistenceOptions? = nil,
        scenarios: [Scenario] = [], _ configure: (inout Configuration) -> Void = { _ in }
    ) throws {
        var configuration = Configuration()
        configuration.port = 0
        configuration.quiet = true
        configure(&configuration)
        self.time = time
        sandbox = try Sandbox(
            configuration: configuration, time: time, ids: IdentifierGenerator(firstSerial: 1000),
            scenarios: scenarios, persistenceOptions: persistence)
    }

    deinit { sandbox.stop() }

    var port: Int { sandbox.port }
    var store: Store { sandbox.store }

    /// Sends one request through the handler and waits for its response gate, if any.
    func call(
        _ method: HTTPMethod, _ path: String, _ body: String? = nil, key: String? = TestSandbox.key,
        headers: [String: String] = [:]
    ) -> TestResponse {
        var httpHeaders = HTTPHeaders()
        if let key { httpHeaders.add(name: "authorization", value: "Bearer \(key)") }
        for (name, value) in headers { httpHeaders.add(name: name, value: value) }
        if body != nil && httpHeaders["content-type"] == nil { httpHeaders.add(name: "content-type", value: "application/json") }
        let parts = path.split(separator: "?", maxSplits: 1)
        let request = HTTPRequest(
            method: method, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil,
            headers: httpHeaders, body: Array((body ?? "").utf8))
        let response = sandbox.app.respond(to: request)
        if let gate = response.gate {
            let opened = DispatchSemaphore(value: 0)
            gate.whenOpen { opened.signal() }
            _ = opened.wait(timeout: .now() + 10)
        }
        return TestResponse(response: response)
    }

    /// Advances the caller's sandbox clock (through the control API, as a test suite would).
    @discardableResult
    func advance(seconds: Int, key: String? = TestSandbox.key) -> TestResponse {
        call(.post, "/_sandbox/clock/advance", #"{"seconds":\#(seconds)}"#, key: key)
    }
}

/// A response with its body parsed as JSON when it is JSON.
struct TestResponse {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]
    let json: JSONValue?

    init(response: HTTPResponse) {
        status = response.status.code
        headers = response.headers
        body = response.body
        json = try? JSONParser.parse(response.body)
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    /// A string at a dotted path such as `"transaction.url"` or `"errors.0.code"`.
    func string(_ path: String) -> String? { value(path)?.stringValue }

    func value(_ path: String) -> JSONValue? {
        var current = json
        for part in path.split(separator: ".") {
            if let index = Int(part), let array = current?.arrayValue {
                current = index < array.count ? array[index] : nil
            } else {
                current = current?[String(part)]
            }
        }
        return current
    }

    /// The Tap error code of an error response.
    var errorCode: String? { string("errors.0.code") }
}

extension TestSandbox {
    /// A valid create-charge body with `overrides` merged in (top-level keys replaced).
    static func chargeBody(_ overrides: [String: String] = [:]) -> String {
        var fields: [String: String] = [
            "amount": "1.5", "currency": #""KWD""#, "source": #"{"id":"src_all"}"#,
            "customer": #"{"first_name":"Test","email":"test@example.com"}"#,
            "redirect": #"{"url":"http://127.0.0.1:9/return"}"#,
            "reference": #"{"transaction":"txn_1","order":"ord_1"}"#,
        ]
        for (key, value) in overrides { fields[key] = value }
        return "{" + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }
}
