import Testing

@testable import TapSandbox

/// No request of any shape makes the sandbox answer 5xx or crash (issue 3): every registered route gets
/// hostile bodies, and every answer must be below 500, JSON (a download's 200 is CSV), and a 4xx must be
/// Tap's envelope.
@Suite struct HostileInputTests {
    /// Every top-level field any create, update, void, list, download or control body reads.
    static let validFields: [String: String] = [
        "amount": "1.5", "currency": #""KWD""#, "source": #"{"id":"src_all"}"#,
        "customer": #"{"first_name":"T","email":"t@example.com","phone":{"country_code":"965","number":"51234567"}}"#,
        "redirect": #"{"url":"http://127.0.0.1:9/r"}"#, "post": #"{"url":"http://127.0.0.1:9/p"}"#,
        "reference": #"{"transaction":"t","order":"o","idempotent":"i"}"#, "metadata": #"{"udf1":"x"}"#,
        "threeDSecure": "true", "threeDsecure": "true", "save_card": "false", "customer_initiated": "true",
        "payment_agreement": #"{"id":"payment_agreement_1"}"#, "description": #""d""#,
        "statement_descriptor": #""s""#, "receipt": #"{"email":true,"sms":false}"#,
        "transaction": #"{"expiry":{"period":30,"type":"MINUTE"}}"#, "auto": #"{"type":"VOID","time":1}"#,
        "authorize_id": #""auth_x""#, "period": #"{"date":{"from":"0","to":"99999999999999"}}"#,
        "status": #""INITIATED""#, "limit": "25", "starting_after": #""""#, "last_charge_id": #""""#,
        "order": #""chronological""#, "order_by": #""date""#, "charges": "[]", "authorizes": "[]",
        "customers": "[]", "sources": "[]", "payment_methods": "[]", "email": #""""#, "mobile": #""""#,
        "seconds": "0", "milliseconds": "0",
        "charge_id": #""chg_x""#, "reason": #""r""#, "refunds": "[]", "payouts": #"{"payout_id":["payout_1"]}"#,
        "merchants": "[]", "webhook_url": #""http://127.0.0.1:9/payouts""#, "daily": "false",
    ]

    /// Values of every wrong type, and extreme ones, for each field.
    static let hostileValues = [
        "null", #""""#, "[]", "{}", "true", "0", "-1", "1e999999", "-1e-999999", "123456789012345678901234567890",
        #""\u0000""#, #""\ud800""#, "[[[[[[[[]]]]]]]]", #"{"a":{"b":{"c":[null,1,"x"]}}}"#,
        "\"\(String(repeating: "x", count: 100_000))\"", #""😀\u202e\ufeff""#, #""=1+1""#, #"["a",{"id":null}]"#,
    ]

