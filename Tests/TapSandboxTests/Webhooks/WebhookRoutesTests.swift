import Testing

@testable import TapSandbox

/// `GET /_sandbox/webhooks` and `POST /_sandbox/webhooks/{id}/replay` (CONTRACT.md §8).
@Suite(.timeLimit(.minutes(1))) struct WebhookRoutesTests {
    static let other = "sk_test_OtherMerchant42"

    @Test func list_IsAccountScopedWithAKey_AndCoversEveryAccountWithout() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let mine = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        let theirs = try #require(sandbox.capturedCharge(postURL: receiver.url, key: Self.other).string("id"))
        sandbox.waitForDeliveries(key: nil) { $0.count == 2 && $0.allSatisfy { $0.string("status") == "SUCCESS" } }
        #expect(sandbox.deliveries().map { $0.string("object_id") } == [mine])
        #expect(sandbox.deliveries(key: Self.other).map { $0.string("object_id") } == [theirs])
        #expect(Set(sandbox.deliveries(key: nil).compactMap { $0.string("object_id") }) == [mine, theirs])
        #expect(sandbox.deliveries(of: theirs).isEmpty)
        #expect(sandbox.deliveries(of: theirs, key: nil).count == 1)
        let listed = sandbox.call(.get, "/_sandbox/webhooks", key: nil)
        #expect(listed.string("object") == "list")
        #expect(listed.value("count")?.numberValue?.int64Value == 2)
    }

    @Test func list_ShowsEveryAttemptWithRequestAnswerAndLatency() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let charge = sandbox.capturedCharge(postURL: receiver.url)
        let id = try #require(charge.string("id"))
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id).first)
        #expect(delivery.string("id")?.hasPrefix("whd_TS") == true)
        #expect(delivery.string("object") == "webhook_delivery")
        #expect(delivery.string("object_type") == "charge")
        #expect(delivery.string("object_status") == "CAPTURED")
        #expect(delivery.string("url") == receiver.url)
        #expect(delivery.at("replay_of")?.isNull == true)
        #expect(delivery.at("tampered") == .bool(false))
        let attempt = try #require(delivery.at("attempts.0"))
        #expect(attempt.int("attempt") == 1)
        #expect(attempt.string("request.headers.content-type") == "application/json")
        #expect(attempt.string("request.headers.host") == "127.0.0.1:\(receiver.port)")
        #expect(
            attempt.string("request.headers.content-length") == String(attempt.string("request.body")?.utf8.count ?? -1)
        )
        #expect(attempt.int("response.status") == 200)
        #expect(attempt.string("response.body") == "answer 200")
        #expect(attempt.at("latency_ms")?.numberValue != nil)
        #expect(attempt.at("error")?.isNull == true)
        #expect(attempt.int("time") == Int64(charge.string("transaction.created") ?? ""))
    }

    @Test func replay_SendsTheSameObjectAgain_ReSigned_AndLeavesPostAlone() throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        let original = try #require(sandbox.waitForCompletedAttempts(1, of: id).first?.string("id"))
        let replayed = sandbox.call(.post, "/_sandbox/webhooks/\(original)/replay")
        #expect(replayed.status == 200)
        let replayID = try #require(replayed.string("id"))
        #expect(replayID != original)
        #expect(replayed.string("replay_of") == original)
        let deliveries = sandbox.waitForCompletedAttempts(2, of: id)
        let replay = try #require(deliveries.first { $0.string("id") == replayID })
        #expect(replay.string("status") == "SUCCESS")
        #expect(receiver.requests.count == 2)
        #expect(receiver.requests[1].headers["hashstring"] == receiver.requests[0].headers["hashstring"])
        #expect(receiver.requests[1].body == receiver.requests[0].body)
        let fetched = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(fetched.string("post.status") == "SUCCESS")
        #expect(fetched.value("post.attempt")?.numberValue?.int64Value == 1)
    }

    @Test func replay_WithTamper_SendsAWrongSignature_OnceAndLogsItAsTampered() throws {
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        let original = try #require(sandbox.waitForCompletedAttempts(1, of: id).first?.string("id"))
        let replayed = sandbox.call(.post, "/_sandbox/webhooks/\(original)/replay", #"{"tamper":"signature"}"#)
        #expect(replayed.value("tampered") == .bool(true))
        let replayID = try #require(replayed.string("id"))
        sandbox.waitForCompletedAttempts(2, of: id)
        sandbox.advance(seconds: 60)
        let tampered = try #require(sandbox.deliveries(of: id).first { $0.string("id") == replayID })
        #expect(tampered.string("status") == "ERROR")
        #expect(tampered.at("tampered") == .bool(true))
        #expect(tampered.at("attempts")?.arrayValue?.count == 1)
        #expect(tampered.int("attempts.0.response.status") == 401)
        let wrong = try #require(receiver.requests.last?.headers["hashstring"])
        #expect(wrong.count == 64)
        #expect(wrong != receiver.requests.first?.headers["hashstring"])
        #expect(tampered.string("attempts.0.request.headers.hashstring") == wrong)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("post.status") == "SUCCESS")
    }

    @Test func replay_OfAnotherAccountsDelivery_Is404WithAKey_AndWorksWithout() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url, key: Self.other).string("id"))
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id, key: Self.other).first?.string("id"))
        let refused = sandbox.call(.post, "/_sandbox/webhooks/\(delivery)/replay")
        #expect(refused.status == 404)
        #expect(refused.errorCode == "2102")
        #expect(sandbox.call(.post, "/_sandbox/webhooks/\(delivery)/replay", key: nil).status == 200)
    }

    @Test(arguments: [
        ("whd_nope", "{}", 404, "2102"),
        ("", #"{"tamper":"amount"}"#, 400, "1103"),
        ("", #"{"tamper":true}"#, 400, "1103"),
    ])
    func replay_RefusesUnknownDeliveriesAndTamperKinds(path: String, body: String, status: Int, code: String)
        throws
    {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id).first?.string("id"))
        let response = sandbox.call(.post, "/_sandbox/webhooks/\(path.isEmpty ? delivery : path)/replay", body)
        #expect(response.status == status)
        #expect(response.errorCode == code)
    }

    @Test func reset_ForgetsTheAccountsDeliveries() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        sandbox.waitForCompletedAttempts(1, of: id)
        sandbox.capturedCharge(postURL: receiver.url, key: Self.other)
        #expect(sandbox.call(.post, "/_sandbox/reset").status == 200)
        #expect(sandbox.deliveries().isEmpty)
        #expect(sandbox.deliveries(key: Self.other).count == 1)
    }
}
