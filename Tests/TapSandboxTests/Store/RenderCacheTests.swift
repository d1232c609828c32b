import Testing

@testable import TapSandbox

/// The retrieval cache must never serve JSON of an older version of a payment.
@Suite struct RenderCacheTests {
    @Test func cache_HitsOnlyTheBoxItRenderedFrom() throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        let id = try #require(created.string("id"))
        let account = sandbox.store.account(TestSandbox.key)
        let stored = try #require(account.read { $0.charges[stored: id] })
        var cache = RenderCache()
        #expect(cache.json(for: stored) == nil)
        cache.store([1, 2, 3], for: stored)
        #expect(cache.json(for: stored) == [1, 2, 3])
        // An update stores a new box, even for an equal value: the cache misses.
        _ = sandbox.call(.put, "/v2/charges/\(id)", #"{"description":"changed"}"#)
        let updated = try #require(account.read { $0.charges[stored: id] })
        #expect(updated !== stored)
        #expect(cache.json(for: updated) == nil)
        #expect(account.read { $0.charges[stored: id] } === updated, "a read leaves the box alone")
    }

    @Test func retrieve_AfterEveryKindOfChange_ShowsTheChange() throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(
            .post, "/v2/charges", TestSandbox.chargeBody(["redirect": #"{"url":"http://127.0.0.1:9/r?x=1"}"#]))
        let id = try #require(created.string("id"))
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "INITIATED")
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "INITIATED")
        _ = sandbox.call(.put, "/v2/charges/\(id)", #"{"description":"after update"}"#)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("description") == "after update")
        _ = sandbox.call(.post, "/_sandbox/pay/\(id)", #"{"action":"approve"}"#, key: nil)
        let paid = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(paid.string("status") == "CAPTURED")
        #expect(paid.string("redirect.status") == "SUCCESS")
        let refund = sandbox.call(
            .post, "/v2/refunds", #"{"charge_id":"\#(id)","amount":0.5,"currency":"KWD","reason":"test"}"#)
        #expect(refund.status == 200)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").value("refunded")?.numberValue?.text == "0.500")
    }
}
