import Dispatch
import Foundation
import Synchronization
import Testing

@testable import TapSandbox

/// `reference.idempotent` (spec §11, CONTRACT.md §3).
@Suite struct IdempotencyTests {
    static func body(_ key: String, _ overrides: [String: String] = [:]) -> String {
        TestSandbox.chargeBody(["reference": #"{"order":"ord_1","idempotent":"\#(key)"}"#].merging(overrides) { $1 })
    }

    /// Collects responses from several threads.
    final class Responses: Sendable {
        let all = Mutex<[TestResponse]>([])
    }

    @Test(.timeLimit(.minutes(1)), arguments: [Payment.Kind.charge, .authorize])
    func twentyConcurrentRepeats_CreateOneObject(kind: Payment.Kind) throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let body = Self.body("double-click", ["source": #"{"id":"\#(token)"}"#, "threeDSecure": "false"])
        let path = TestCardOutcomeTests.path(kind)
        let responses = Responses()
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for _ in 0..<20 {
            done.enter()
            Thread {
                start.wait()
                let response = sandbox.call(.post, path, body)
                responses.all.withLock { $0.append(response) }
                done.leave()
            }.start()
        }
        for _ in 0..<20 { start.signal() }
        #expect(done.wait(timeout: .now() + 30) == .success)
        let all = responses.all.withLock { $0 }
        #expect(all.count == 20)
        #expect(all.allSatisfy { $0.status == 200 })
        #expect(Set(all.compactMap { $0.string("id") }).count == 1)
        #expect(all.filter { $0.headers["x-sandbox-idempotent-replay"] == nil }.count == 1)
        #expect(sandbox.storedCount(kind) == 1)
    }

    @Test func repeat_WithADifferentBody_ReturnsTheOriginal() throws {
        let sandbox = try TestSandbox()
        let first = sandbox.call(.post, "/v2/charges", Self.body("k1"))
        let id = try #require(first.string("id"))
        let second = sandbox.call(.post, "/v2/charges", Self.body("k1", ["amount": "99", "currency": #""USD""#]))
        #expect(second.status == 200)
        #expect(second.string("id") == id)
        #expect(second.value("amount")?.numberValue?.text == "1.500")
        #expect(second.string("transaction.url") == first.string("transaction.url"))
        #expect(second.string("reference.idempotent") == "k1")
        #expect(second.headers["x-sandbox-idempotent-replay"] == "true")
        #expect(first.headers["x-sandbox-idempotent-replay"] == nil)
        // Even an invalid body: the key is found before anything else is read.
        let invalid = sandbox.call(.post, "/v2/charges", Self.body("k1", ["amount": "-5"]))
        #expect(invalid.string("id") == id)
        #expect(sandbox.storedCount() == 1)
    }

    @Test func repeat_ShowsTheOriginalsCurrentState() throws {
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.call(.post, "/v2/charges", Self.body("k2")).string("id"))
        sandbox.advance(seconds: 31 * 60)
        let repeated = sandbox.call(.post, "/v2/charges", Self.body("k2"))
        #expect(repeated.string("id") == id)
        #expect(repeated.string("status") == "ABANDONED")
    }

    @Test func failedValidation_StoresNothing_SoTheKeyCanBeUsedAgain() throws {
        let sandbox = try TestSandbox()
        let refused = sandbox.call(.post, "/v2/charges", Self.body("k3", ["currency": #""XYZ""#]))
        #expect(refused.errorCode == "1119")
        let refusedInStore = sandbox.call(
            .post, "/v2/charges", Self.body("k3", ["customer": #"{"id":"cus_missing1"}"#]))
        #expect(refusedInStore.errorCode == "1106")
        #expect(sandbox.store.account(TestSandbox.key).read { $0.idempotency.isEmpty })
        let accepted = sandbox.call(.post, "/v2/charges", Self.body("k3"))
        #expect(accepted.status == 200)
        #expect(accepted.headers["x-sandbox-idempotent-replay"] == nil)
        #expect(sandbox.storedCount() == 1)
    }

    @Test func key_ExpiresAfter24HoursOfSandboxClock() throws {
        let sandbox = try TestSandbox()
        let first = try #require(sandbox.call(.post, "/v2/charges", Self.body("k4")).string("id"))
        sandbox.advance(seconds: 24 * 3600 - 1)
        #expect(sandbox.call(.post, "/v2/charges", Self.body("k4")).string("id") == first)
        sandbox.advance(seconds: 1)
        #expect(sandbox.store.account(TestSandbox.key).read { $0.idempotency.isEmpty })
        let after = sandbox.call(.post, "/v2/charges", Self.body("k4"))
        #expect(after.status == 200)
        #expect(after.string("id") != first)
        #expect(sandbox.storedCount() == 2)
    }

    @Test func key_IsScopedByAccountAndResourceFamily() throws {
        let sandbox = try TestSandbox()
        let charge = try #require(sandbox.call(.post, "/v2/charges", Self.body("shared")).string("id"))
        let authorize = sandbox.call(.post, "/v2/authorize", Self.body("shared"))
        #expect(authorize.string("id")?.hasPrefix("auth_") == true)
        let otherAccount = sandbox.call(.post, "/v2/charges", Self.body("shared"), key: "sk_test_OtherIdem1")
        #expect(otherAccount.string("id") != charge)
        #expect(otherAccount.headers["x-sandbox-idempotent-replay"] == nil)
    }

    @Test func key_LongerThan255Characters_Is1103() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges", Self.body(TestSandbox.text(256)))
        #expect(response.errorCode == "1103")
    }
}
