import Testing

@testable import TapSandbox

/// `POST /v2/payouts/list` (spec §8, §14.2): by period, by ids, paged, per account.
@Suite struct PayoutListTests {
    /// Makes one KWD payout per amount, a minute of sandbox clock apart; returns their ids, oldest first.
    static func payouts(_ sandbox: TestSandbox, _ amounts: [String], key: String = TestSandbox.key) throws -> [String] {
        var ids: [String] = []
        for amount in amounts {
            _ = try sandbox.capturedChargeID(amount: amount, key: key)
            ids.append(try #require(sandbox.settlePayouts(key: key).string("payouts.0.id")))
            sandbox.advance(seconds: 60, key: key)
        }
        return ids
    }

    static func ids(_ response: TestResponse) -> [String] {
        (response.value("payouts")?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    @Test func list_IsNewestFirst_InTapsEnvelope() throws {
        let sandbox = try TestSandbox()
        let ids = try Self.payouts(sandbox, ["1", "2", "3"])
        let list = sandbox.call(.post, "/v2/payouts/list", "{}")
        #expect(list.status == 200)
        #expect(list.string("object") == "list")
        #expect(list.value("live_mode") == false)
        #expect(list.string("api_version") == "V2")
        #expect(list.value("count")?.numberValue?.text == "3")
        #expect(list.value("has_more") == false)
        #expect(Self.ids(list) == ids.reversed())
        #expect(list.value("payouts.0.amount")?.numberValue?.text == "3.000")
    }

    @Test func list_ByPeriod_AndByIDs() throws {
        let sandbox = try TestSandbox()
        let ids = try Self.payouts(sandbox, ["1", "2", "3"])
        let dates = Array(PayoutWebhookTests.payoutDates(sandbox).reversed())
        try #require(dates.count == 3)
        let middle = sandbox.call(
            .post, "/v2/payouts/list", #"{"period":{"date":{"from":\#(dates[1]),"to":"\#(dates[1])"}}}"#)
        #expect(Self.ids(middle) == [ids[1]])
        let byIDs = sandbox.call(
            .post, "/v2/payouts/list", #"{"payouts":{"payout_id":["\#(ids[0])","\#(ids[2])"]}}"#)
        #expect(Self.ids(byIDs) == [ids[2], ids[0]])
        let merchant = sandbox.store.account(TestSandbox.key).merchant.id
        let retrieve = sandbox.call(
            .post, "/v2/payouts/list", #"{"payouts":{"payout_id":["\#(ids[1])"]},"merchants":["\#(merchant)"]}"#)
        #expect(Self.ids(retrieve) == [ids[1]])
        let elsewhere = sandbox.call(.post, "/v2/payouts/list", #"{"merchants":["1"]}"#)
        #expect(Self.ids(elsewhere).isEmpty)
    }

    @Test func paging_FollowsStartingAfter() throws {
        let sandbox = try TestSandbox()
        let ids = try Self.payouts(sandbox, ["1", "2", "3"])
        let first = sandbox.call(.post, "/v2/payouts/list", #"{"limit":2}"#)
        #expect(Self.ids(first) == [ids[2], ids[1]])
        #expect(first.value("has_more") == true)
        let next = sandbox.call(.post, "/v2/payouts/list", #"{"limit":2,"starting_after":"\#(ids[1])"}"#)
        #expect(Self.ids(next) == [ids[0]])
        #expect(next.value("has_more") == false)
        let chronological = sandbox.call(.post, "/v2/payouts/list", #"{"order":"chronological"}"#)
        #expect(Self.ids(chronological) == ids)
        #expect(sandbox.call(.post, "/v2/payouts/list", #"{"limit":100}"#).errorCode == "1162")
        let unknown = sandbox.call(.post, "/v2/payouts/list", #"{"starting_after":"payout_1"}"#)
        #expect(unknown.status == 400)
        #expect(unknown.string("errors.0.description") == "Payout not found")
    }

    @Test func accounts_SeeOnlyTheirOwnPayouts() throws {
        let sandbox = try TestSandbox()
        let other = "sk_test_PayoutListOther"
        let mine = try Self.payouts(sandbox, ["1"])
        let theirs = try Self.payouts(sandbox, ["2"], key: other)
        #expect(Self.ids(sandbox.call(.post, "/v2/payouts/list", "{}")) == mine)
        #expect(Self.ids(sandbox.call(.post, "/v2/payouts/list", "{}", key: other)) == theirs)
        let named = sandbox.call(.post, "/v2/payouts/list", #"{"payouts":{"payout_id":["\#(theirs[0])"]}}"#)
        #expect(Self.ids(named).isEmpty)
    }
}
