import Testing

@testable import TapSandbox

/// Create, retrieve and update refunds (spec §6), full and partial, and how the charge shows them.
@Suite struct RefundRoutesTests {
    @Test func create_ReturnsAPendingRefund_InTheShapeOfSpec63() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        let created = sandbox.refund(
            charge, amount: "2",
            [
                "description": #""Test Description""#, "reference": #"{"merchant":"txn_0001"}"#,
                "metadata": #"{"udf1":"test1","udf2":"test2"}"#, "post": #"{"url":"http://127.0.0.1:9/post"}"#,
            ])
        #expect(created.status == 200)
        let id = try #require(created.string("id"))
        #expect(id.hasPrefix("re_TS"))
        #expect(created.string("object") == "refund")
        #expect(created.string("api_version") == "V2")
        #expect(created.value("live_mode") == false)
        #expect(created.string("method") == "CREATE")
        #expect(created.string("status") == "PENDING")
        #expect(created.value("amount")?.numberValue?.text == "2.000")
        #expect(created.string("currency") == "KWD")
        #expect(created.string("charge_id") == charge)
        #expect(created.string("created") == String(sandbox.time.nowMilliseconds()))
        #expect(created.string("description") == "Test Description")
        #expect(created.string("reason") == "requested_by_customer")
        #expect(created.string("reference.merchant") == "txn_0001")
        #expect(created.string("reference.gateway")?.count == 15)
        #expect(created.string("reference.payment")?.count == 19)
        #expect(created.string("response.code") == "100")
        #expect(created.string("response.message") == "Pending")
        #expect(created.string("metadata.udf2") == "test2")
        #expect(created.string("merchant_id") == sandbox.store.account(TestSandbox.key).merchant.id)
        #expect(created.string("post.status") == "PENDING")
        #expect(created.string("post.url") == "http://127.0.0.1:9/post")

        let fetched = sandbox.call(.get, "/v2/refunds/\(id)")
        #expect(fetched.string("method") == "GET")
        #expect(fetched.string("reference.gateway") == created.string("reference.gateway"))
        #expect(fetched.string("created") == created.string("created"))
    }

    @Test func fullRefund_RefundsTheWholeCharge_AndNothingMore() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10.5", currency: "USD")
        #expect(sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text == "0.00")
        let full = sandbox.refund(charge, amount: "10.50", currency: "USD")
        #expect(full.string("status") == "PENDING")
        #expect(full.value("amount")?.numberValue?.text == "10.50")
        let again = sandbox.refund(charge, amount: "0.01", currency: "USD")
        #expect(again.status == 400)
        #expect(again.errorCode == "1161")
        let fetched = sandbox.call(.get, "/v2/charges/\(charge)")
        #expect(fetched.value("refunded")?.numberValue?.text == "10.50")
        // Spec §15: the charge stays CAPTURED; its refunds are tracked separately.
        #expect(fetched.string("status") == "CAPTURED")
    }

    @Test func partialRefunds_AddUpToTheCharge() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10")
        for amount in ["3", "2.5", "4.499"] {
            #expect(sandbox.refund(charge, amount: amount).string("status") == "PENDING")
        }
        #expect(sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text == "9.999")
        let over = sandbox.refund(charge, amount: "0.002")
        #expect(over.errorCode == "1161")
        #expect(over.string("errors.0.description")?.hasPrefix("Requested refund amount exceeds") == true)
        #expect(over.string("errors.0.description")?.contains("KWD 0.001") == true)
        #expect(sandbox.refund(charge, amount: "0.001").string("status") == "PENDING")
        // Settled refunds keep counting.
        sandbox.advance(seconds: 5)
        #expect(sandbox.call(.get, "/v2/charges/\(charge)").value("refunded")?.numberValue?.text == "10.000")
        #expect(sandbox.refund(charge, amount: "0.001").errorCode == "1161")
    }

    @Test func refundOfACapture_RefundsTheCaptureCharge() throws {
        let sandbox = try TestSandbox()
        let authorize = try #require(AuthorizeRoutesTests.authorized(sandbox).string("id"))
        let capture = sandbox.call(
            .post, "/v2/charges", TestSandbox.paymentBody(source: authorize, ["amount": "1.5"]))
        let charge = try #require(capture.string("id"))
        #expect(capture.string("status") == "CAPTURED")
        #expect(sandbox.refund(charge, amount: "1.5").string("status") == "PENDING")
        #expect(sandbox.refund(authorize, amount: "1").errorCode == "1144")
    }

    @Test func retrieve_Returns404With1160_ForAnUnknownRefund() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.get, "/v2/refunds/re_TS00A0020260000abcd0101000")
        #expect(response.status == 404)
        #expect(response.errorCode == "1160")
        #expect(response.string("errors.0.description") == "Refund not found")
        #expect(sandbox.call(.put, "/v2/refunds/re_missing", #"{"description":"x"}"#).status == 404)
    }

    @Test func update_MergesMetadata_AndSetsTheDescription_OnlyThose() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID()
        let id = try #require(
            sandbox.refund(charge, ["metadata": #"{"udf1":"one","OrderNumber":"1"}"#]).string("id"))
        let updated = sandbox.call(
            .put, "/v2/refunds/\(id)",
            #"{"metadata":{"OrderNumber":"2","udf3":"three"},"description":"changed","amount":9,"reason":"x"}"#)
        #expect(updated.status == 200)
        #expect(updated.string("method") == "UPDATE")
        #expect(updated.string("metadata.udf1") == "one")
        #expect(updated.string("metadata.OrderNumber") == "2")
        #expect(updated.string("metadata.udf3") == "three")
        #expect(updated.string("description") == "changed")
        #expect(updated.value("amount")?.numberValue?.text == "1.000")
        #expect(updated.string("reason") == "requested_by_customer")
        #expect(sandbox.call(.get, "/v2/refunds/\(id)").string("metadata.OrderNumber") == "2")
        let tooLong = sandbox.call(.put, "/v2/refunds/\(id)", #"{"description":"\#(TestSandbox.text(1000))"}"#)
        #expect(tooLong.errorCode == "1121")
    }

    @Test func trailingSlash_AndFormBodies_AreAccepted() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID()
        let form = "charge_id=\(charge)&amount=1&currency=KWD&reason=duplicate&metadata[udf1]=a"
        let created = sandbox.call(
            .post, "/v2/refunds/", bytes: Array(form.utf8), contentType: "application/x-www-form-urlencoded")
        #expect(created.string("status") == "PENDING")
        #expect(created.string("metadata.udf1") == "a")
    }
}
