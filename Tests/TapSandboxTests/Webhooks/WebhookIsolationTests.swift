import Foundation
import Testing

@testable import TapSandbox

/// A slow, hanging or refusing receiver never slows API responses or other receivers (CONTRACT.md §7), and
/// one object's deliveries follow its transitions.
@Suite(.timeLimit(.minutes(1))) struct WebhookIsolationTests {
    static func hangingSandbox() throws -> TestSandbox {
        // Long enough that no hanging attempt times out while a test runs.
        try TestSandbox { $0.webhookTimeoutMs = 30_000 }
    }

    @Test func createCharge_IsNotSlowedByAHangingReceiver() throws {
        let receiver = try WebhookReceiver([.hang])
        let sandbox = try Self.hangingSandbox()
        let first = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        sandbox.waitForDeliveries(of: first) { _ in !receiver.requests.isEmpty }
        #expect(receiver.requests.count == 1)
        let client = try RawClient(port: sandbox.port)
        for _ in 0..<5 {
            let body = TestSandbox.chargeBody([
                "source": #"{"id":"\#(sandbox.insertToken())"}"#, "threeDSecure": "false",
                "post": #"{"url":"\#(receiver.url)"}"#,
            ])
            let started = ContinuousClock.now
            try client.send(
                "POST /v2/charges HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer \(TestSandbox.key)\r\n"
                    + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
            let response = try client.readResponse()
            let elapsed = ContinuousClock.now - started
            #expect(response.status == 200)
            #expect(elapsed < .milliseconds(500), "POST /v2/charges took \(elapsed) with a hanging receiver")
        }
        #expect(sandbox.deliveries(of: first).first?.string("status") == "SENDING")
    }

    @Test func hangingReceiverOfOneAccount_DoesNotDelayAnotherAccountsDelivery() throws {
        let hanging = try WebhookReceiver([.hang])
        let healthy = try WebhookReceiver()
        let sandbox = try Self.hangingSandbox()
        let other = "sk_test_OtherMerchant42"
        // More hanging deliveries than there are delivery threads.
        for _ in 0..<40 { sandbox.capturedCharge(postURL: hanging.url) }
        let id = try #require(sandbox.capturedCharge(postURL: healthy.url, key: other).string("id"))
        let delivered = sandbox.waitForDeliveries(of: id, key: other) { $0.first?.string("status") == "SUCCESS" }
        #expect(delivered.first?.string("status") == "SUCCESS")
        let stuck = sandbox.deliveries()
        #expect(stuck.count == 40)
        #expect(stuck.allSatisfy { $0.string("status") != "SUCCESS" })
        // Per receiver, only a few threads are held; the rest wait their turn.
        #expect(hanging.requests.count <= WebhookSettings(configuration: Configuration()).perReceiverLimit)
    }

    @Test func hangingReceiver_DoesNotDelayTheSameAccountsOtherReceiver() throws {
        let hanging = try WebhookReceiver([.hang])
        let healthy = try WebhookReceiver()
        let sandbox = try Self.hangingSandbox()
        for _ in 0..<10 { sandbox.capturedCharge(postURL: hanging.url) }
        let id = try #require(sandbox.capturedCharge(postURL: healthy.url).string("id"))
        let delivered = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(delivered.first?.string("status") == "SUCCESS")
    }

    @Test func deliveriesOfOneObject_FollowItsTransitions_EvenAcrossRetries() throws {
        let receiver = try WebhookReceiver([.status(500), .status(200)])
        let sandbox = try TestSandbox()
        let account = sandbox.store.account(TestSandbox.key)
        var authorize = Payment(
            kind: .authorize, id: "auth_TS01A0000000000Order0101001", serial: 4_242,
            amount: Amount(minorUnits: 1_500, currency: .kwd), createdAt: sandbox.time.nowMilliseconds(),
            source: PaymentSource(kind: .token, id: "tok_order"))
        authorize.post = Callback(url: receiver.url)
        try enter(.authorized, authorize.id, in: sandbox, account: account, inserting: authorize)
        sandbox.waitForCompletedAttempts(1, of: authorize.id)
        try enter(.void, authorize.id, in: sandbox, account: account)
        var deliveries = sandbox.deliveries(of: authorize.id)
        #expect(deliveries.map { $0.string("status") } == ["SCHEDULED", "QUEUED"])
        #expect(account.read { $0.authorizes[authorize.id]?.post?.status } == "PENDING")

        sandbox.advance(seconds: 1)
        deliveries = sandbox.waitForDeliveries(of: authorize.id) { $0.last?.string("status") == "SUCCESS" }
        #expect(deliveries.map { $0.string("status") } == ["SUCCESS", "SUCCESS"])
        let statuses = try receiver.requests.map { try JSONParser.parse($0.body).string("status") }
        #expect(statuses == ["AUTHORIZED", "AUTHORIZED", "VOID"])
        let post = account.read { $0.authorizes[authorize.id]?.post }
        #expect(post?.status == "SUCCESS")
        #expect(post?.attempt == 1)
    }

    private func enter(
        _ status: PaymentStatus, _ id: String, in sandbox: TestSandbox, account: Account, inserting: Payment? = nil
    ) throws {
        _ = try sandbox.store.transact(account) { state, transaction in
            guard let payment = inserting ?? state.payment(id) else { return }
            PaymentLifecycle.enter(
                status, payment: payment, at: transaction.now, state: &state, transaction: &transaction)
        }
    }
}
