import Testing

@testable import TapSandbox

/// `POST /v2/refunds/list` (spec §14.1): filters, paging and account isolation.
@Suite struct RefundListTests {
    static func ids(_ response: TestResponse) -> [String] {
        (response.value("refunds")?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    @Test func list_IsNewestFirst_AndFiltersByCharges() throws {
        let sandbox = try TestSandbox()
        let first = try sandbox.capturedChargeID(amount: "10")
        let second = try sandbox.capturedChargeID(amount: "10")
        let a = try #require(sandbox.refund(first, amount: "1").string("id"))
        let b = try #require(sandbox.refund(second, amount: "1").string("id"))
        let c = try #require(sandbox.refund(first, amount: "2").string("id"))
        let all = sandbox.call(.post, "/v2/refunds/list", "{}")
        #expect(all.string("object") == "list")
        #expect(all.value("live_mode") == false)
        #expect(all.string("api_version") == "V2")
        #expect(all.value("count")?.numberValue?.text == "3")
        #expect(all.value("has_more") == false)
        #expect(Self.ids(all) == [c, b, a])
        #expect(all.string("refunds.0.method") == "GET")
        let ofFirst = sandbox.call(.post, "/v2/refunds/list", #"{"charges":["\#(first)"]}"#)
        #expect(Self.ids(ofFirst) == [c, a])
        let ofBoth = sandbox.call(
            .post, "/v2/refunds/list", #"{"charges":["\#(first)","\#(second)"],"refunds":["\#(b)"]}"#)
        #expect(Self.ids(ofBoth) == [b])
        // PHP clients send unused filters empty.
        #expect(Self.ids(sandbox.call(.post, "/v2/refunds/list", #"{"charges":[],"starting_after":""}"#)).count == 3)
    }

    @Test func list_FiltersByPeriodAndStatus() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let early = try #require(sandbox.refund(charge).string("id"))
        sandbox.advance(seconds: 60)
        let lateRefund = sandbox.refund(charge)
        let late = try #require(lateRefund.string("id"))
        let created = try #require(Int64(lateRefund.string("created") ?? ""))
        let period = #"{"period":{"date":{"from":"\#(created - 1)","to":\#(created)}}}"#
        #expect(Self.ids(sandbox.call(.post, "/v2/refunds/list", period)) == [late])
        let refunded = sandbox.call(.post, "/v2/refunds/list", #"{"status":"REFUNDED"}"#)
        #expect(Self.ids(refunded) == [early])
        #expect(Self.ids(sandbox.call(.post, "/v2/refunds/list", #"{"status":["pending"]}"#)) == [late])
        #expect(sandbox.call(.post, "/v2/refunds/list", #"{"status":"CAPTURED"}"#).errorCode == "1103")
    }

    @Test func paging_FollowsStartingAfter_InBothOrders() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        var created: [String] = []
        for _ in 0..<5 { created.append(try #require(sandbox.refund(charge).string("id"))) }
        let first = sandbox.call(.post, "/v2/refunds/list", #"{"limit":2}"#)
        #expect(Self.ids(first) == [created[4], created[3]])
        #expect(first.value("has_more") == true)
        #expect(first.value("count")?.numberValue?.text == "2")
        let second = sandbox.call(.post, "/v2/refunds/list", #"{"limit":"2","starting_after":"\#(created[3])"}"#)
        #expect(Self.ids(second) == [created[2], created[1]])
        let last = sandbox.call(.post, "/v2/refunds/list", #"{"limit":2,"starting_after":"\#(created[1])"}"#)
        #expect(Self.ids(last) == [created[0]])
        #expect(last.value("has_more") == false)
        let oldest = sandbox.call(
            .post, "/v2/refunds/list", #"{"limit":3,"order":"chronological","starting_after":"\#(created[0])"}"#)
        #expect(Self.ids(oldest) == Array(created[1...3]))
        #expect(sandbox.call(.post, "/v2/refunds/list", #"{"limit":51}"#).errorCode == "1162")
        let unknown = sandbox.call(.post, "/v2/refunds/list", #"{"starting_after":"re_missing"}"#)
        #expect(unknown.status == 400)
        #expect(unknown.errorCode == "1160")
    }

    @Test func accounts_SeeOnlyTheirOwnRefunds() throws {
        let sandbox = try TestSandbox()
        let other = "sk_test_RefundListOther"
        let charge = try sandbox.capturedChargeID(amount: "10")
        let id = try #require(sandbox.refund(charge).string("id"))
        #expect(Self.ids(sandbox.call(.post, "/v2/refunds/list", "{}", key: other)).isEmpty)
        #expect(sandbox.call(.get, "/v2/refunds/\(id)", key: other).errorCode == "1160")
        #expect(sandbox.call(.put, "/v2/refunds/\(id)", #"{"description":"x"}"#, key: other).status == 404)
        // Another account's charge is unknown to this one.
        #expect(sandbox.refund(charge, key: other).errorCode == "1144")
        #expect(Self.ids(sandbox.call(.post, "/v2/refunds/list", "{}")) == [id])
    }

    @Test func emptyAccount_ListsNothing_With200() throws {
        let sandbox = try TestSandbox()
        let empty = sandbox.call(.post, "/v2/refunds/list", "{}")
        #expect(empty.status == 200)
        #expect(empty.value("refunds") == [])
        #expect(empty.value("count")?.numberValue?.text == "0")
    }
}
