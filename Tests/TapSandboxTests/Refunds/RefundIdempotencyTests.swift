import Testing

@testable import TapSandbox

/// `reference.idempotent` on refunds (spec §11, CONTRACT.md §3), scoped to the refunds family.
@Suite struct RefundIdempotencyTests {
    @Test func repeat_ReturnsTheOriginalsCurrentState_WhateverTheNewBodySays() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let reference = #"{"merchant":"m1","idempotent":"r-1"}"#
        let first = sandbox.refund(charge, amount: "3", ["reference": reference])
        let id = try #require(first.string("id"))
        #expect(first.headers["x-sandbox-idempotent-replay"] == nil)
        #expect(first.string("reference.idempotent") == "r-1")
        sandbox.advance(seconds: 5)
        let repeated = sandbox.refund(charge, amount: "9", ["reference": reference, "reason": nil])
        #expect(repeated.status == 200)
        #expect(repeated.string("id") == id)
        #expect(repeated.string("status") == "REFUNDED")
        #expect(repeated.value("amount")?.numberValue?.text == "3.000")
        #expect(repeated.headers["x-sandbox-idempotent-replay"] == "true")
        #expect(RefundValidationTests.storedRefunds(sandbox) == 1)
    }

    @Test func key_IsForgottenAfter24Hours() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let body = ["reference": #"{"idempotent":"r-2"}"#]
        let first = try #require(sandbox.refund(charge, body).string("id"))
        sandbox.advance(seconds: 24 * 3600 - 1)
        #expect(sandbox.refund(charge, body).string("id") == first)
        sandbox.advance(seconds: 1)
        let fresh = try #require(sandbox.refund(charge, body).string("id"))
        #expect(fresh != first)
    }

    @Test func sameValue_OnAChargeAndARefund_DoesNotCollide() throws {
        let sandbox = try TestSandbox()
        let token = sandbox.insertToken()
        let chargeBody = TestSandbox.paymentBody(
            source: token, ["threeDSecure": "false", "amount": "10", "reference": #"{"idempotent":"shared"}"#])
        let charge = try #require(sandbox.call(.post, "/v2/charges", chargeBody).string("id"))
        let refund = sandbox.refund(charge, ["reference": #"{"idempotent":"shared"}"#])
        #expect(refund.string("object") == "refund")
        #expect(refund.headers["x-sandbox-idempotent-replay"] == nil)
    }

    @Test func refusedRequest_StoresNoKey() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "1")
        let body = ["reference": #"{"idempotent":"r-3"}"#]
        #expect(sandbox.refund(charge, amount: "2", body).errorCode == "1161")
        #expect(sandbox.refund(charge, amount: "1", body).string("status") == "PENDING")
    }

    @Test func keys_ArePerAccount() throws {
        let sandbox = try TestSandbox()
        let other = "sk_test_RefundIdempotencyOther"
        let mine = try sandbox.capturedChargeID(amount: "10")
        let theirs = try sandbox.capturedChargeID(amount: "10", key: other)
        let body = ["reference": #"{"idempotent":"same"}"#]
        let first = try #require(sandbox.refund(mine, body).string("id"))
        let second = try #require(sandbox.refund(theirs, key: other, body).string("id"))
        #expect(first != second)
    }
}
