import Testing

@testable import TapSandbox

/// The payment-flow checks of the integration review: the retrieve after each redirect, refunds through
/// the API and a completed payment per payment method.
@Suite(.timeLimit(.minutes(1))) struct ReviewPaymentTests {
    /// A `src_all` charge whose customer approved it on the hosted page and was sent back (302).
    static func redirectedCharge(_ sandbox: TestSandbox, _ overrides: [String: String] = [:]) throws -> String {
        let id = try sandbox.createCharge(overrides)
        #expect(sandbox.submitJSON(id, #"{"action":"approve"}"#).status == 302)
        return id
    }

    @Test func redirect_IsNotExercised_UntilACustomerComesBack() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.createCharge()
        _ = try sandbox.capturedChargeID()
        #expect(try sandbox.status(of: "redirect.retrieved") == "not_exercised")
    }

    @Test func redirect_Fails_UntilThePaymentIsRetrievedAfterTheRedirect() throws {
        let sandbox = try TestSandbox()
        let id = try Self.redirectedCharge(sandbox)
        #expect(try sandbox.status(of: "redirect.retrieved") == "fail")
        #expect(try sandbox.evidenceIDs(of: "redirect.retrieved") == [id])
        sandbox.advance(seconds: 2)
        let retrievedAt = sandbox.store.now(sandbox.store.account(TestSandbox.key))
        #expect(sandbox.call(.get, "/v2/charges/\(id)").status == 200)
        let check = try sandbox.check("redirect.retrieved")
        #expect(check.string("status") == "pass")
        #expect(check.string("evidence.0.id") == id)
        #expect(check.string("evidence.0.request.method") == "GET")
        #expect(check.string("evidence.0.request.path") == "/v2/charges/\(id)")
        #expect(check.at("evidence.0.request.time")?.numberValue?.int64Value == retrievedAt)
    }

    @Test func redirect_KeepsTheFirstRetrieve_AndLaterGETsWriteNothing() throws {
        let sandbox = try TestSandbox()
        let id = try Self.redirectedCharge(sandbox)
        _ = sandbox.call(.get, "/v2/charges/\(id)")
        let account = sandbox.store.account(TestSandbox.key)
        let first = try #require(account.read { $0.review.retrievals[id] })
        sandbox.advance(seconds: 60)
        _ = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(account.read { $0.review.retrievals[id] } == first)
    }

    @Test func redirect_DoesNotCountARetrieveBeforeTheRedirect() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        #expect(sandbox.call(.get, "/v2/charges/\(id)").status == 200)
        #expect(sandbox.submitJSON(id, #"{"action":"decline"}"#).status == 302)
        #expect(try sandbox.status(of: "redirect.retrieved") == "fail")
    }

    @Test func redirect_CountsAnAuthorizeRetrievedAsAnAuthorize() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createAuthorize()
        #expect(sandbox.submitJSON(id, #"{"action":"approve"}"#).status == 302)
        #expect(try sandbox.status(of: "redirect.retrieved") == "fail")
        #expect(sandbox.call(.get, "/v2/authorize/\(id)").string("status") == "AUTHORIZED")
        #expect(try sandbox.status(of: "redirect.retrieved") == "pass")
    }

    @Test func refunds_AreNotExercised_WithoutARefundOrARefusal() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.capturedChargeID()
        #expect(try sandbox.status(of: "refunds.api") == "not_exercised")
    }

    @Test func refunds_Pass_WhenARefundWasMade() throws {
        let sandbox = try TestSandbox()
        let refund = try #require(sandbox.refund(try sandbox.capturedChargeID()).string("id"))
        #expect(try sandbox.status(of: "refunds.api") == "pass")
        #expect(try sandbox.evidenceIDs(of: "refunds.api") == [refund])
    }

    @Test func refunds_Fail_WhenEveryRefundRequestWasRefused_NamingTheRequest() throws {
        let sandbox = try TestSandbox()
        let pending = try sandbox.createCharge()
        #expect(sandbox.refund(pending).errorCode == "1143")
        let check = try sandbox.check("refunds.api")
        #expect(check.string("status") == "fail")
        #expect(check.string("evidence.0.object") == "request")
        #expect(check.string("evidence.0.request.method") == "POST")
        #expect(check.string("evidence.0.request.path") == "/v2/refunds")
        #expect(check.at("evidence.0.request.status") == 400)
        #expect(check.string("evidence.0.note")?.hasPrefix("refused: 1143") == true)
        #expect(sandbox.refund(try sandbox.capturedChargeID()).status == 200)
        let after = try sandbox.check("refunds.api")
        #expect(after.string("status") == "pass")
        #expect(after.string("summary")?.contains("Refused on the way: 1") == true)
    }

    @Test func methods_AreNotExercised_WhileNoMethodIsKnown() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.createCharge()
        #expect(try sandbox.status(of: "payment_methods.completed") == "not_exercised")
    }

    @Test func methods_Pass_WhenEachMethodUsedHasACompletedPayment() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.capturedChargeID()
        let token = try sandbox.makeToken("5123450000000008")
        let authorize = sandbox.call(
            .post, "/v2/authorize", TestSandbox.paymentBody(source: token, ["threeDSecure": "false"]))
        #expect(authorize.string("status") == "AUTHORIZED")
        let check = try sandbox.check("payment_methods.completed")
        #expect(check.string("status") == "pass")
        #expect(try sandbox.evidenceIDs(of: "payment_methods.completed") == ["MASTERCARD", "VISA"])
    }

    @Test func methods_Fail_NamingTheMethodWithoutACompletedPayment() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.capturedChargeID()
        let knet = try sandbox.createCharge(["source": #"{"id":"src_kw.knet"}"#])
        #expect(sandbox.submitJSON(knet, #"{"action":"cancel"}"#).status == 302)
        let check = try sandbox.check("payment_methods.completed")
        #expect(check.string("status") == "fail")
        #expect(check.string("summary")?.contains("(KNET)") == true)
        #expect(check.string("evidence.0.id") == "KNET")
        #expect(check.string("evidence.0.note") == "0 of 1 completed (e.g. \(knet))")
        let second = try sandbox.createCharge(["source": #"{"id":"src_kw.knet"}"#])
        #expect(sandbox.submitJSON(second, #"{"action":"approve"}"#).status == 302)
        #expect(try sandbox.status(of: "payment_methods.completed") == "pass")
    }
}
