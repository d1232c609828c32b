import Foundation
import Testing

@testable import TapSandbox

/// Scheduled transitions and webhook retries pending at a stop are carried out after the restart.
@Suite(.timeLimit(.minutes(1))) struct ResumptionTests {
    @Test func initiatedCharge_AfterRestart_StillBecomesAbandoned() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let id = try #require(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id"))
        sandbox = try sandbox.restarted(folder)
        sandbox.advance(seconds: 29 * 60)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "INITIATED")
        sandbox.advance(seconds: 2 * 60)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "ABANDONED")
    }

    @Test func failedWebhook_AfterRestart_IsStillRetried() throws {
        let receiver = try WebhookReceiver([.status(500), .status(200)])
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        sandbox.waitForCompletedAttempts(1, of: id)
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.deliveries(of: id).first?.string("status") == "SCHEDULED")
        sandbox.advance(seconds: 1)
        let deliveries = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(deliveries.first?.at("attempts")?.arrayValue?.count == 2)
        #expect(receiver.requests.count == 2)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("post.status") == "SUCCESS")
    }

    @Test func deliveryOnTheWireAtStop_IsSentAgainAfterRestart() throws {
        let receiver = try WebhookReceiver([.hang, .status(200)])
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder) { $0.webhookTimeoutMs = 30_000 }
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SENDING" }
        sandbox = try sandbox.restarted(folder)
        let deliveries = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(deliveries.first?.at("attempts")?.arrayValue?.count == 1)
        #expect(receiver.requests.count == 2)
        let attempts = receiver.requests.map { (try? JSONParser.parse($0.body))?.int("post.attempt") }
        #expect(attempts == [1, 1])
    }

    @Test func clockAdvancedBeforeStop_StaysAdvanced_AndTasksFollowIt() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let id = try #require(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id"))
        sandbox.advance(seconds: 20 * 60)
        sandbox = try sandbox.restarted(folder)
        sandbox.advance(seconds: 11 * 60)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "ABANDONED")
    }
}
