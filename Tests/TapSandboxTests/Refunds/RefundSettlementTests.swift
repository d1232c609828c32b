import Foundation
import Testing

@testable import TapSandbox

/// PENDING → REFUNDED on the sandbox clock, the refund's webhook and its `hashstring` (CONTRACT.md §5a, §7,
/// spec §9.2), and the settlement seam other outcomes go through.
@Suite(.timeLimit(.minutes(1))) struct RefundSettlementTests {
    @Test func pendingRefund_IsRefunded5SecondsOfSandboxClockLater() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let id = try #require(sandbox.refund(charge, amount: "2").string("id"))
        sandbox.advance(milliseconds: 4_999)
        let early = sandbox.call(.get, "/v2/refunds/\(id)")
        #expect(early.string("status") == "PENDING")
        #expect(early.string("response.code") == "100")
        sandbox.advance(milliseconds: 1)
        let settled = sandbox.call(.get, "/v2/refunds/\(id)")
        #expect(settled.string("status") == "REFUNDED")
        #expect(settled.string("response.code") == "000")
        #expect(settled.string("response.message") == "Refunded")
        #expect(settled.string("created") == early.string("created"))
        #expect(sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text == "2.000")
    }

    @Test func clocks_ArePerAccount() throws {
        let sandbox = try TestSandbox()
        let other = "sk_test_RefundClockOther"
        let mine = try #require(sandbox.refund(try sandbox.capturedChargeID()).string("id"))
        let theirs = try #require(sandbox.refund(try sandbox.capturedChargeID(key: other), key: other).string("id"))
        sandbox.advance(seconds: 5, key: other)
        #expect(sandbox.call(.get, "/v2/refunds/\(mine)").string("status") == "PENDING")
        #expect(sandbox.call(.get, "/v2/refunds/\(theirs)", key: other).string("status") == "REFUNDED")
    }

    @Test func webhook_IsPostedOnSettlement_SignedOverTheRefundsOwnCreated() throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let created = sandbox.refund(charge, amount: "1.5", ["post": #"{"url":"\#(receiver.url)"}"#])
        let id = try #require(created.string("id"))
        // CONTRACT.md §7: refunds post on each status after creation, not at creation.
        #expect(sandbox.deliveries(of: id).isEmpty)
        sandbox.advance(seconds: 5)
        let deliveries = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(deliveries.count == 1)
        #expect(deliveries.first?.string("object_type") == "refund")
        #expect(deliveries.first?.string("object_status") == "REFUNDED")

        let request = try #require(receiver.requests.first)
        let posted = try JSONParser.parse(request.body)
        #expect(posted.string("status") == "REFUNDED")
        #expect(posted.string("method") == "POST")
        #expect(posted.int("post.attempt") == 1)
        #expect(posted["transaction"] == nil)
        // A merchant's check written from spec §9.2 alone, with the refund's `created`.
        let amount = try #require(posted["amount"]?.numberValue?.text)
        let message = "x_id\(id)x_amount\(WebhookCheck.format(amount, places: 3) ?? "")x_currencyKWD"
            + "x_gateway_reference\(posted.string("reference.gateway") ?? "")"
            + "x_payment_reference\(posted.string("reference.payment") ?? "")"
            + "x_statusREFUNDEDx_created\(created.string("created") ?? "")"
        #expect(request.headers["hashstring"] == HMACSHA256.hex(key: TestSandbox.key, message: message))
        #expect(WebhookCheck.signature(of: request.body, key: TestSandbox.key) == request.headers["hashstring"])
        #expect(message.contains("x_amount1.500"))
        let fetched = sandbox.call(.get, "/v2/refunds/\(id)")
        #expect(fetched.string("post.status") == "SUCCESS")
        #expect(fetched.value("post.attempt")?.numberValue?.text == "1")
    }

    @Test func refundWithoutPostURL_SendsNoWebhook() throws {
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.refund(try sandbox.capturedChargeID()).string("id"))
        sandbox.advance(seconds: 5)
        #expect(sandbox.call(.get, "/v2/refunds/\(id)").string("status") == "REFUNDED")
        #expect(sandbox.deliveries(of: id).isEmpty)
    }

    // The seam scenarios use: a refund planned to end DECLINED settles so, with its code, and no longer
    // holds its amount, so the charge can be refunded again.
    @Test func plannedDecline_SettlesDeclined_AndFreesTheAmount() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "5")
        let id = try #require(sandbox.refund(charge, amount: "5").string("id"))
        _ = try sandbox.store.transact(sandbox.store.account(TestSandbox.key)) { state, _ in
            guard var refund = state.refunds[id] else { return }
            refund.settlement = RefundSettlementPlan(status: .declined, code: "503", delayMilliseconds: 5_000)
            state.put(refund)
        }
        #expect(sandbox.refund(charge, amount: "0.001").errorCode == "1161")
        sandbox.advance(seconds: 5)
        let declined = sandbox.call(.get, "/v2/refunds/\(id)")
        #expect(declined.string("status") == "DECLINED")
        #expect(declined.string("response.code") == "503")
        #expect(declined.string("response.message") == "Declined, Refund not Supported")
        #expect(sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text == "0.000")
        #expect(sandbox.refund(charge, amount: "5").string("status") == "PENDING")
    }

    @Test func defaultPlan_IsRefundedAfterFiveSeconds() {
        #expect(
            RefundSettlement.plan(scenario: nil) == RefundSettlementPlan(status: .refunded, delayMilliseconds: 5_000))
    }

    @Test func scenarioPlan_TakesTheRefundResult_WithTheUsualDelayUnlessItsOwn() {
        var effect = ScenarioEffect()
        effect.refund = ScenarioRefundResult(.declined, code: "503")
        let decision = ScenarioDecision(scenario: "s", step: 0, effect: effect)
        #expect(
            RefundSettlement.plan(scenario: decision)
                == RefundSettlementPlan(status: .declined, code: "503", delayMilliseconds: 5_000))
        effect.refund?.afterMs = 60_000
        #expect(
            RefundSettlement.plan(scenario: ScenarioDecision(scenario: "s", step: 0, effect: effect)).delayMilliseconds
                == 60_000)
    }

    @Test func statuses_HoldTheirAmountUnlessTheyFailed() {
        let holding = RefundStatus.allCases.filter(\.holdsAmount).map(\.rawValue)
        #expect(holding == ["PENDING", "IN_PROGRESS", "REFUNDED", "TIMEDOUT", "UNKNOWN"])
    }

    @Test func refund_RoundTripsThroughCodable() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID()
        let id = try #require(
            sandbox.refund(charge, ["metadata": #"{"b":"1","a":2.50}"#, "post": #"{"url":"http://h/p"}"#]).string("id"))
        let refund = try #require(sandbox.store.account(TestSandbox.key).read { $0.refunds[id] })
        let data = try JSONEncoder().encode(refund)
        #expect(try JSONDecoder().decode(Refund.self, from: data) == refund)
    }
}
