import Testing

@testable import TapSandbox

/// The request-field checks of the integration review: `reference.order`, `reference.transaction`,
/// `reference.idempotent` and `post.url` (Tap's "Integration" recommendations 2-4).
@Suite(.timeLimit(.minutes(1))) struct ReviewReferenceTests {
    static let fieldChecks = ["reference.order", "reference.transaction", "reference.idempotent", "post.url"]

    @Test(arguments: fieldChecks)
    func fieldCheck_IsNotExercised_WithoutPayments(id: String) throws {
        let sandbox = try TestSandbox()
        #expect(try sandbox.status(of: id) == "not_exercised")
    }

    @Test(arguments: [("reference.order", "order"), ("reference.transaction", "transaction")])
    func reference_Passes_WhenEveryPaymentHasIt_AndFailsNamingTheOneWithout(id: String, field: String) throws {
        let sandbox = try TestSandbox()
        let complete = try sandbox.createCharge()
        let authorize = try sandbox.createAuthorize()
        #expect(try sandbox.status(of: id) == "pass")
        #expect(try Set(sandbox.evidenceIDs(of: id)) == [complete, authorize])
        let other = field == "order" ? "transaction" : "order"
        let missing = try sandbox.createCharge(["reference": #"{"\#(other)":"x_1"}"#])
        #expect(try sandbox.status(of: id) == "fail")
        #expect(try sandbox.evidenceIDs(of: id) == [missing])
        #expect(try sandbox.check(id).string("summary")?.contains("1 of 3") == true)
    }

    @Test func reference_CountsAnEmptyValueAsMissing() throws {
        let sandbox = try TestSandbox()
        let empty = try sandbox.createCharge(["reference": #"{"order":"","transaction":"t"}"#])
        #expect(try sandbox.status(of: "reference.order") == "fail")
        #expect(try sandbox.evidenceIDs(of: "reference.order") == [empty])
    }

    @Test func idempotent_PassesOnChargesAuthorizesAndRefunds_AndFailsOnARefundWithout() throws {
        let sandbox = try TestSandbox()
        let reference = #"{"transaction":"t","order":"o","idempotent":"charge-1"}"#
        let charge = try sandbox.capturedChargeID(["reference": reference])
        _ = try sandbox.createAuthorize(["reference": #"{"idempotent":"authorize-1"}"#])
        let keyed = sandbox.refund(charge, ["reference": #"{"idempotent":"refund-1"}"#])
        #expect(keyed.status == 200)
        #expect(try sandbox.status(of: "reference.idempotent") == "pass")
        let unkeyed = try #require(sandbox.refund(charge).string("id"))
        #expect(try sandbox.status(of: "reference.idempotent") == "fail")
        #expect(try sandbox.evidenceIDs(of: "reference.idempotent") == [unkeyed])
    }

    @Test func idempotent_LeavesCapturesOut() throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let authorize = sandbox.call(
            .post, "/v2/authorize",
            TestSandbox.paymentBody(
                source: token, ["threeDSecure": "false", "reference": #"{"idempotent":"auth-1"}"#]))
        let authorizeID = try #require(authorize.string("id"))
        #expect(authorize.string("status") == "AUTHORIZED")
        let capture = sandbox.call(.post, "/v2/charges", TestSandbox.paymentBody(source: authorizeID))
        #expect(capture.string("status") == "CAPTURED")
        #expect(try sandbox.status(of: "reference.idempotent") == "pass")
        #expect(try sandbox.evidenceIDs(of: "reference.idempotent") == [authorizeID])
    }

    @Test func postURL_Passes_WhenEveryObjectHasOne_AndFailsOnARefundWithout() throws {
        let sandbox = try TestSandbox()
        let post = #"{"url":"http://127.0.0.1:9/hook"}"#
        let charge = try sandbox.capturedChargeID(["post": post])
        #expect(sandbox.refund(charge, ["post": post]).status == 200)
        #expect(try sandbox.status(of: "post.url") == "pass")
        let bare = try #require(sandbox.refund(charge).string("id"))
        #expect(try sandbox.status(of: "post.url") == "fail")
        #expect(try sandbox.evidenceIDs(of: "post.url") == [bare])
    }

    @Test func postURL_FailsOnAChargeWithout() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.createCharge()
        #expect(try sandbox.status(of: "post.url") == "fail")
        let item = try #require(try sandbox.check("post.url").at("evidence.0"))
        #expect(item.string("object") == "charge")
        #expect(item.string("id") == charge)
        #expect(item.string("note") == "created without post.url")
    }
}
