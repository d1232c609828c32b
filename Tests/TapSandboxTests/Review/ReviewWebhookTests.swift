import Testing

@testable import TapSandbox

/// The webhook checks of the integration review, on live deliveries to in-process receivers: answers 2xx,
/// the hashstring probe (`POST /_sandbox/review/probe`) and reachable receivers. Retries are turned off
/// (`webhookRetryDelaysMs = []`) so that one attempt finishes a delivery.
@Suite(.timeLimit(.minutes(1))) struct ReviewWebhookTests {
    static func sandbox() throws -> TestSandbox {
        try TestSandbox { $0.webhookRetryDelaysMs = [] }
    }

    /// A captured charge posting to `url`, once its webhook has been answered (or failed).
    @discardableResult
    static func deliveredCharge(_ sandbox: TestSandbox, to url: String, key: String = TestSandbox.key) throws
        -> String
    {
        let id = try #require(sandbox.capturedCharge(postURL: url, key: key).string("id"))
        sandbox.waitForDeliveries(of: id, key: key) { deliveries in
            deliveries.first.map { ["SUCCESS", "ERROR"].contains($0.string("status")) } == true
        }
        return id
    }

    @Test(arguments: ["webhooks.answered_2xx", "webhooks.hashstring", "urls.reachable"])
    func webhookCheck_IsNotExercised_BeforeAnyWebhook(id: String) throws {
        let sandbox = try Self.sandbox()
        _ = try sandbox.createCharge(["post": #"{"url":"http://127.0.0.1:9/hook"}"#])
        #expect(try sandbox.status(of: id) == "not_exercised")
    }

    @Test func answered_Passes_WhenTheReceiverAnswers2xx() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try Self.sandbox()
        try Self.deliveredCharge(sandbox, to: receiver.url)
        #expect(try sandbox.status(of: "webhooks.answered_2xx") == "pass")
    }

    @Test func answered_Fails_NamingTheDeliveryThatEndedInError() throws {
        let receiver = try WebhookReceiver([.status(500)])
        let sandbox = try Self.sandbox()
        let charge = try Self.deliveredCharge(sandbox, to: receiver.url)
        let delivery = try #require(sandbox.deliveries(of: charge).first?.string("id"))
        #expect(try sandbox.status(of: "webhooks.answered_2xx") == "fail")
        let item = try #require(try sandbox.check("webhooks.answered_2xx").at("evidence.0"))
        #expect(item.string("id") == delivery)
        #expect(item.string("note")?.contains("answers: 500") == true, "\(item)")
    }

    /// A scenario's tampered webhook (webhook-bad-signature) is refused by a verifying receiver, and a
    /// dropped one (webhook-dropped) was never sent: neither fails the check nor counts as evidence.
    @Test func answered_LeavesScenarioTamperedAndDroppedWebhooksOut() throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try Self.sandbox()
        let genuine = try Self.deliveredCharge(sandbox, to: receiver.url)
        for scenario in ["webhook-bad-signature", "webhook-dropped"] {
            let id = try #require(try ScenarioWebhookTests.pay(sandbox, scenario, receiver: receiver).string("id"))
            sandbox.waitForDeliveries(of: id) { deliveries in
                deliveries.first.map { ["ERROR", "DROPPED"].contains($0.string("status")) } == true
            }
        }
        #expect(try sandbox.status(of: "webhooks.answered_2xx") == "pass")
        let delivery = try #require(sandbox.deliveries(of: genuine).first?.string("id"))
        #expect(try sandbox.evidenceIDs(of: "webhooks.answered_2xx") == [delivery])
    }

    @Test func answered_LeavesReplaysOut() throws {
        let receiver = try WebhookReceiver([.status(200), .status(500)])
        let sandbox = try Self.sandbox()
        let charge = try Self.deliveredCharge(sandbox, to: receiver.url)
        let original = try #require(sandbox.deliveries(of: charge).first?.string("id"))
        #expect(sandbox.call(.post, "/_sandbox/webhooks/\(original)/replay").status == 200)
        sandbox.waitForCompletedAttempts(2, of: charge)
        #expect(try sandbox.status(of: "webhooks.answered_2xx") == "pass")
    }

    @Test func probe_Passes_WhenTheEndpointAcceptsTheGenuineCopyAndRefusesTheTamperedOne() throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try Self.sandbox()
        try Self.deliveredCharge(sandbox, to: receiver.url)
        let probe = sandbox.call(.post, "/_sandbox/review/probe")
        #expect(probe.status == 200)
        #expect(probe.string("object") == "review_probe")
        #expect(probe.string("url") == receiver.url)
        // The answer waited for both copies: the review right after already has the outcome.
        let check = try sandbox.check("webhooks.hashstring")
        #expect(check.string("status") == "pass")
        let ids = try sandbox.evidenceIDs(of: "webhooks.hashstring")
        #expect(ids == [probe.string("tampered_delivery"), probe.string("genuine_delivery")].compactMap { $0 })
        #expect(check.string("summary")?.contains("refused (401)") == true)
        let tampered = try #require(sandbox.deliveries().first { $0.string("id") == probe.string("tampered_delivery") })
        #expect(tampered.at("tampered") == .bool(true))
    }

    @Test func probe_Fails_WhenTheEndpointAcceptsTheTamperedCopy() throws {
        let receiver = try WebhookReceiver([.status(200)])
        let sandbox = try Self.sandbox()
        try Self.deliveredCharge(sandbox, to: receiver.url)
        #expect(sandbox.call(.post, "/_sandbox/review/probe").status == 200)
        let check = try sandbox.check("webhooks.hashstring")
        #expect(check.string("status") == "fail")
        #expect(check.string("summary")?.contains("accepted it (200)") == true, "\(check)")
        #expect(sandbox.review().string("status") == "fail")
    }

    @Test func probe_Fails_WhenTheEndpointRefusesTheGenuineCopyToo() throws {
        let receiver = try WebhookReceiver([.status(200), .status(401)])
        let sandbox = try Self.sandbox()
        try Self.deliveredCharge(sandbox, to: receiver.url)
        #expect(sandbox.call(.post, "/_sandbox/review/probe").status == 200)
        let check = try sandbox.check("webhooks.hashstring")
        #expect(check.string("status") == "fail")
        #expect(check.string("summary")?.contains("the genuine one too") == true)
    }

    @Test func probe_IsNotExercised_WhenTheEndpointDoesNotAnswer() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try Self.sandbox()
        try Self.deliveredCharge(sandbox, to: receiver.url)
        receiver.stop()
        #expect(sandbox.call(.post, "/_sandbox/review/probe").status == 200)
        #expect(try sandbox.status(of: "webhooks.hashstring") == "not_exercised")
        #expect(try sandbox.status(of: "urls.reachable") == "fail")
    }

    @Test func probe_Is400_WithoutAWebhookToCopy() throws {
        let sandbox = try Self.sandbox()
        _ = try sandbox.createCharge()
        let probe = sandbox.call(.post, "/_sandbox/review/probe")
        #expect(probe.status == 400)
        #expect(probe.errorCode == "1103")
        #expect(sandbox.call(.post, "/_sandbox/review/probe", key: nil).value("count") == 0)
    }

    @Test func probe_WithoutAKey_ProbesEveryAccountThatHasAWebhook() throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try Self.sandbox()
        try Self.deliveredCharge(sandbox, to: receiver.url)
        let body = TestSandbox.chargeBody(["post": #"{"url":"\#(receiver.url)"}"#])
        #expect(sandbox.call(.post, "/v2/charges", body, key: "sk_test_NoWebhookYet").status == 200)
        let probes = sandbox.call(.post, "/_sandbox/review/probe", key: nil)
        #expect(probes.string("object") == "list")
        #expect(probes.value("count") == 1)
        #expect(probes.string("probes.0.merchant_id") == sandbox.store.account(TestSandbox.key).merchant.id)
        #expect(try sandbox.status(of: "webhooks.hashstring") == "pass")
    }

    @Test func reachable_Passes_WhenEveryReceiverAnswered_WhateverTheStatus() throws {
        let receiver = try WebhookReceiver([.status(500)])
        let sandbox = try Self.sandbox()
        try Self.deliveredCharge(sandbox, to: receiver.url)
        #expect(try sandbox.status(of: "urls.reachable") == "pass")
        #expect(try sandbox.evidenceIDs(of: "urls.reachable") == [receiver.url])
    }

    @Test func reachable_Fails_NamingTheURLThatRefusedTheConnection() throws {
        let gone = try WebhookReceiver()
        let url = gone.url
        gone.stop()
        let up = try WebhookReceiver()
        let sandbox = try Self.sandbox()
        try Self.deliveredCharge(sandbox, to: up.url)
        try Self.deliveredCharge(sandbox, to: url)
        let check = try sandbox.check("urls.reachable")
        #expect(check.string("status") == "fail")
        #expect(try sandbox.evidenceIDs(of: "urls.reachable") == [url])
        #expect(check.string("summary")?.contains("1 of 2") == true)
    }
}
