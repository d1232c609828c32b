import Testing

@testable import TapSandbox

/// Webhook receivers that fail in ways the webhook suites do not cover; the rest (hanging, slow-drip, huge,
/// self-signed, refusing, redirecting, and descriptors/threads after them) runs against the real binary in
/// scripts/webhook_faults.py.
@Suite(.timeLimit(.minutes(1))) struct ReceiverFaultTests {
    /// An HTTP server waits for the end of a head that a TLS ClientHello never sends: the handshake times out.
    @Test func plainHTTPReceiverBehindAnHTTPSURL_FailsTheTLSHandshake_AndDoesNotDelayAHealthyReceiver() throws {
        let plain = try WebhookReceiver()
        let healthy = try WebhookReceiver()
        let sandbox = try TestSandbox {
            $0.webhookRetryDelaysMs = []
            $0.webhookTimeoutMs = 1_000
        }
        let broken = try #require(sandbox.capturedCharge(postURL: "https://127.0.0.1:\(plain.port)/hook").string("id"))
        let fine = try #require(sandbox.capturedCharge(postURL: healthy.url).string("id"))
        let delivered = sandbox.waitForDeliveries(of: fine) { $0.first?.string("status") == "SUCCESS" }
        #expect(delivered.first?.string("status") == "SUCCESS")
        // Delivered while the broken attempt still waits out its 1 s timeout.
        #expect(sandbox.deliveries(of: broken).first?.at("attempts.0.latency_ms")?.isNull != false)
        let failed = try #require(sandbox.waitForCompletedAttempts(1, of: broken).first)
        #expect(failed.string("status") == "ERROR")
        #expect(failed.string("attempts.0.error")?.contains("TLS handshake") == true)
        #expect(failed.at("attempts.0.response")?.isNull == true)
    }
}
