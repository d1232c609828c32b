import Testing

@testable import TapSandbox

/// Scenarios that act over time and on webhooks (CONTRACT.md §6): asynchronous transitions and delayed,
/// duplicated, out-of-order, badly signed and dropped deliveries, driven by the sandbox clock.
@Suite(.timeLimit(.minutes(1))) struct ScenarioWebhookTests {
    /// A token payment (`threeDSecure: false`) posting to `receiver`, picked by `scenario`.
    static func pay(
        _ sandbox: TestSandbox, _ scenario: String, receiver: WebhookReceiver, kind: Payment.Kind = .charge
    ) throws -> TestResponse {
        try sandbox.tokenCharge(
            headers: ["x-sandbox-scenario": scenario], ["post": #"{"url":"\#(receiver.url)"}"#], kind: kind)
    }

    @Test(arguments: [(Payment.Kind.charge, "CAPTURED", "000"), (.authorize, "AUTHORIZED", "001")])
    func asyncCapture_IsInitiated_ThenSettlesTenSecondsLater_WithItsWebhook(
        kind: Payment.Kind, status: String, code: String
    ) throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let created = try Self.pay(sandbox, "async-capture", receiver: receiver, kind: kind)
        let id = try #require(created.string("id"))
        #expect(created.string("status") == "INITIATED")
        #expect(created.string("response.code") == "100")
        #expect(created.string("transaction.url")?.hasSuffix("/_sandbox/pay/\(id)") == true)
        let path = TestCardOutcomeTests.path(kind) + "/" + id
        sandbox.advance(milliseconds: 9_999)
        #expect(sandbox.call(.get, path).string("status") == "INITIATED")
        #expect(sandbox.deliveries(of: id).isEmpty)
        sandbox.advance(milliseconds: 1)
        let settled = sandbox.call(.get, path)
        #expect(settled.string("status") == status)
        #expect(settled.string("response.code") == code)
        let delivery = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(delivery.first?.string("object_status") == status)
        #expect(delivery.first?.string("scenario") == "async-capture")
        #expect(receiver.requests.count == 1)
    }

    @Test func webhookDelayed_FirstAttemptIsThirtySecondsLate() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let created = try Self.pay(sandbox, "webhook-delayed", receiver: receiver)
        #expect(created.string("status") == "CAPTURED")
        let id = try #require(created.string("id"))
        let delivery = try #require(sandbox.deliveries(of: id).first)
        let createdAt = try #require(delivery.int("created"))
        #expect(delivery.string("status") == "SCHEDULED")
        #expect(delivery.int("next_retry") == createdAt + 30_000)
        sandbox.advance(milliseconds: 29_999)
        #expect(sandbox.deliveries(of: id).first?.at("attempts")?.arrayValue?.isEmpty == true)
        sandbox.advance(milliseconds: 1)
        let sent = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(sent.first?.int("attempts.0.time") == createdAt + 30_000)
        #expect(receiver.requests.count == 1)
    }

    @Test func webhookDuplicate_IsDeliveredTwice_TheCopyAfterTheOriginal() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let id = try #require(try Self.pay(sandbox, "webhook-duplicate", receiver: receiver).string("id"))
        let deliveries = sandbox.waitForDeliveries(of: id) {
            $0.count == 2 && $0.allSatisfy { $0.string("status") == "SUCCESS" }
        }
        #expect(deliveries.count == 2)
        #expect(deliveries.last?.string("duplicate_of") == deliveries.first?.string("id"))
        #expect(receiver.requests.count == 2)
        let statuses = try receiver.requests.map { try JSONParser.parse($0.body).string("status") }
        #expect(statuses == ["CAPTURED", "CAPTURED"])
        #expect(
            receiver.requests.allSatisfy { $0.headers["hashstring"] == receiver.requests.first?.headers["hashstring"] })
    }

    @Test func webhookBadSignature_FailsAReceiverThatVerifies() throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try TestSandbox { $0.webhookRetryDelaysMs = [] }
        let id = try #require(try Self.pay(sandbox, "webhook-bad-signature", receiver: receiver).string("id"))
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id).first)
        #expect(delivery.at("tampered") == true)
        #expect(delivery.int("attempts.0.response.status") == 401)
        #expect(delivery.string("status") == "ERROR")
        let request = try #require(receiver.requests.first)
        #expect(request.headers["hashstring"] != WebhookCheck.signature(of: request.body, key: TestSandbox.key))
        #expect(request.headers["hashstring"]?.count == 64)
    }

    /// An authorize's AUTHORIZED is held; its VOID overtakes it, and the AUTHORIZED follows.
    @Test func webhookOutOfOrder_TheLaterStatusArrivesFirst() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let created = try Self.pay(sandbox, "webhook-out-of-order", receiver: receiver, kind: .authorize)
        let id = try #require(created.string("id"))
        #expect(created.string("status") == "AUTHORIZED")
        #expect(sandbox.deliveries(of: id).first?.string("status") == "HELD")
        let voided = sandbox.call(.post, "/v2/authorize/\(id)/void", "{}")
        #expect(voided.string("status") == "VOID")
        sandbox.waitForDeliveries(of: id) { $0.count == 2 && $0.allSatisfy { $0.string("status") == "SUCCESS" } }
        let statuses = try receiver.requests.map { try JSONParser.parse($0.body).string("status") }
        #expect(statuses == ["VOID", "AUTHORIZED"])
    }

    @Test func webhookOutOfOrder_WithNoLaterStatus_IsSentAfterTheHold() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let id = try #require(try Self.pay(sandbox, "webhook-out-of-order", receiver: receiver).string("id"))
        sandbox.advance(milliseconds: Int(WebhookBehaviour.outOfOrderHoldMs) - 1)
        #expect(sandbox.deliveries(of: id).first?.string("status") == "HELD")
        sandbox.advance(milliseconds: 1)
        sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(receiver.requests.count == 1)
    }

    @Test func webhookDropped_IsLoggedDropped_AndNeverSent() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let id = try #require(try Self.pay(sandbox, "webhook-dropped", receiver: receiver).string("id"))
        let delivery = try #require(sandbox.deliveries(of: id).first)
        #expect(delivery.string("status") == "DROPPED")
        #expect(delivery.string("scenario") == "webhook-dropped")
        #expect(delivery.at("attempts")?.arrayValue?.isEmpty == true)
        sandbox.advance(seconds: 3_600)
        #expect(sandbox.deliveries(of: id).first?.at("attempts")?.arrayValue?.isEmpty == true)
        #expect(receiver.requests.isEmpty)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("post.status") == "PENDING")
    }

    /// A custom scenario: IN_PROGRESS at once, then through the steps of `then` on the clock.
    @Test func transitions_FollowTheClockStepByStep() throws {
        let sandbox = try TestSandbox()
        sandbox.addScenarios(
            #"""
            {"name": "slow-bank", "status": "IN_PROGRESS",
             "then": [{"after_ms": 5000, "status": "INITIATED"}, {"after_ms": 8000, "status": "DECLINED", "code": "507"}]}
            """#)
        let created = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "slow-bank"])
        let id = try #require(created.string("id"))
        #expect(created.string("status") == "IN_PROGRESS")
        #expect(created.string("response.code") == "200")
        sandbox.advance(seconds: 5)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "INITIATED")
        sandbox.advance(seconds: 3)
        let declined = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(declined.string("status") == "DECLINED")
        #expect(declined.string("response.code") == "507")
        let statuses = declined.value("activities")?.arrayValue?.compactMap { $0["status"]?.stringValue }
        #expect(statuses == ["INITIATED", "IN_PROGRESS", "INITIATED", "DECLINED"])
    }

    /// A customer who pays before the transition wins: the transition finds the payment settled.
    @Test func transition_AfterTheCustomerSettled_DoesNothing() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(headers: ["x-sandbox-scenario": "async-capture"])
        sandbox.submitJSON(id, #"{"action":"decline"}"#)
        sandbox.advance(seconds: 10)
        #expect(sandbox.retrieve(id).string("status") == "DECLINED")
    }
}
