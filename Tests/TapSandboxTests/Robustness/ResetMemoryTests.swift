import Testing

@testable import TapSandbox

/// A reset gives the caller's memory back at once (found by scripts/hostile_clients.py: RSS stayed at its
/// high-water mark after `POST /_sandbox/reset`; docs/robustness.md). The reset request itself still holds
/// the account it removes, so the account is emptied before the heap is trimmed.
@Suite struct ResetMemoryTests {
    @Test func reset_EmptiesTheRemovedAccount_EvenWhileARequestStillHoldsIt() throws {
        let sandbox = try TestSandbox()
        let held = sandbox.store.account(TestSandbox.key)
        for _ in 0..<5 { _ = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()) }
        #expect(held.read { $0.charges.count } == 5)
        #expect(held.requests.withLock { $0.records.count } == 5)

        #expect(sandbox.call(.post, "/_sandbox/reset").string("reset") == "account")
        #expect(held.read { $0.charges.count } == 0)
        #expect(held.requests.withLock { $0.records.isEmpty })
        #expect(sandbox.store.account(TestSandbox.key) !== held)
        #expect(sandbox.call(.post, "/v2/charges/list", "{}").value("charges")?.arrayValue?.isEmpty == true)
    }
}
