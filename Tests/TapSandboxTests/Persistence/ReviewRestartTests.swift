import Testing

@testable import TapSandbox

/// The integration review's own evidence (the retrieve after a redirect) is account state like any object:
/// after a restart with `--data-dir` the review answers as before.
@Suite struct ReviewRestartTests {
    @Test func restart_KeepsTheRetrieveAfterARedirect() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let id = try ReviewPaymentTests.redirectedCharge(sandbox)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").status == 200)
        let account = sandbox.store.account(TestSandbox.key)
        let retrieval = try #require(account.read { $0.review.retrievals[id] })
        let state = sandbox.persistedState
        let review = sandbox.body("/_sandbox/review")
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.persistedState == state)
        #expect(sandbox.store.account(TestSandbox.key).read { $0.review.retrievals[id] } == retrieval)
        #expect(sandbox.body("/_sandbox/review") == review)
    }
}
