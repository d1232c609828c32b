import Testing

@testable import TapSandbox

/// Transitions driven by the account's sandbox clock (CONTRACT.md §5, §8), advanced instead of waited for.
@Suite struct ClockTransitionTests {
    @Test func initiatedCharge_IsAbandonedAfterThirtyMinutes() throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        let id = try #require(created.string("id"))
        sandbox.advance(seconds: 30 * 60 - 1)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "INITIATED")
        sandbox.advance(seconds: 1)
        let abandoned = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(abandoned.string("status") == "ABANDONED")
        #expect(abandoned.string("response.code") == "301")
        #expect(abandoned.value("transaction.url") == nil)
        let last = abandoned.value("activities")?.arrayValue?.last
        #expect(last?["status"] == "ABANDONED")
        let createdAt = try #require(Int64(created.string("transaction.created") ?? ""))
        #expect(last?["created"]?.numberValue?.int64Value == createdAt + 30 * 60_000)
    }

    @Test(arguments: [Payment.Kind.charge, .authorize])
    func expiryPeriod_SetsWhenTheObjectIsAbandoned(kind: Payment.Kind) throws {
        let sandbox = try TestSandbox()
        let body = TestSandbox.chargeBody(["transaction": #"{"expiry":{"period":5,"type":"MINUTE"}}"#])
        let created = sandbox.call(.post, TestCardOutcomeTests.path(kind), body)
        let id = try #require(created.string("id"))
        #expect(created.value("transaction.expiry.period")?.numberValue?.text == "5")
        let path = "\(TestCardOutcomeTests.path(kind))/\(id)"
        sandbox.advance(seconds: 5 * 60 - 1)
        #expect(sandbox.call(.get, path).string("status") == "INITIATED")
        sandbox.advance(seconds: 1)
        #expect(sandbox.call(.get, path).string("status") == "ABANDONED")
    }

    @Test func settledCharge_IsNotAbandoned() throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let id = try #require(
            sandbox.call(.post, "/v2/charges", TestSandbox.paymentBody(source: token, ["threeDSecure": "false"]))
                .string("id"))
        sandbox.advance(seconds: 3600)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").string("status") == "CAPTURED")
    }

    @Test func clocks_ArePerAccount() throws {
        let sandbox = try TestSandbox()
        let other = "sk_test_OtherClock1"
        let mine = try #require(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id"))
        let theirs = try #require(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), key: other).string("id"))
        sandbox.advance(seconds: 3600, key: other)
        #expect(sandbox.call(.get, "/v2/charges/\(mine)").string("status") == "INITIATED")
        #expect(sandbox.call(.get, "/v2/charges/\(theirs)", key: other).string("status") == "ABANDONED")
    }

    @Test func autoCapture_AfterItsHours_CapturesLikeAChargeWithTheAuthorizeAsSource() throws {
        let sandbox = try TestSandbox()
        let authorize = try AuthorizeRoutesTests.authorized(
            sandbox,
            [
                "auto": #"{"type":"CAPTURE","time":2}"#, "post": #"{"url":"http://127.0.0.1:9/hook"}"#,
                "metadata": #"{"udf1":"x"}"#,
            ])
        let id = try #require(authorize.string("id"))
        let authorizedAt = try #require(Int64(authorize.string("transaction.created") ?? ""))
        sandbox.advance(seconds: 2 * 3600 - 1)
        #expect(sandbox.call(.get, "/v2/authorize/\(id)").string("status") == "AUTHORIZED")
        #expect(sandbox.storedCount(.charge) == 0)
        sandbox.advance(seconds: 1)
        let after = sandbox.call(.get, "/v2/authorize/\(id)")
        #expect(after.string("status") == "CAPTURED")
        #expect(after.string("auto.status") == "CAPTURED")
        let list = sandbox.call(.post, "/v2/charges/list", #"{"sources":["\#(id)"]}"#)
        #expect(list.value("count") == 1)
        let charge = try #require(list.value("charges.0"))
        #expect(charge["status"] == "CAPTURED")
        #expect(charge["response"]?["code"] == "000")
        #expect(charge["amount"] == authorize.value("amount"))
        #expect(charge["customer"]?["id"] == authorize.value("customer.id"))
        #expect(charge["reference"]?["order"] == authorize.value("reference.order"))
        #expect(charge["metadata"]?["udf1"] == "x")
        #expect(charge["post"]?["url"] == "http://127.0.0.1:9/hook")
        #expect(charge["transaction"]?["created"]?.stringValue == String(authorizedAt + 2 * 3_600_000))
    }

    @Test func autoCapture_MatchesAManualCapture() throws {
        let sandbox = try TestSandbox()
        let auto = try #require(
            try AuthorizeRoutesTests.authorized(sandbox, ["auto": #"{"type":"CAPTURE","time":1}"#]).string("id"))
        let manual = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        let manualCharge = try #require(CaptureTests.capture(sandbox, manual).json?.objectValue)
        sandbox.advance(seconds: 3600)
        let autoCharge = try #require(
            sandbox.call(.post, "/v2/charges/list", #"{"sources":["\#(auto)"]}"#).value("charges.0")?.objectValue)
        // Everything but identity, time and method is the same.
        let varying: Set<String> = [
            "id", "method", "transaction", "reference", "activities", "source", "receipt", "security",
        ]
        #expect(autoCharge.keys == manualCharge.keys)
        for key in manualCharge.keys where !varying.contains(key) {
            #expect(autoCharge[key] == manualCharge[key], "\(key)")
        }
    }

    @Test func autoVoid_AfterItsHours_VoidsTheAuthorize() throws {
        let sandbox = try TestSandbox()
        let id = try #require(
            try AuthorizeRoutesTests.authorized(sandbox, ["auto": #"{"type":"VOID","time":1}"#]).string("id"))
        sandbox.advance(seconds: 3599)
        #expect(sandbox.call(.get, "/v2/authorize/\(id)").string("status") == "AUTHORIZED")
        sandbox.advance(seconds: 1)
        let after = sandbox.call(.get, "/v2/authorize/\(id)")
        #expect(after.string("status") == "VOID")
        #expect(after.string("response.code") == "601")
        #expect(after.string("auto.status") == "VOID")
        #expect(sandbox.storedCount(.charge) == 0)
    }

    @Test func autoAction_DoesNothing_AfterAManualVoidOrCapture() throws {
        let sandbox = try TestSandbox()
        let voided = try #require(
            try AuthorizeRoutesTests.authorized(sandbox, ["auto": #"{"type":"CAPTURE","time":1}"#]).string("id"))
        let captured = try #require(
            try AuthorizeRoutesTests.authorized(sandbox, ["auto": #"{"type":"VOID","time":1}"#]).string("id"))
        #expect(sandbox.call(.post, "/v2/authorize/\(voided)/void").string("auto.status") == "CANCELLED")
        #expect(CaptureTests.capture(sandbox, captured).string("status") == "CAPTURED")
        sandbox.advance(seconds: 2 * 3600)
        #expect(sandbox.call(.get, "/v2/authorize/\(voided)").string("status") == "VOID")
        #expect(sandbox.call(.get, "/v2/authorize/\(captured)").string("status") == "CAPTURED")
        #expect(sandbox.storedCount(.charge) == 1)
    }

    @Test func autoAction_OfAnAbandonedAuthorize_IsCancelled() throws {
        let sandbox = try TestSandbox()
        let id = try #require(
            sandbox.call(.post, "/v2/authorize", TestSandbox.chargeBody(["auto": #"{"type":"CAPTURE","time":1}"#]))
                .string("id"))
        sandbox.advance(seconds: 2 * 3600)
        let after = sandbox.call(.get, "/v2/authorize/\(id)")
        #expect(after.string("status") == "ABANDONED")
        #expect(after.string("auto.status") == "CANCELLED")
        #expect(sandbox.storedCount(.charge) == 0)
    }
}
