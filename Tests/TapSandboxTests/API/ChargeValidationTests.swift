import Testing

@testable import TapSandbox

/// A create body that must be refused with a Tap code (spec §3.3, CONTRACT.md §3).
struct InvalidBody: Sendable, CustomTestStringConvertible {
    var label: String
    var body: String
    var code: String

    init(_ label: String, _ body: String, _ code: String) {
        self.label = label
        self.body = body
        self.code = code
    }

    init(_ label: String, _ overrides: [String: String], _ code: String) {
        self.init(label, TestSandbox.chargeBody(overrides), code)
    }

    var testDescription: String { "\(label) → \(code)" }
}

@Suite struct ChargeValidationTests {
    static let invalidBodies: [InvalidBody] = [
        InvalidBody("amount missing", TestSandbox.chargeBody(without: "amount"), "1117"),
        InvalidBody("amount null", ["amount": "null"], "1117"),
        InvalidBody("amount empty", ["amount": #""""#], "1117"),
        InvalidBody("amount zero", ["amount": "0"], "1117"),
        InvalidBody("amount zero text", ["amount": #""0.000""#], "1117"),
        InvalidBody("amount negative", ["amount": "-1"], "1117"),
        InvalidBody("amount 4 decimals KWD", ["amount": "1.2345"], "1117"),
        InvalidBody("amount 3 decimals USD", ["amount": "1.234", "currency": #""USD""#], "1117"),
        InvalidBody("amount garbage", ["amount": #""abc""#], "1117"),
        InvalidBody("amount with unit", ["amount": #""10 KWD""#], "1117"),
        InvalidBody("amount boolean", ["amount": "true"], "1117"),
        InvalidBody("amount array", ["amount": "[1]"], "1117"),
        InvalidBody("amount object", ["amount": #"{"value":1}"#], "1117"),
        InvalidBody("amount huge", ["amount": "1e400"], "1117"),
        InvalidBody("currency missing", TestSandbox.chargeBody(without: "currency"), "1118"),
        InvalidBody("currency two letters", ["currency": #""KW""#], "1118"),
        InvalidBody("currency with digit", ["currency": #""K1D""#], "1118"),
        InvalidBody("currency number", ["currency": "414"], "1118"),
        InvalidBody("currency unsupported", ["currency": #""XYZ""#], "1119"),
        InvalidBody("currency JPY", ["currency": #""JPY""#], "1119"),
        InvalidBody("KNET in USD", ["source": #"{"id":"src_kw.knet"}"#, "currency": #""USD""#], "1119"),
        InvalidBody("Benefit in KWD", ["source": #"{"id":"src_bh.benefit"}"#], "1119"),
        InvalidBody("source missing", TestSandbox.chargeBody(without: "source"), "1124"),
        InvalidBody("source empty object", ["source": "{}"], "1124"),
        InvalidBody("source id empty", ["source": #"{"id":""}"#], "1124"),
        InvalidBody("source as a string", ["source": #""src_all""#], "1124"),
        InvalidBody("source unknown src", ["source": #"{"id":"src_nope"}"#], "1125"),
        InvalidBody("source unknown token", ["source": #"{"id":"tok_XXXXXXXX"}"#], "1125"),
        InvalidBody("source saved card", ["source": #"{"id":"card_XXXXXXXX"}"#], "1125"),
        InvalidBody("source garbage", ["source": #"{"id":"hello"}"#], "1125"),
        InvalidBody("customer missing", TestSandbox.chargeBody(without: "customer"), "1129"),
        InvalidBody("customer empty", ["customer": "{}"], "1129"),
        InvalidBody("customer not an object", ["customer": #""cus_x""#], "1129"),
        InvalidBody("first name missing", ["customer": #"{"last_name":"L","email":"a@b.co"}"#], "1130"),
        InvalidBody("first name empty", ["customer": #"{"first_name":"","email":"a@b.co"}"#], "1130"),
        InvalidBody(
            "first name 150", ["customer": #"{"first_name":"\#(TestSandbox.text(150))","email":"a@b.co"}"#], "1131"),
        InvalidBody(
            "last name 150",
            ["customer": #"{"first_name":"F","last_name":"\#(TestSandbox.text(150))","email":"a@b.co"}"#], "1133"),
        InvalidBody(
            "middle name 150",
            ["customer": #"{"first_name":"F","middle_name":"\#(TestSandbox.text(150))","email":"a@b.co"}"#], "1134"),
        InvalidBody(
            "phone country code letters",
            ["customer": #"{"first_name":"F","phone":{"country_code":"96a","number":"51234567"}}"#], "1136"),
        InvalidBody(
            "phone country code too long",
            ["customer": #"{"first_name":"F","phone":{"country_code":"96512","number":"51234567"}}"#], "1136"),
        InvalidBody(
            "phone number short", ["customer": #"{"first_name":"F","phone":{"country_code":"965","number":"12"}}"#],
            "1137"),
        InvalidBody(
            "phone number letters",
            ["customer": #"{"first_name":"F","phone":{"country_code":"965","number":"5123abcd"}}"#], "1137"),
        InvalidBody("email invalid", ["customer": #"{"first_name":"F","email":"not-an-email"}"#], "1138"),
        InvalidBody("email with space", ["customer": #"{"first_name":"F","email":"a b@c.co"}"#], "1138"),
        InvalidBody("neither phone nor email", ["customer": #"{"first_name":"F"}"#], "1139"),
        InvalidBody("customer id malformed", ["customer": #"{"id":"12345"}"#], "1105"),
        InvalidBody("customer id unknown", ["customer": #"{"id":"cus_TS00A0020260000XXXX00000000"}"#], "1106"),
        InvalidBody("statement descriptor 60", ["statement_descriptor": "\"\(TestSandbox.text(60))\""], "1120"),
        InvalidBody("description 1000", ["description": "\"\(TestSandbox.text(1000))\""], "1121"),
        InvalidBody("reference.order 100", ["reference": #"{"order":"\#(TestSandbox.text(100))"}"#], "1122"),
        InvalidBody(
            "reference.transaction 100", ["reference": #"{"transaction":"\#(TestSandbox.text(100))"}"#], "1123"),
        InvalidBody("metadata key 250", ["metadata": #"{"\#(TestSandbox.text(250))":"v"}"#], "1127"),
        InvalidBody("metadata value 1000", ["metadata": #"{"udf1":"\#(TestSandbox.text(1000))"}"#], "1128"),
        InvalidBody("metadata value object", ["metadata": #"{"udf1":{"a":1}}"#], "1128"),
        InvalidBody("redirect missing for hosted page", TestSandbox.chargeBody(without: "redirect"), "1110"),
        InvalidBody("redirect url empty", ["redirect": #"{"url":""}"#], "1110"),
        InvalidBody("redirect url not http", ["redirect": #"{"url":"ftp://example.com/r"}"#], "1111"),
        InvalidBody("redirect url relative", ["redirect": #"{"url":"/return"}"#], "1111"),
        InvalidBody("redirect url with space", ["redirect": #"{"url":"http://exa mple.com/"}"#], "1111"),
        InvalidBody("redirect as a string", ["redirect": #""http://example.com/r""#], "1111"),
        InvalidBody("merchant initiated without agreement", ["customer_initiated": "false"], "1216"),
        InvalidBody("merchant initiated as text", ["customer_initiated": #""false""#], "1216"),
        InvalidBody("agreement without id", ["customer_initiated": "false", "payment_agreement": "{}"], "1216"),
        InvalidBody("malformed JSON", #"{"amount":1.5,"currency":"KWD""#, "1103"),
        InvalidBody("trailing comma", #"{"amount":1.5,}"#, "1103"),
        InvalidBody("body is an array", "[]", "1103"),
        InvalidBody("body is a string", #""charge""#, "1103"),
        InvalidBody("body is a number", "42", "1103"),
        InvalidBody("body is null", "null", "1103"),
        InvalidBody("threeDSecure not a flag", ["threeDSecure": #""maybe""#], "1103"),
        InvalidBody("save_card not a flag", ["save_card": "[]"], "1103"),
        InvalidBody("expiry period below 5", ["transaction": #"{"expiry":{"period":4,"type":"MINUTE"}}"#], "1103"),
        InvalidBody("expiry period above 60", ["transaction": #"{"expiry":{"period":61,"type":"MINUTE"}}"#], "1103"),
        InvalidBody("expiry in hours", ["transaction": #"{"expiry":{"period":1,"type":"HOUR"}}"#], "1103"),
        InvalidBody("post url invalid", ["post": #"{"url":"javascript:alert(1)"}"#], "1103"),
    ]

    @Test(arguments: invalidBodies)
    func create_Returns400WithTapsCode_AndStoresNothing(_ invalid: InvalidBody) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges", invalid.body)
        #expect(response.status == 400)
        #expect(response.errorCode == invalid.code)
        #expect(response.string("errors.0.description")?.isEmpty == false)
        #expect(sandbox.storedCount(.charge) == 0)
        #expect(sandbox.store.account(TestSandbox.key).read { $0.customers.count } == 0)
    }

    @Test(arguments: [
        ["statement_descriptor": "\"\(TestSandbox.text(59))\""],
        ["description": "\"\(TestSandbox.text(999))\""],
        ["reference": #"{"order":"\#(TestSandbox.text(99))","transaction":"\#(TestSandbox.text(99))"}"#],
        ["metadata": #"{"\#(TestSandbox.text(249))":"\#(TestSandbox.text(999))"}"#],
        [
            "customer": #"{"first_name":"\#(TestSandbox.text(149))","last_name":"\#(TestSandbox.text(149))","#
                + #""phone":{"country_code":"+965","number":"51234567"}}"#
        ],
        ["amount": "1.234"],
        ["amount": "0.001"],
        ["amount": "10.12", "currency": #""USD""#],
        ["transaction": #"{"expiry":{"period":5,"type":"MINUTE"}}"#],
        ["transaction": #"{"expiry":{"period":60,"type":"minute"}}"#],
        ["customer_initiated": "false", "payment_agreement": #"{"id":"payment_agreement_x"}"#],
    ])
    func create_AcceptsValuesAtTheLimits(_ overrides: [String: String]) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(overrides))
        #expect(response.status == 200, "\(response.text)")
        #expect(response.string("status") == "INITIATED")
    }

    @Test func create_Returns1126_WhenTheTokenWasAlreadyUsed() throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let body = TestSandbox.paymentBody(source: token, ["threeDSecure": "false"])
        #expect(sandbox.call(.post, "/v2/charges", body).string("status") == "CAPTURED")
        let again = sandbox.call(.post, "/v2/charges", body)
        #expect(again.status == 400)
        #expect(again.errorCode == "1126")
        #expect(sandbox.storedCount(.charge) == 1)
    }

    @Test func create_Returns1125_WhenTheTokenExpired() throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken()
        // Tokens live 5 minutes of base time (spec §7.1); they belong to no account's clock.
        sandbox.time.advance(byMilliseconds: Token.lifetimeMs)
        let response = sandbox.call(.post, "/v2/charges", TestSandbox.paymentBody(source: token))
        #expect(response.status == 400)
        #expect(response.errorCode == "1125")
    }

    @Test func create_DoesNotSpendTheToken_WhenItFailsValidation() throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken()
        // Enrolled card with 3-D Secure needs a redirect: 1110, and the token stays usable.
        let refused = sandbox.call(
            .post, "/v2/charges", TestSandbox.chargeBody(without: "redirect", ["source": #"{"id":"\#(token)"}"#]))
        #expect(refused.errorCode == "1110")
        let accepted = sandbox.call(.post, "/v2/charges", TestSandbox.paymentBody(source: token))
        #expect(accepted.string("status") == "INITIATED")
    }

    @Test func create_ExistingCustomer_IsReused() throws {
        let sandbox = try TestSandbox()
        let first = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        let customerID = try #require(first.string("customer.id"))
        let second = sandbox.call(
            .post, "/v2/charges", TestSandbox.chargeBody(["customer": #"{"id":"\#(customerID)"}"#]))
        #expect(second.status == 200)
        #expect(second.string("customer.id") == customerID)
        #expect(second.string("customer.email") == "test@example.com")
    }
}
