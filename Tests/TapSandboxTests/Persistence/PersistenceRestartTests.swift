import Foundation
import Testing

@testable import TapSandbox

/// `--data-dir` across a restart in-process: the restored state equals the state before, value for value
/// and response for response (CONTRACT.md §1).
@Suite struct PersistenceRestartTests {
    @Test func restart_RestoresEveryKindOfState_Identically() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let paths = try sandbox.buildEveryKindOfState()
        let state = sandbox.persistedState
        let responses = sandbox.snapshotOfResponses(paths)
        let lastSerial = sandbox.store.ids.lastSerial
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.persistedState == state)
        for (after, before) in zip(sandbox.snapshotOfResponses(paths), responses) { #expect(after == before) }
        #expect(state.accounts.count == 2)
        #expect(sandbox.store.ids.lastSerial >= lastSerial)
    }

    @Test func newIDs_AfterRestart_NeverRepeatRestoredOnes() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let before = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id")
        sandbox = try sandbox.restarted(folder)
        let after = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id")
        #expect(before != nil && after != nil && before != after)
        #expect(sandbox.storedCount() == 2)
    }

    @Test func idempotentKey_AfterRestart_AnswersTheOriginal() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let body = TestSandbox.chargeBody(["reference": #"{"idempotent":"order-7"}"#])
        let original = sandbox.call(.post, "/v2/charges", body)
        sandbox = try sandbox.restarted(folder)
        let repeated = sandbox.call(.post, "/v2/charges", body)
        #expect(repeated.string("id") == original.string("id"))
        #expect(repeated.headers["x-sandbox-idempotent-replay"] == "true")
        #expect(sandbox.storedCount() == 1)
    }

    @Test func spentToken_AfterRestart_StaysSpent() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let token = sandbox.token()
        #expect(sandbox.charge(token: token).string("status") == "CAPTURED")
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.charge(token: token).errorCode == "1126")
        #expect(sandbox.call(.get, "/v2/tokens/\(token)").status == 200)
    }

    @Test func unusedToken_AfterRestart_CanBeCharged() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let token = sandbox.token()
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.charge(token: token).string("status") == "CAPTURED")
    }

    @Test func accountReset_AfterRestart_StaysReset() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        _ = try sandbox.buildEveryKindOfState()
        #expect(sandbox.call(.post, "/_sandbox/reset").status == 200)
        let kept = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id") ?? ""
        let state = sandbox.persistedState
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.persistedState == state)
        #expect(sandbox.storedCount() == 1)
        #expect(sandbox.call(.get, "/v2/charges/\(kept)").status == 200)
        #expect(sandbox.storedCount(key: TestSandbox.otherKey) == 1)
    }

    @Test func fullReset_AfterRestart_StaysReset() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        _ = try sandbox.buildEveryKindOfState()
        let token = sandbox.token()
        #expect(sandbox.call(.post, "/_sandbox/reset", key: nil).status == 200)
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.persistedState == PersistedState(store: Store()))
        #expect(sandbox.call(.get, "/v2/tokens/\(token)").status == 404)
    }

    @Test func clockOffset_AfterRestart_IsKept() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        sandbox.advance(seconds: 3600)
        let clock = sandbox.body("/_sandbox/clock")
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.body("/_sandbox/clock") == clock)
        #expect(sandbox.call(.get, "/_sandbox/clock").value("offset_ms")?.numberValue?.text == "3600000")
    }
}
