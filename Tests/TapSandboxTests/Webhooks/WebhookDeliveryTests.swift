import Testing

@testable import TapSandbox

/// Live deliveries to in-process receivers (CONTRACT.md §7). Waiting for an attempt polls the delivery
/// log with a deadline; retries are driven by advancing the sandbox clock, never by sleeping.
@Suite(.timeLimit(.minutes(1))) struct WebhookDeliveryTests {
    @Test func capturedCharge_IsPostedToPostURL_WithTheObjectAsGETReturnsIt() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let created = sandbox.capturedCharge(postURL: receiver.url)
        #expect(created.string("status") == "CAPTURED")
        let id = try #require(created.string("id"))
        let deliveries = sandbox.waitForDeliveries(of: id) { $0.first?.string("status") == "SUCCESS" }
        #expect(deliveries.count == 1)
        #expect(deliveries.first?.string("status") == "SUCCESS")

        let request = try #require(receiver.requests.first)
        #expect(receiver.requests.count == 1)
        #expect(request.method == .post)
        #expect(request.path == "/hook")
        #expect(request.headers["content-type"] == "application/json")
        #expect(request.headers["user-agent"] == WebhookMessage.userAgent)
        let posted = try JSONParser.parse(request.body)
        #expect(posted.string("method") == "POST")
        #expect(posted.int("post.attempt") == 1)
        #expect(posted.string("post.status") == "PENDING")
        #expect(posted.string("post.url") == receiver.url)

        // The body is the object as GET returns it, but for `method` and `post` (spec §9.1).
        let fetched = sandbox.call(.get, "/v2/charges/\(id)")
        let fetchedJSON = try #require(fetched.json)
        #expect(Self.withoutMethodAndPost(posted) == Self.withoutMethodAndPost(fetchedJSON))
        #expect(fetched.string("post.status") == "SUCCESS")
        #expect(fetched.value("post.attempt")?.numberValue?.int64Value == 1)
    }

    @Test func hashstring_IsRecomputedFromTheReceivedBody_AndFromGET() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        sandbox.waitForCompletedAttempts(1, of: id)
        let request = try #require(receiver.requests.first)
        let header = try #require(request.headers["hashstring"])
        #expect(header.count == 64 && header.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(WebhookCheck.signature(of: request.body, key: TestSandbox.key) == header)
        let fetched = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(WebhookCheck.signature(of: fetched.body, key: TestSandbox.key) == header)
        #expect(WebhookCheck.signature(of: request.body, key: "sk_test_SomeoneElse123") != header)
        // The log records the exact headers and bytes that were sent.
        let logged = try #require(sandbox.deliveries(of: id).first)
        #expect(logged.string("attempts.0.request.headers.hashstring") == header)
        #expect(logged.string("attempts.0.request.body") == String(decoding: request.body, as: UTF8.self))
    }

    // Spec §9.2: the amount is signed with the currency's decimals, whatever the request said.
    @Test(arguments: [
        ("1.5", "KWD", "1.500"), ("0.25", "BHD", "0.250"), ("10", "SAR", "10.00"), ("7.1", "USD", "7.10"),
    ])
    func hashstring_FormatsTheAmountWithTheCurrencysDecimals(amount: String, currency: String, signed: String)
        throws
    {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let created = sandbox.capturedCharge(postURL: receiver.url, amount: amount, currency: currency)
        let id = try #require(created.string("id"))
        sandbox.waitForCompletedAttempts(1, of: id)
        let header = try #require(receiver.requests.first?.headers["hashstring"])
        let message =
            "x_id\(id)x_amount\(signed)x_currency\(currency)"
            + "x_gateway_reference\(created.string("reference.gateway") ?? "")"
            + "x_payment_reference\(created.string("reference.payment") ?? "")"
            + "x_statusCAPTUREDx_created\(created.string("transaction.created") ?? "")"
        #expect(HMACSHA256.hex(key: TestSandbox.key, message: message) == header)
    }

    @Test func failedDelivery_IsRetriedOnTheSandboxClock_UntilA2xx() throws {
        let receiver = try WebhookReceiver([.status(500), .status(500), .status(200)])
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        var delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id).first)
        let created = try #require(delivery.int("created"))
        #expect(delivery.string("status") == "SCHEDULED")
        #expect(delivery.int("attempts.0.response.status") == 500)
        #expect(delivery.string("attempts.0.error")?.contains("500") == true)
        #expect(delivery.int("next_retry") == created + 1_000)
        let pending = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(pending.string("post.status") == "PENDING")
        #expect(pending.value("post.attempt")?.numberValue?.int64Value == 1)

        sandbox.advance(milliseconds: 999)
        #expect(sandbox.deliveries(of: id).first?.at("attempts")?.arrayValue?.count == 1)
        sandbox.advance(milliseconds: 1)
        delivery = try #require(sandbox.waitForCompletedAttempts(2, of: id).first)
        #expect(delivery.int("attempts.1.response.status") == 500)
        #expect(delivery.int("next_retry") == created + 1_000 + 5_000)

        sandbox.advance(seconds: 5)
        delivery = try #require(sandbox.waitForCompletedAttempts(3, of: id).first)
        #expect(delivery.string("status") == "SUCCESS")
        #expect(delivery.at("next_retry")?.isNull == true)
        let fetched = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(fetched.string("post.status") == "SUCCESS")
        #expect(fetched.value("post.attempt")?.numberValue?.int64Value == 3)
        let attempts = try receiver.requests.map { try JSONParser.parse($0.body).int("post.attempt") }
        #expect(attempts == [1, 2, 3])
    }

    @Test func delivery_IsMarkedError_AfterThreeFailedAttempts() throws {
        let receiver = try WebhookReceiver([.status(503)])
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        sandbox.waitForCompletedAttempts(1, of: id)
        sandbox.advance(seconds: 1)
        sandbox.waitForCompletedAttempts(2, of: id)
        sandbox.advance(seconds: 5)
        let delivery = try #require(sandbox.waitForCompletedAttempts(3, of: id).first)
        #expect(delivery.string("status") == "ERROR")
        #expect(delivery.at("next_retry")?.isNull == true)
        let fetched = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(fetched.string("post.status") == "ERROR")
        #expect(fetched.value("post.attempt")?.numberValue?.int64Value == 3)
        sandbox.advance(seconds: 3_600)
        #expect(sandbox.deliveries(of: id).first?.at("attempts")?.arrayValue?.count == 3)
        #expect(receiver.requests.count == 3)
    }

    @Test func retryDelays_FollowTheFlag_AndNoneMeansOneAttempt() throws {
        let receiver = try WebhookReceiver([.status(500)])
        let sandbox = try TestSandbox { $0.webhookRetryDelaysMs = [] }
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id).first)
        #expect(delivery.string("status") == "ERROR")
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("post.status") == "ERROR")
    }

    @Test func redirect_IsAFailedDelivery_AndTheLogSaysWhy() throws {
        let receiver = try WebhookReceiver([.redirect("http://127.0.0.1:9/elsewhere")])
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id).first)
        #expect(delivery.int("attempts.0.response.status") == 302)
        #expect(
            delivery.string("attempts.0.error")?.contains("redirects to http://127.0.0.1:9/elsewhere are not followed")
                == true)
        #expect(delivery.string("status") == "SCHEDULED")
        #expect(receiver.requests.count == 1)
    }

    @Test func refusedConnection_IsLoggedAsAnError_WithoutAnAnswer() throws {
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: "http://127.0.0.1:9/hook").string("id"))
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: id).first)
        #expect(delivery.at("attempts.0.response")?.isNull == true)
        #expect(delivery.string("attempts.0.error")?.contains("refused") == true)
        #expect(delivery.at("attempts.0.request")?.isNull == true, "nothing was sent")
    }

    @Test func attemptOnTheWire_AlreadyShowsTheRequestTheReceiverGot() throws {
        let receiver = try WebhookReceiver([.hang])
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        // Read as soon as the receiver has the request, before it answers: the log must already hold it.
        let sending = sandbox.waitForDeliveries(of: id) { _ in receiver.requests.count == 1 }
        let received = try #require(receiver.requests.first)
        let delivery = try #require(sending.first)
        #expect(delivery.string("status") == "SENDING")
        #expect(delivery.string("attempts.0.request.body") == String(decoding: received.body, as: UTF8.self))
        #expect(delivery.string("attempts.0.request.headers.hashstring") == received.headers["hashstring"])
        receiver.stop()
    }

    @Test func noWebhook_ForInitiatedOrAbandoned_OrWithoutPostURL() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let pending = sandbox.call(
            .post, "/v2/charges", TestSandbox.chargeBody(["post": #"{"url":"\#(receiver.url)"}"#]))
        #expect(pending.string("status") == "INITIATED")
        let id = try #require(pending.string("id"))
        sandbox.advance(seconds: 31 * 60)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "ABANDONED")
        let plain = sandbox.call(
            .post, "/v2/charges",
            TestSandbox.chargeBody([
                "source": #"{"id":"\#(sandbox.insertToken())"}"#, "threeDSecure": "false",
            ]))
        #expect(plain.string("status") == "CAPTURED")
        #expect(sandbox.deliveries().isEmpty)
        #expect(receiver.requests.isEmpty)
    }

    static func withoutMethodAndPost(_ value: JSONValue) -> JSONValue {
        guard let object = value.objectValue else { return value }
        return .object(JSONObject(object.filter { $0.key != "method" && $0.key != "post" }.map { ($0.key, $0.value) }))
    }
}
