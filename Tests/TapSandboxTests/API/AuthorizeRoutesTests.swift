import Testing

@testable import TapSandbox

@Suite struct AuthorizeRoutesTests {
    /// An AUTHORIZED authorize: a non-enrolled card without 3-D Secure settles at once (spec §12.2).
    static func authorized(_ sandbox: TestSandbox, _ overrides: [String: String] = [:]) throws -> TestResponse {
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let response = sandbox.call(
            .post, "/v2/authorize",
            TestSandbox.paymentBody(source: token, ["threeDSecure": "false"].merging(overrides) { $1 }))
        try #require(response.string("status") == "AUTHORIZED", "\(response.text)")
        return response
    }

    @Test func create_WithHostedSource_AnswersAnInitiatedAuthorize() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/authorize", TestSandbox.chargeBody(["auto": #"{"type":"VOID","time":100}"#]))
        #expect(response.status == 200)
        let id = try #require(response.string("id"))
        #expect(id.hasPrefix("auth_TS"))
        #expect(response.string("object") == "authorize")
        #expect(response.string("status") == "INITIATED")
        #expect(response.string("transaction.url")?.hasSuffix("/_sandbox/pay/\(id)") == true)
        #expect(response.string("auto.status") == "PENDING")
        #expect(response.string("auto.type") == "VOID")
        #expect(response.value("auto.time")?.numberValue?.text == "100")
        #expect(response.value("authorize_debit") == false)
        #expect(response.value("auto_reversed") == nil)
    }

    @Test func create_WithNonThreeDSecureCard_IsAuthorized_AndSchedulesItsAutoAction() throws {
        let sandbox = try TestSandbox()
        let response = try Self.authorized(sandbox, ["auto": #"{"type":"CAPTURE","time":2}"#])
        #expect(response.string("response.code") == "001")
        #expect(response.string("response.message") == "Authorized")
        #expect(response.string("auto.status") == "SCHEDULED")
        #expect(response.string("transaction.authorization_id")?.count == 6)
    }

    @Test(arguments: [
        (#"{"type":"LATER","time":1}"#, "1152"), (#"{"time":1}"#, "1152"), (#""VOID""#, "1152"),
        (#"{"type":"VOID","time":0}"#, "1153"), (#"{"type":"VOID","time":169}"#, "1153"),
        (#"{"type":"VOID"}"#, "1153"), (#"{"type":"CAPTURE","time":"1.5"}"#, "1153"),
    ])
    func create_InvalidAuto_HasTapsCode(auto: String, code: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/authorize", TestSandbox.chargeBody(["auto": auto]))
        #expect(response.status == 400)
        #expect(response.errorCode == code)
        #expect(sandbox.storedCount(.authorize) == 0)
    }

    @Test func create_AutoTypeAUTO_IsReadAsCapture() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/authorize", TestSandbox.chargeBody(["auto": #"{"type":"auto","time":"168"}"#]))
        #expect(response.string("auto.type") == "CAPTURE")
    }

    @Test func retrieve_And_Update_WorkOnAuthorizes() throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(.post, "/v2/authorize", TestSandbox.chargeBody(["metadata": #"{"udf1":"a"}"#]))
        let id = try #require(created.string("id"))
        let fetched = sandbox.call(.get, "/v2/authorize/\(id)")
        #expect(fetched.status == 200)
        #expect(fetched.string("method") == "GET")
        #expect(fetched.string("reference.payment") == created.string("reference.payment"))
        let updated = sandbox.call(
            .put, "/v2/authorize/\(id)/", #"{"description":"d","metadata":{"udf2":"b"},"receipt":{"sms":true}}"#)
        #expect(updated.status == 200)
        #expect(updated.string("method") == "UPDATE")
        #expect(updated.string("description") == "d")
        #expect(updated.string("metadata.udf1") == "a")
        #expect(updated.string("metadata.udf2") == "b")
        #expect(updated.value("receipt.sms") == true)
        #expect(sandbox.call(.get, "/v2/charges/\(id)").errorCode == "1144")
    }

    @Test(arguments: [
        (HTTPMethod.get, "/v2/authorize/auth_nope"), (.put, "/v2/authorize/auth_nope"),
        (.post, "/v2/authorize/auth_nope/void"),
    ])
    func unknownAuthorize_Is404With1115(method: HTTPMethod, path: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(method, path, "{}")
        #expect(response.status == 404)
        #expect(response.errorCode == "1115")
        #expect(response.string("errors.0.description") == "Authorize not found")
    }

    @Test(arguments: [nil, "", "[]", "{}", "{\"authorize_id\":null}", "AUTHORIZE_ID"])
    func void_AcceptsEveryBodyTapClientsSend(body: String?) throws {
        let sandbox = try TestSandbox()
        let authorize = try Self.authorized(sandbox, ["auto": #"{"type":"CAPTURE","time":1}"#])
        let id = try #require(authorize.string("id"))
        let voidBody = body == "AUTHORIZE_ID" ? #"{"authorize_id":"\#(id)"}"# : body
        let response = sandbox.call(.post, "/v2/authorize/\(id)/void", voidBody)
        #expect(response.status == 200, "\(response.text)")
        #expect(response.string("status") == "VOID")
        #expect(response.string("response.code") == "601")
        #expect(response.string("response.message") == "Void")
        #expect(response.string("auto.status") == "CANCELLED")
        #expect(response.string("method") == "VOID")
        let statuses = response.value("activities")?.arrayValue?.compactMap { $0["status"]?.stringValue }
        #expect(statuses == ["INITIATED", "AUTHORIZED", "VOID"])
        #expect(sandbox.call(.get, "/v2/authorize/\(id)").string("status") == "VOID")
    }

    @Test func void_Twice_Is1114() throws {
        let sandbox = try TestSandbox()
        let id = try #require(try Self.authorized(sandbox).string("id"))
        #expect(sandbox.call(.post, "/v2/authorize/\(id)/void").status == 200)
        let again = sandbox.call(.post, "/v2/authorize/\(id)/void")
        #expect(again.status == 400)
        #expect(again.errorCode == "1114")
        #expect(again.string("errors.0.description") == "Please check the Authorize status")
    }

    @Test func void_OfAnInitiatedAuthorize_Is1114() throws {
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.call(.post, "/v2/authorize", TestSandbox.chargeBody()).string("id"))
        let response = sandbox.call(.post, "/v2/authorize/\(id)/void", "{}")
        #expect(response.errorCode == "1114")
        #expect(sandbox.call(.get, "/v2/authorize/\(id)").string("status") == "INITIATED")
    }

    @Test func void_WithAnotherAuthorizeIDInTheBody_Is1113() throws {
        let sandbox = try TestSandbox()
        let id = try #require(try Self.authorized(sandbox).string("id"))
        let response = sandbox.call(.post, "/v2/authorize/\(id)/void", #"{"authorize_id":"auth_other"}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == "1113")
        #expect(sandbox.call(.get, "/v2/authorize/\(id)").string("status") == "AUTHORIZED")
    }

    @Test func void_OfAnotherAccountsAuthorize_Is404() throws {
        let sandbox = try TestSandbox()
        let id = try #require(try Self.authorized(sandbox).string("id"))
        let response = sandbox.call(.post, "/v2/authorize/\(id)/void", key: "sk_test_Other1")
        #expect(response.status == 404)
        #expect(sandbox.call(.get, "/v2/authorize/\(id)").string("status") == "AUTHORIZED")
    }

    @Test func void_MalformedBody_Is1103() throws {
        let sandbox = try TestSandbox()
        let id = try #require(try Self.authorized(sandbox).string("id"))
        #expect(sandbox.call(.post, "/v2/authorize/\(id)/void", "{").errorCode == "1103")
        #expect(sandbox.call(.get, "/v2/authorize/\(id)").string("status") == "AUTHORIZED")
    }
}
