import Testing

@testable import TapSandbox

/// Capture is a charge with `source.id = auth_…` (spec §5.4).
@Suite struct CaptureTests {
    static func capture(_ sandbox: TestSandbox, _ authorizeID: String, _ overrides: [String: String] = [:])
        -> TestResponse
    {
        sandbox.call(.post, "/v2/charges", TestSandbox.paymentBody(source: authorizeID, overrides))
    }

    @Test func capture_MakesACapturedCharge_AndTheAuthorizeShowsCaptured() throws {
        let sandbox = try TestSandbox()
        let authorize = try AuthorizeRoutesTests.authorized(sandbox, ["auto": #"{"type":"VOID","time":24}"#])
        let authorizeID = try #require(authorize.string("id"))
        let charge = Self.capture(
            sandbox, authorizeID, ["customer": #"{"id":"\#(authorize.string("customer.id") ?? "")"}"#])
        #expect(charge.status == 200, "\(charge.text)")
        #expect(charge.string("id")?.hasPrefix("chg_") == true)
        #expect(charge.string("status") == "CAPTURED")
        #expect(charge.string("response.code") == "000")
        #expect(charge.value("transaction.url") == nil)
        #expect(charge.string("source.id") == authorizeID)
        #expect(charge.string("source.object") == "source")
        #expect(charge.string("card.last_four") == "0026")
        #expect(charge.string("customer.id") == authorize.string("customer.id"))
        let after = sandbox.call(.get, "/v2/authorize/\(authorizeID)")
        #expect(after.string("status") == "CAPTURED")
        #expect(after.string("response.code") == "000")
        #expect(after.string("auto.status") == "CAPTURED")
        let statuses = after.value("activities")?.arrayValue?.compactMap { $0["status"]?.stringValue }
        #expect(statuses == ["INITIATED", "AUTHORIZED", "CAPTURED"])
    }

    @Test func capture_OfLessThanTheHeldAmount_IsCaptured() throws {
        let sandbox = try TestSandbox()
        let authorizeID = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        let charge = Self.capture(sandbox, authorizeID, ["amount": "1.499"])
        #expect(charge.string("status") == "CAPTURED")
        #expect(charge.value("amount")?.numberValue?.text == "1.499")
    }

    @Test func capture_Twice_Is1114() throws {
        let sandbox = try TestSandbox()
        let authorizeID = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        #expect(Self.capture(sandbox, authorizeID, ["amount": "1"]).string("status") == "CAPTURED")
        let second = Self.capture(sandbox, authorizeID, ["amount": "0.5"])
        #expect(second.status == 400)
        #expect(second.errorCode == "1114")
        #expect(sandbox.storedCount(.charge) == 1)
    }

    @Test func capture_InAnotherCurrency_Is1149() throws {
        let sandbox = try TestSandbox()
        let authorizeID = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        let response = Self.capture(sandbox, authorizeID, ["currency": #""BHD""#])
        #expect(response.status == 400)
        #expect(response.errorCode == "1149")
        #expect(sandbox.call(.get, "/v2/authorize/\(authorizeID)").string("status") == "AUTHORIZED")
    }

    @Test func capture_OfMoreThanTheHeldAmount_Is1150() throws {
        let sandbox = try TestSandbox()
        let authorizeID = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        let response = Self.capture(sandbox, authorizeID, ["amount": "1.501"])
        #expect(response.status == 400)
        #expect(response.errorCode == "1150")
        #expect(sandbox.storedCount(.charge) == 0)
        #expect(sandbox.call(.get, "/v2/authorize/\(authorizeID)").string("status") == "AUTHORIZED")
    }

    @Test func capture_OfAnInitiatedOrVoidedAuthorize_Is1114() throws {
        let sandbox = try TestSandbox()
        let initiated = try #require(sandbox.call(.post, "/v2/authorize", TestSandbox.chargeBody()).string("id"))
        #expect(Self.capture(sandbox, initiated).errorCode == "1114")
        let voided = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        #expect(sandbox.call(.post, "/v2/authorize/\(voided)/void").status == 200)
        #expect(Self.capture(sandbox, voided).errorCode == "1114")
    }

    @Test func capture_OfAnUnknownOrForeignAuthorize_Is400With1115() throws {
        let sandbox = try TestSandbox()
        let unknown = Self.capture(sandbox, "auth_TS00A0020260000XXXX00000000")
        #expect(unknown.status == 400)
        #expect(unknown.errorCode == "1115")
        let foreign = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        let response = sandbox.call(
            .post, "/v2/charges", TestSandbox.paymentBody(source: foreign), key: "sk_test_Other2")
        #expect(response.errorCode == "1115")
    }

    @Test func authorize_CannotBePaidWithAnAuthorize() throws {
        let sandbox = try TestSandbox()
        let authorizeID = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        let response = sandbox.call(.post, "/v2/authorize", TestSandbox.paymentBody(source: authorizeID))
        #expect(response.status == 400)
        #expect(response.errorCode == "1125")
    }
}
