import Testing

@testable import TapSandbox

/// Every refusal of `POST /v2/refunds` with its Tap code (spec §3.3, §6.2, §6.5), and that a refused
/// request stores nothing.
@Suite struct RefundValidationTests {
    /// Body overrides (`nil` removes the field) and the code they must be refused with.
    @Test(arguments: [
        (["charge_id": nil], "1142"),
        (["charge_id": #""""#], "1142"),
        (["charge_id": #"{"id":"chg_1"}"#], "1143"),
        (["amount": nil], "1117"),
        (["amount": "0"], "1117"),
        (["amount": "-1"], "1117"),
        (["amount": #""abc""#], "1117"),
        (["amount": "1.0001"], "1117"),
        (["currency": nil], "1118"),
        (["currency": #""KW""#], "1118"),
        (["currency": #""XYZ""#], "1119"),
        (["reason": nil], "1156"),
        (["reason": #""""#], "1156"),
        (["reason": "\"\(TestSandbox.text(250))\""], "1157"),
        (["description": "\"\(TestSandbox.text(1000))\""], "1121"),
        (["reference": "{\"merchant\":\"\(TestSandbox.text(100))\"}"], "1123"),
        (["metadata": "{\"\(TestSandbox.text(250))\":\"v\"}"], "1127"),
        (["post": #"{"url":"ftp://example.com/hook"}"#], "1103"),
    ] as [([String: String?], String)])
    func create_Returns400_ForInvalidFields(overrides: [String: String?], code: String) throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID()
        let response = sandbox.refund(charge, overrides)
        #expect(response.status == 400)
        #expect(response.errorCode == code, "\(response.text)")
        #expect(Self.storedRefunds(sandbox) == 0)
    }

    @Test func reasonOf249Characters_IsAccepted() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID()
        #expect(sandbox.refund(charge, ["reason": "\"\(TestSandbox.text(249))\""]).string("status") == "PENDING")
    }

    @Test(arguments: ["chg_TS00A0020260000abcd0101000", "auth_TS00A0020260000abcd0101000", "anything"])
    func unknownCharge_Is400With1144_ChargeNotFound(chargeID: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.refund(chargeID)
        #expect(response.status == 400)
        #expect(response.errorCode == "1144")
        // Spec §3.1: Tap's PHP SDK test expects exactly this description.
        #expect(response.string("errors.0.description") == "Charge not found")
    }

    @Test func chargeNotCaptured_Is400With1143() throws {
        let sandbox = try TestSandbox()
        let initiated = try #require(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id"))
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa, cvc: "102")  // declines (spec §12.2)
        let declined = sandbox.call(
            .post, "/v2/charges", TestSandbox.paymentBody(source: token, ["threeDSecure": "false"]))
        let declinedID = try #require(declined.string("id"))
        try #require(declined.string("status") != "CAPTURED")
        for id in [initiated, declinedID] {
            let response = sandbox.refund(id, amount: "1")
            #expect(response.status == 400)
            #expect(response.errorCode == "1143")
            #expect(response.string("errors.0.description")?.contains("only a CAPTURED charge") == true)
        }
        #expect(Self.storedRefunds(sandbox) == 0)
    }

    @Test func currencyOtherThanTheCharges_Is400With1149() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10", currency: "KWD")
        let response = sandbox.refund(charge, amount: "1", currency: "USD")
        #expect(response.errorCode == "1149")
        #expect(response.string("errors.0.description")?.contains("KWD") == true)
        #expect(sandbox.refund(charge, amount: "1", currency: "kwd").string("status") == "PENDING")
    }

    // The decimals allowed are the currency's (spec §6.2: 3 for BHD, KWD, OMR; 2 for others).
    @Test(arguments: [
        ("USD", "1.001", "1117"), ("USD", "1.010", nil), ("BHD", "1.0001", "1117"), ("BHD", "1.001", nil),
    ] as [(String, String, String?)])
    func tooManyDecimals_Is1117(currency: String, amount: String, code: String?) throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10", currency: currency)
        let response = sandbox.refund(charge, amount: amount, currency: currency)
        #expect(response.errorCode == code)
    }

    @Test func overRefund_Is400With1161_AndChangesNothing() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "5")
        let response = sandbox.refund(charge, amount: "5.001")
        #expect(response.status == 400)
        #expect(response.errorCode == "1161")
        #expect(Self.storedRefunds(sandbox) == 0)
        #expect(sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text == "0.000")
    }

    @Test func malformedBody_Is1103() throws {
        let sandbox = try TestSandbox()
        #expect(sandbox.call(.post, "/v2/refunds", "{").errorCode == "1103")
        #expect(sandbox.call(.post, "/v2/refunds", "[1]").errorCode == "1103")
    }

    @Test func keys_AreChecked() throws {
        let sandbox = try TestSandbox()
        #expect(sandbox.call(.post, "/v2/refunds", "{}", key: nil).status == 401)
        #expect(sandbox.call(.post, "/v2/refunds", "{}", key: "pk_test_abc").errorCode == "2106")
    }

    static func storedRefunds(_ sandbox: TestSandbox, key: String = TestSandbox.key) -> Int {
        sandbox.store.account(key).read { $0.refunds.count }
    }
}
