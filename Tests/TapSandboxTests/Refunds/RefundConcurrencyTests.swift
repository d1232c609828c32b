import Dispatch
import Foundation
import Synchronization
import Testing

@testable import TapSandbox

/// Concurrent refunds of one charge on real threads (CONTRACT.md §5a): the check of what is left and the
/// insert are one transaction, so the charge can never be refunded more than it captured.
@Suite(.timeLimit(.minutes(1))) struct RefundConcurrencyTests {
    /// Sends `body` from `count` threads released at once; returns every response.
    static func race(_ sandbox: TestSandbox, count: Int, body: @escaping @Sendable (Int) -> String) -> [TestResponse] {
        let responses = Mutex<[TestResponse]>([])
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for index in 0..<count {
            done.enter()
            Thread {
                start.wait()
                let response = sandbox.call(.post, "/v2/refunds", body(index))
                responses.withLock { $0.append(response) }
                done.leave()
            }.start()
        }
        for _ in 0..<count { start.signal() }
        _ = done.wait(timeout: .now() + 30)
        return responses.withLock { $0 }
    }

    @Test func twentyConcurrentRefunds_NeverRefundMoreThanTheCharge() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let responses = Self.race(sandbox, count: 20) { _ in TestSandbox.refundBody(charge, amount: "1.5") }
        #expect(responses.count == 20)
        let accepted = responses.filter { $0.string("status") == "PENDING" }
        let refused = responses.filter { $0.status == 400 }
        // 6 × 1.500 = 9.000 fits in 10.000; a seventh would not.
        #expect(accepted.count == 6)
        #expect(refused.count == 14)
        #expect(refused.allSatisfy { $0.errorCode == "1161" })
        #expect(Set(accepted.compactMap { $0.string("id") }).count == 6)
        #expect(RefundValidationTests.storedRefunds(sandbox) == 6)
        #expect(sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text == "9.000")
        #expect(sandbox.refund(charge, amount: "1").string("status") == "PENDING")
        #expect(sandbox.refund(charge, amount: "0.001").errorCode == "1161")
    }

    @Test func twentyConcurrentRefundsOfTheWholeCharge_AcceptExactlyOne() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "7.25", currency: "SAR")
        let responses = Self.race(sandbox, count: 20) { _ in
            TestSandbox.refundBody(charge, amount: "7.25", currency: "SAR")
        }
        #expect(responses.filter { $0.string("status") == "PENDING" }.count == 1)
        #expect(responses.filter { $0.errorCode == "1161" }.count == 19)
    }

    @Test func twentyConcurrentRepeatsOfOneIdempotentKey_CreateOneRefund() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let responses = Self.race(sandbox, count: 20) { _ in
            TestSandbox.refundBody(charge, amount: "4", ["reference": #"{"idempotent":"refund-once"}"#])
        }
        #expect(responses.allSatisfy { $0.status == 200 })
        #expect(Set(responses.compactMap { $0.string("id") }).count == 1)
        #expect(responses.filter { $0.headers["x-sandbox-idempotent-replay"] == nil }.count == 1)
        #expect(RefundValidationTests.storedRefunds(sandbox) == 1)
        #expect(sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text == "4.000")
    }
}
