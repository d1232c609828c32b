import Foundation
import Testing

@testable import TapSandbox

/// `--data-dir` across a restart for the state refunds, payouts and scenarios added to an account: refunds
/// (with a scenario's settlement plan), payouts, payout settings and sequence counters come back identical,
/// and what was scheduled for them still happens. Run-time scenarios are configuration and are not kept
/// (README "Persistence").
@Suite struct RefundPayoutRestartTests {
    @Test func restart_RestoresRefundsPayoutsSettingsAndCounters_Identically() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let paths = try sandbox.buildRefundAndPayoutState()
        let state = sandbox.persistedState
        let responses = paths.map { sandbox.body($0) } + sandbox.refundAndPayoutLists()
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.persistedState == state)
        for (after, before) in zip(paths.map { sandbox.body($0) } + sandbox.refundAndPayoutLists(), responses) {
            #expect(after == before)
        }
    }

    @Test func pendingRefunds_AfterRestart_SettleAsPlanned() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let chargeID = try sandbox.capturedChargeID()
        let plain = sandbox.refund(chargeID).string("id") ?? ""
        let failing = sandbox.call(
            .post, "/v2/refunds", TestSandbox.refundBody(chargeID), headers: ["x-sandbox-scenario": "refund-failed"])
        let failingID = failing.string("id") ?? ""
        try #require(failing.string("status") == "PENDING")
        sandbox = try sandbox.restarted(folder)
        sandbox.advance(seconds: 5)
        #expect(sandbox.call(.get, "/v2/refunds/\(plain)").string("status") == "REFUNDED")
        let failed = sandbox.call(.get, "/v2/refunds/\(failingID)")
        #expect(failed.string("status") == "FAILED")
        #expect(failed.string("response.code") == "401")
    }

    @Test func sequenceScenario_AfterRestart_GoesOnFromItsCount() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let named = ["x-sandbox-scenario": "fail-then-succeed"]
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), headers: named).status == 500)
        let listed = sandbox.body("/_sandbox/scenarios")
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.body("/_sandbox/scenarios") == listed)
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), headers: named).status == 200)
    }

    @Test func runtimeScenario_AfterRestart_IsGone_WhileItsCountStays() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let scenario =
            #"{"name":"flaky","sequence":[{"count":1,"error":{"status":503,"code":"9999","description":"Busy"}}]}"#
        try #require(sandbox.call(.post, "/_sandbox/scenarios", scenario).status == 200)
        let named = ["x-sandbox-scenario": "flaky"]
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), headers: named).status == 503)
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), headers: named).errorCode == "1103")
        #expect(sandbox.store.account(TestSandbox.key).read { $0.scenarioCounters["flaky"] } == 1)
        try #require(sandbox.call(.post, "/_sandbox/scenarios", scenario).status == 200)
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), headers: named).status == 200)
    }
}

extension TestSandbox {
    /// A payout covering one charge, then a second charge with a settled refund, a pending one and a pending
    /// one a scenario will fail, and payout settings with a webhook URL and daily payouts on. Returns the
    /// paths whose GET shows it all.
    fileprivate func buildRefundAndPayoutState() throws -> [String] {
        _ = try capturedChargeID(amount: "20")
        try #require(settlePayouts().value("count")?.numberValue?.text == "1")
        let chargeID = try capturedChargeID()
        let settled = refund(chargeID, amount: "2").string("id") ?? ""
        advance(seconds: 5)
        let pending = refund(chargeID, amount: "3", ["reference": #"{"idempotent":"refund-key"}"#]).string("id") ?? ""
        let failing = call(
            .post, "/v2/refunds", TestSandbox.refundBody(chargeID), headers: ["x-sandbox-scenario": "refund-failed"])
        let failingID = failing.string("id") ?? ""
        try #require([settled, pending, failingID].allSatisfy { !$0.isEmpty })
        let settings = call(
            .put, "/_sandbox/payouts/settings", #"{"webhook_url":"http://127.0.0.1:9/payouts","daily":true}"#)
        try #require(settings.status == 200, "\(settings.text)")
        return [
            "/v2/refunds/\(settled)", "/v2/refunds/\(pending)", "/v2/refunds/\(failingID)", "/v2/charges/\(chargeID)",
            "/_sandbox/payouts/settings", "/_sandbox/clock",
        ]
    }

    /// The refund and payout lists of the account.
    fileprivate func refundAndPayoutLists() -> [String] {
        [call(.post, "/v2/refunds/list", "{}").text, call(.post, "/v2/payouts/list", "{}").text]
    }
}