    /// Whole bodies that are not a usable object at all.
    static let hostileBodies: [[UInt8]] = [
        [], Array("null".utf8), Array("[]".utf8), Array("0".utf8), Array(#""x""#.utf8), Array("true".utf8),
        [0], [0xFF, 0xFE], Array(#"{"amount":"\#u{0}"}"#.utf8),
        Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8),
        Array(#"{"a":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8), Array("{\"a\":\"\0\"}".utf8),
        Array(repeating: UInt8(ascii: "["), count: 100_000), Array(String(repeating: #"{"a":"#, count: 20_000).utf8),
        Array(#"{"amount":1e999999999999}"#.utf8), Array("{\"a\":1,}".utf8), [0xEF, 0xBB, 0xBF] + Array("{}".utf8),
        Array(#"{"a":1}{"b":2}"#.utf8), Array(String(repeating: "9", count: 100_000).utf8),
    ]

    /// A path for `route` with its parameters filled from `ids`.
    static func path(_ route: Route, ids: [String: String]) -> String {
        var path = ""
        for segment in route.segments {
            switch segment {
            case .literal(let text): path += "/" + text
            case .parameter:
                let resource = path.contains("authorize") ? "authorize" : path.contains("charges") ? "charge" : "other"
                path += "/" + (ids[resource] ?? "unknown_id")
            }
        }
        return path
    }

    /// Checks one answer; returns a description of what is wrong, or nil. CONTRACT.md §1a, §3: every `/v2`
    /// body is JSON (downloads CSV) and every error is Tap's envelope; a successful answer outside `/v2`
    /// (hosted page, dashboard, redirects) may be anything, and pages for people answer their errors as
    /// HTML pages.
    static func problem(with response: TestResponse, route: Route) -> String? {
        if response.status >= 500 { return "status \(response.status): \(response.text.prefix(200))" }
        if response.status < 400 && !route.pattern.hasPrefix("/v2") { return nil }
        let isHTML = response.headers["content-type"]?.hasPrefix("text/html") == true
        if isHTML { return route.pattern.hasPrefix("/v2") ? "HTML from an API route" : nil }
        let isCSV = response.headers["content-type"]?.hasPrefix("text/csv") == true
        if isCSV { return response.status == 200 && route.pattern.hasSuffix("/download") ? nil : "unexpected CSV" }
        guard let json = response.json else { return "not JSON: \(response.text.prefix(200))" }
        guard response.status >= 400 else { return nil }
        guard let errors = json["errors"]?.arrayValue, let first = errors.first?.objectValue,
            json.objectValue?.count == 1,
            let code = first["code"]?.stringValue, !code.isEmpty, code.allSatisfy(\.isASCIIDigit),
            first["description"]?.stringValue?.isEmpty == false
        else { return "not Tap's envelope: \(response.text.prefix(200))" }
        return nil
    }

    static func routes(_ sandbox: TestSandbox) -> [Route] {
        sandbox.sandbox.app.router.routes
    }

    static func ids(_ sandbox: TestSandbox) throws -> [String: String] {
        let charge = try #require(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id"))
        let authorize = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        return ["charge": charge, "authorize": authorize]
    }

    @Test func everyRoute_SurvivesWrongTypesInEveryField() throws {
        let sandbox = try TestSandbox()
        var problems: [String] = []
        for route in Self.routes(sandbox) {
            // Fresh objects for each route: `POST /_sandbox/reset` forgets them, a void settles them.
            let path = Self.path(route, ids: try Self.ids(sandbox))
            for field in Self.validFields.keys.sorted() {
                for value in Self.hostileValues {
                    var fields = Self.validFields
                    fields[field] = value
                    let body = "{" + fields.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
                    let response = sandbox.call(route.method, path, body)
                    if let problem = Self.problem(with: response, route: route) {
                        problems.append("\(route) \(field)=\(value.prefix(40)): \(problem)")
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func everyRoute_SurvivesHostileBodies() throws {
        let sandbox = try TestSandbox()
        var problems: [String] = []
        for route in Self.routes(sandbox) {
            // Fresh objects for each route: `POST /_sandbox/reset` forgets them, a void settles them.
            let path = Self.path(route, ids: try Self.ids(sandbox))
            for body in Self.hostileBodies {
                for contentType in ["application/json", "application/x-www-form-urlencoded", "text/plain"] {
                    let response = sandbox.call(route.method, path, bytes: body, contentType: contentType)
                    if let problem = Self.problem(with: response, route: route) {
                        problems.append("\(route) \(contentType) \(body.prefix(20)): \(problem)")
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func hostileForms_AreRefusedCleanly() throws {
        let sandbox = try TestSandbox()
        let forms = [
            "a[b[c=1&%zz=2", String(repeating: "a", count: 1) + String(repeating: "[a]", count: 100) + "=1",
            "amount[]=1&amount[]=2&currency[x]=KWD", "source=src_all&source[id]=x&customer[]=1",
            "=&&&=x&%00=%00", "amount=%FF",
        ]
        for form in forms {
            let response = sandbox.call(
                .post, "/v2/charges", bytes: Array(form.utf8), contentType: "application/x-www-form-urlencoded")
            #expect(response.status == 400, "\(form)")
            #expect(Self.problem(with: response, route: "POST /v2/charges") == nil, "\(form)")
        }
    }

    @Test func unknownRoutesAndMethods_AreEnveloped() throws {
        let sandbox = try TestSandbox()
        for (method, path) in [
            (HTTPMethod.get, "/v2/charges/list"), (.delete, "/v2/authorize/x"), (.get, "/v2/authorize/x/void"),
            (.post, "/v2/authorize/x/capture"), (.patch, "/v2/charges/x"), (.get, "/v2/%ZZ"),
        ] {
            let response = sandbox.call(method, path, "{}")
            #expect((400..<500).contains(response.status), "\(method) \(path)")
            #expect(Self.problem(with: response, route: "GET /") == nil, "\(method) \(path)")
        }
    }
}
