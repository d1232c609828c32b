@testable import TapSandbox

extension TestSandbox {
    static let publishableKey = "pk_test_EtHFV4BuPQokJT6jiROls87Y"

    /// A create-token body for a card; the values are raw JSON (`"\"01\""` for a string, `1` for a number).
    static func cardTokenBody(
        number: String = "5123450000000008", month: String = "1", year: String = "2039", cvc: String = "100",
        extra: String = #","name":"Test User""#
    ) -> String {
        #"{"card":{"number":\#(number),"exp_month":\#(month),"exp_year":\#(year),"cvc":\#(cvc)\#(extra)},"#
            + #""client_ip":"10.0.0.1"}"#
    }

    /// Creates a card token and returns its id (an empty string when creation failed, so the test fails).
    func token(
        number: String = "5123450000000008", month: Int = 1, year: Int = 2039, cvc: String = "100",
        key: String = TestSandbox.publishableKey
    ) -> String {
        let body = Self.cardTokenBody(number: number, month: String(month), year: String(year), cvc: "\"\(cvc)\"")
        return call(.post, "/v2/tokens", body, key: key).string("id") ?? ""
    }

    /// Creates a customer with `body` and returns its id.
    func customer(_ body: String = #"{"first_name":"Sara","email":"sara@example.com"}"#, key: String = TestSandbox.key)
        -> String
    {
        call(.post, "/v2/customers", body, key: key).string("id") ?? ""
    }

    /// Charges `amount` KWD with a token, without 3-D Secure so the outcome is immediate.
    func charge(token: String, _ overrides: [String: String] = [:], key: String = TestSandbox.key) -> TestResponse {
        var fields = ["source": #"{"id":"\#(token)"}"#, "threeDSecure": "false"]
        for (name, value) in overrides { fields[name] = value }
        return call(.post, "/v2/charges", TestSandbox.chargeBody(fields), key: key)
    }
}
