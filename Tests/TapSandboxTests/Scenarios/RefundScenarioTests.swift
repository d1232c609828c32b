import Testing

@testable import TapSandbox

/// Scenarios on refunds through the HTTP API (`scenarios/README.md`, "Refunds"): the shipped refund results,
/// run-time ones with their timing, and webhook behaviours on refund webhooks, all on the sandbox clock.
@Suite(.timeLimit(.minutes(1))) struct RefundScenarioTests {
    static let shipped: [(String, String, String, String)] = [
        ("refund-failed", "FAILED", "401", "Failed"),
        ("refund-declined", "DECLINED", "503", "Declined, Refund not Supported"),
    ]

    /// The refund of `amount` of `charge`, posting to `receiver`, picked by `headers`.
    static func refund(
        _ sandbox: TestSandbox, _ charge: String, amount: String = "4", receiver: WebhookReceiver,
        headers: [String: String] = [:]
    ) -> TestResponse {
        let body = TestSandbox.refundBody(charge, amount: amount, ["post": #"{"url":"\#(receiver.url)"}"#])
        return sandbox.call(.post, "/v2/refunds", body, headers: headers)
    }

    static func refunded(_ sandbox: TestSandbox, _ charge: String) -> String? {
        sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text
    }

    @Test(arguments: shipped)
    func shippedResult_IsPendingThenSettlesAfterFiveSeconds_FreesTheAmount_AndPostsItsWebhook(
        name: String, status: String, code: String, message: String
    ) throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let created = Self.refund(sandbox, charge, receiver: receiver, headers: ["x-sandbox-scenario": name])
        #expect(created.status == 200)
        #expect(created.headers["x-sandbox-scenario"] == name)
        #expect(created.string("status") == "PENDING")
        #expect(created.string("response.code") == "100")
        let id = try #require(created.string("id"))
        #expect(Self.refunded(sandbox, charge) == "4.000")
        sandbox.advance(milliseconds: 4_999)
        #expect(sandbox.call(.get, "/v2/refunds/\(id)").string("status") == "PENDING")
        sandbox.advance(milliseconds: 1)
        let settled = sandbox.call(.get, "/v2/refunds/\(id)")
        #expect(settled.string("status") == status)
        #expect(settled.string("response.code") == code)
        #expect(settled.string("response.message") == message)
        // Spec §6.5: only refunds that did not fail count against the charge.
        #expect(Self.refunded(sandbox, charge) == "0.000")
        #expect(sandbox.refund(charge, amount: "10").string("status") == "PENDING")

        let delivery = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(delivery.count == 1)
        #expect(delivery.first?.string("object_status") == status)
        #expect(delivery.first?.string("scenario") == name)
        let posted = try JSONParser.parse(try #require(receiver.requests.first).body)
        #expect(posted.string("status") == status)
        #expect(posted.string("response.code") == code)
    }

    @Test func refundResult_ByMetadata_Applies() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID()
        let created = sandbox.refund(charge, ["metadata": #"{"sandbox_scenario":"refund-declined"}"#])
        #expect(created.headers["x-sandbox-scenario"] == "refund-declined")
        let id = try #require(created.string("id"))
        sandbox.advance(seconds: 5)
        #expect(sandbox.call(.get, "/v2/refunds/\(id)").string("response.code") == "503")
    }

    /// A refund result belongs to refunds: named on a charge it does not apply, and a payment's result
    /// named on a refund leaves the refund to settle REFUNDED.
    @Test func resultsStayWithTheirResource() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "refund-failed"])
        #expect(charge.string("status") == "CAPTURED")
        #expect(charge.headers["x-sandbox-scenario"] == nil)
        let id = try #require(charge.string("id"))
        let refund = sandbox.call(
            .post, "/v2/refunds", TestSandbox.refundBody(id), headers: ["x-sandbox-scenario": "insufficient-funds"])
        #expect(refund.headers["x-sandbox-scenario"] == nil)
        sandbox.advance(seconds: 5)
        #expect(sandbox.call(.get, "/v2/refunds/\(try #require(refund.string("id")))").string("status") == "REFUNDED")
    }

    @Test func thenTransition_SetsWhenTheRefundSettles() throws {
        let sandbox = try TestSandbox()
        let added = sandbox.addScenarios(
            #"""
            {"name": "slow-bank-refund", "match": {"resource": "refund"},
             "status": "PENDING", "then": [{"after_ms": 60000, "status": "DECLINED", "code": "502"}]}
            """#)
        #expect(added.status == 200)
        let charge = try sandbox.capturedChargeID()
        let id = try #require(
            sandbox.call(
                .post, "/v2/refunds", TestSandbox.refundBody(charge),
                headers: ["x-sandbox-scenario": "slow-bank-refund"]
            ).string("id"))
        sandbox.advance(milliseconds: 59_999)
        #expect(sandbox.call(.get, "/v2/refunds/\(id)").string("status") == "PENDING")
        sandbox.advance(milliseconds: 1)
        let declined = sandbox.call(.get, "/v2/refunds/\(id)")
        #expect(declined.string("status") == "DECLINED")
        #expect(declined.string("response.message") == "Declined, Insufficient Balance")
    }

    /// Tap's manual refunds may stay PENDING (spec §6.4); such a refund keeps holding its amount.
    @Test func pendingResult_KeepsTheRefundPending() throws {
        let sandbox = try TestSandbox()
        sandbox.addScenarios(#"{"name": "manual-refund", "match": {"resource": "refund"}, "status": "PENDING"}"#)
        let charge = try sandbox.capturedChargeID(amount: "10")
        let id = try #require(
            sandbox.call(
                .post, "/v2/refunds", TestSandbox.refundBody(charge, amount: "10"),
                headers: ["x-sandbox-scenario": "manual-refund"]
            ).string("id"))
        sandbox.advance(seconds: 86_400)
        #expect(sandbox.call(.get, "/v2/refunds/\(id)").string("status") == "PENDING")
        #expect(sandbox.refund(charge, amount: "0.001").errorCode == "1161")
    }

    @Test func automaticRule_FailsOnlyTheRefundsItMatches() throws {
        let sandbox = try TestSandbox()
        sandbox.addScenarios(
            #"""
            {"name": "big-refunds-fail", "automatic": true, "match": {"resource": "refund", "amount": {"min": "5"}},
             "status": "FAILED", "code": "403"}
            """#)
        let charge = try sandbox.capturedChargeID(amount: "10")
        let small = try #require(sandbox.refund(charge, amount: "1").string("id"))
        let big = try #require(sandbox.refund(charge, amount: "5").string("id"))
        sandbox.advance(seconds: 5)
        #expect(sandbox.call(.get, "/v2/refunds/\(small)").string("status") == "REFUNDED")
        let failed = sandbox.call(.get, "/v2/refunds/\(big)")
        #expect(failed.string("status") == "FAILED")
        #expect(failed.string("response.message") == "Failed, Duplicate")
        #expect(Self.refunded(sandbox, charge) == "1.000")
    }

    @Test func webhookDelayed_DelaysTheRefundsWebhook() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID()
        let id = try #require(
            Self.refund(sandbox, charge, amount: "1", receiver: receiver, headers: ["x-sandbox-scenario": "webhook-delayed"])
                .string("id"))
        sandbox.advance(seconds: 5)
        let delivery = try #require(sandbox.deliveries(of: id).first)
        #expect(delivery.string("status") == "SCHEDULED")
        #expect(delivery.string("scenario") == "webhook-delayed")
        #expect(delivery.int("next_retry") == (try #require(delivery.int("created"))) + 30_000)
        sandbox.advance(seconds: 30)
        sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(receiver.requests.count == 1)
    }

    @Test func webhookDropped_DropsTheRefundsWebhook() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID()
        let id = try #require(
            Self.refund(sandbox, charge, amount: "1", receiver: receiver, headers: ["x-sandbox-scenario": "webhook-dropped"])
                .string("id"))
        sandbox.advance(seconds: 5)
        #expect(sandbox.call(.get, "/v2/refunds/\(id)").string("status") == "REFUNDED")
        #expect(sandbox.deliveries(of: id).first?.string("status") == "DROPPED")
        #expect(receiver.requests.isEmpty)
    }

    /// A result and a webhook behaviour in one run-time scenario: a FAILED refund posted with a wrong signature.
    @Test func resultWithWebhookBehaviour_SignsTheFailedRefundWrongly() throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try TestSandbox { $0.webhookRetryDelaysMs = [] }
        sandbox.addScenarios(
            #"""
            {"name": "refund-failed-forged", "match": {"resource": "refund"}, "status": "FAILED",
             "webhook": {"bad_signature": true}}
            """#)
        let charge = try sandbox.capturedChargeID()
        let id = try #require(
            Self.refund(
                sandbox, charge, amount: "1", receiver: receiver, headers: ["x-sandbox-scenario": "refund-failed-forged"]
            ).string("id"))
        sandbox.advance(seconds: 5)
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id).first)
        #expect(delivery.at("tampered") == true)
        #expect(delivery.string("object_status") == "FAILED")
        #expect(delivery.int("attempts.0.response.status") == 401)
    }
}
