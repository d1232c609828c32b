import Testing

@testable import TapSandbox

/// The account's payout settings (`/_sandbox/payouts/settings`): the payout webhook with its PROPOSED
/// signature (spec §8), and daily payouts on the sandbox clock.
@Suite(.timeLimit(.minutes(1))) struct PayoutWebhookTests {
    @Test func settings_DefaultToNoURLAndNoDailyPayouts_AndValidateTheURL() throws {
        let sandbox = try TestSandbox()
        let initial = sandbox.call(.get, "/_sandbox/payouts/settings")
        #expect(initial.value("webhook_url") == .null)
        #expect(initial.value("daily") == false)
        #expect(initial.value("next_payout_at") == .null)
        let bad = sandbox.call(.put, "/_sandbox/payouts/settings", #"{"webhook_url":"not a url"}"#)
        #expect(bad.status == 400)
        #expect(bad.errorCode == "1103")
        let set = sandbox.call(.put, "/_sandbox/payouts/settings", #"{"webhook_url":"http://127.0.0.1:9/payouts"}"#)
        #expect(set.string("webhook_url") == "http://127.0.0.1:9/payouts")
        // A field left out keeps its value; null clears it.
        #expect(sandbox.call(.put, "/_sandbox/payouts/settings", "{}").string("webhook_url") != nil)
        let cleared = sandbox.call(.put, "/_sandbox/payouts/settings", #"{"webhook_url":null}"#)
        #expect(cleared.value("webhook_url") == .null)
        #expect(sandbox.call(.get, "/_sandbox/payouts/settings", key: nil).status == 401)
    }

    @Test func payoutWebhook_IsPostedToTheAccountsURL_WithTheProposedSignature() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        #expect(sandbox.call(.put, "/_sandbox/payouts/settings", #"{"webhook_url":"\#(receiver.url)"}"#).status == 200)
        _ = try sandbox.capturedChargeID(amount: "1.5")
        let payout = try #require(sandbox.settlePayouts().value("payouts.0"))
        let id = try #require(payout.string("id"))
        let deliveries = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(deliveries.first?.string("object_type") == "payout")
        #expect(deliveries.first?.string("object_status") == "PAID_OUT")
        let request = try #require(receiver.requests.first)
        let posted = try JSONParser.parse(request.body)
        #expect(posted == payout)
        // PROPOSED, not a Tap fact (spec §8): the payment formula without references, `created` = `date`.
        let date = try #require(posted.int("date"))
        let message = "x_id\(id)x_amount1.500x_currencyKWDx_statusPAID_OUTx_created\(date)"
        #expect(request.headers["hashstring"] == HMACSHA256.hex(key: TestSandbox.key, message: message))
    }

    @Test func noWebhookURL_SendsNoPayoutWebhook() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.capturedChargeID(amount: "1")
        let id = try #require(sandbox.settlePayouts().string("payouts.0.id"))
        #expect(sandbox.deliveries(of: id).isEmpty)
    }

    @Test func dailyPayouts_RunAtEachMidnightOfTheAccountsClock() throws {
        let sandbox = try TestSandbox()
        let on = sandbox.call(.put, "/_sandbox/payouts/settings", #"{"daily":true}"#)
        #expect(on.value("daily") == true)
        let midnight = try #require(on.value("next_payout_at")?.numberValue?.int64Value)
        let now = sandbox.time.nowMilliseconds()
        #expect(midnight > now && midnight <= now + 86_400_000 && midnight % 86_400_000 == 0)
        // Turning it on again does not schedule a second run.
        let again = sandbox.call(.put, "/_sandbox/payouts/settings", #"{"daily":true}"#)
        #expect(again.value("next_payout_at") == on.value("next_payout_at"))
        _ = try sandbox.capturedChargeID(amount: "2")
        sandbox.advance(milliseconds: Int(midnight - now - 1))
        #expect(Self.payoutDates(sandbox).isEmpty)
        sandbox.advance(milliseconds: 1)
        #expect(Self.payoutDates(sandbox) == [midnight])
        _ = try sandbox.capturedChargeID(amount: "3")
        sandbox.advance(seconds: 86_400)
        #expect(Self.payoutDates(sandbox) == [midnight + 86_400_000, midnight])
        #expect(sandbox.call(.get, "/_sandbox/payouts/settings").value("next_payout_at")?.numberValue?.int64Value
            == midnight + 2 * 86_400_000)
        // Off: the scheduled run does nothing.
        #expect(sandbox.call(.put, "/_sandbox/payouts/settings", #"{"daily":false}"#).value("daily") == false)
        _ = try sandbox.capturedChargeID(amount: "4")
        sandbox.advance(seconds: 86_400)
        #expect(Self.payoutDates(sandbox).count == 2)
    }

    @Test func dailyPayouts_AfterAJumpOfDays_PayEachDaysBusinessOnItsDay() throws {
        let sandbox = try TestSandbox()
        let on = sandbox.call(.put, "/_sandbox/payouts/settings", #"{"daily":true}"#)
        let midnight = try #require(on.value("next_payout_at")?.numberValue?.int64Value)
        _ = try sandbox.capturedChargeID(amount: "2")
        sandbox.advance(seconds: 3 * 86_400)
        // One payout (the first day); the days after had nothing new.
        #expect(Self.payoutDates(sandbox) == [midnight])
    }

    @Test func dailyPayouts_AfterAJumpOfDecades_PayAsDayByDayAndSkipTheQuietDays() throws {
        let sandbox = try TestSandbox()
        let on = sandbox.call(.put, "/_sandbox/payouts/settings", #"{"daily":true}"#)
        let midnight = try #require(on.value("next_payout_at")?.numberValue?.int64Value)
        _ = try sandbox.capturedChargeID(amount: "2")
        let refunded = try sandbox.capturedChargeID(amount: "5")
        sandbox.advance(seconds: 86_400)
        // A refund settles 5 s after creation (a task): the days up to it are quiet, the one after pays it.
        #expect(sandbox.refund(refunded, amount: "1").status == 200)
        let jump = 50 * 365 * 86_400
        #expect(sandbox.advance(seconds: jump).status == 200)
        // Day by day this is one payout for the first day and nothing after: the refund is deducted
        // from a later payout, and none comes because nothing was captured since.
        #expect(Self.payoutDates(sandbox) == [midnight])
        let now = sandbox.store.now(sandbox.store.account(TestSandbox.key))
        let next = try #require(
            sandbox.call(.get, "/_sandbox/payouts/settings").value("next_payout_at")?.numberValue?.int64Value)
        #expect(next == PayoutSettlement.nextMidnight(after: now))
        _ = try sandbox.capturedChargeID(amount: "3")
        sandbox.advance(seconds: 86_400)
        #expect(Self.payoutDates(sandbox) == [next, midnight])
    }

    static func payoutDates(_ sandbox: TestSandbox) -> [Int64] {
        let list = sandbox.call(.post, "/v2/payouts/list", "{}")
        return (list.value("payouts")?.arrayValue ?? []).compactMap { $0.int("date") }
    }
}
