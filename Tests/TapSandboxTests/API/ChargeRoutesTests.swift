import Testing

@testable import TapSandbox

@Suite struct ChargeRoutesTests {
    @Test func create_WithHostedSource_AnswersInitiatedWithAPaymentURL() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        #expect(response.status == 200)
        let id = try #require(response.string("id"))
        #expect(id.hasPrefix("chg_TS"))
        #expect(response.string("status") == "INITIATED")
        #expect(response.string("response.code") == "100")
        #expect(response.string("transaction.url") == "http://127.0.0.1:\(sandbox.port)/_sandbox/pay/\(id)")
        #expect(response.value("amount")?.numberValue?.text == "1.500")
        #expect(response.string("reference.order") == "ord_1")
        #expect(response.string("reference.transaction") == "txn_1")
        #expect(response.string("customer.id")?.hasPrefix("cus_") == true)
        #expect(response.value("live_mode") == false)
        #expect(response.string("api_version") == "V2")
        #expect(response.string("method") == "CREATE")
        let created = try #require(response.string("transaction.created"))
        #expect(Int64(created) == sandbox.time.nowMilliseconds())
        #expect(response.headers["tap-sandbox-version"] == SandboxVersion.current)
    }

    @Test func retrieve_ReturnsTheSameObject_WithFixedGatewayReferences() throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        let id = try #require(created.string("id"))
        let fetched = sandbox.call(.get, "/v2/charges/\(id)/")
        #expect(fetched.status == 200)
        #expect(fetched.string("method") == "GET")
        #expect(fetched.string("reference.gateway") == created.string("reference.gateway"))
        #expect(fetched.string("reference.payment") == created.string("reference.payment"))
        #expect(fetched.string("transaction.created") == created.string("transaction.created"))
    }

    @Test func retrieve_UnknownCharge_Is404With1144() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.get, "/v2/charges/chg_nope")
        #expect(response.status == 404)
        #expect(response.errorCode == "1144")
        #expect(response.string("errors.0.description") == "Charge not found")
    }

    @Test func update_MergesMetadata_AndChangesDescription() throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(["metadata": #"{"udf1":"a","udf2":"b"}"#]))
        let id = try #require(created.string("id"))
        let updated = sandbox.call(.put, "/v2/charges/\(id)", #"{"description":"new","metadata":{"udf2":"B","udf3":"c"},"amount":999}"#)
        #expect(updated.status == 200)
        #expect(updated.string("description") == "new")
        #expect(updated.string("metadata.udf1") == "a")
        #expect(updated.string("metadata.udf2") == "B")
        #expect(updated.string("metadata.udf3") == "c")
        #expect(updated.value("amount")?.numberValue?.text == "1.500")
    }

    @Test func accounts_AreIsolatedByKey() throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        let id = try #require(created.string("id"))
        let other = sandbox.call(.get, "/v2/charges/\(id)", key: "sk_test_SomeoneElse123")
        #expect(other.status == 404)
    }

    @Test(arguments: [
        (nil as String?, 401, "2107"),
        ("Bearer sk_test_", 401, "2104"),
        ("Bearer sk_test_abc-def", 401, "2104"),
        ("Basic sk_test_abc", 401, "2104"),
        ("Bearer pk_test_EtHFV4BuPQokJT6jiROls87Y", 401, "2106"),
        ("Bearer sk_live_abcdef", 401, "1101"),
        ("Bearer pk_live_abcdef", 401, "1101"),
    ])
    func authentication_FailuresHaveTapsCodes(header: String?, status: Int, code: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/charges", TestSandbox.chargeBody(), key: nil,
            headers: header.map { ["authorization": $0] } ?? [:])
        #expect(response.status == status)
        #expect(response.errorCode == code)
    }

    @Test func exactBodies_OfTheTwoCommonAuthenticationErrors() throws {
        let sandbox = try TestSandbox()
        #expect(sandbox.call(.get, "/v2/charges/x", key: nil).text
            == #"{"errors":[{"code":"2107","description":"Authorization Required"}]}"#)
        #expect(sandbox.call(.get, "/v2/charges/x", key: "nope").text
            == #"{"errors":[{"code":"2104","description":"Invalid API Key"}]}"#)
    }

    @Test func unknownRoute_And_WrongMethod_AreEnveloped() throws {
        let sandbox = try TestSandbox()
        let missing = sandbox.call(.get, "/v2/nothing")
        #expect(missing.status == 404)
        #expect(missing.errorCode != nil)
        let wrong = sandbox.call(.delete, "/v2/charges")
        #expect(wrong.status == 405)
        #expect(wrong.headers["allow"] == "POST")
    }
}
