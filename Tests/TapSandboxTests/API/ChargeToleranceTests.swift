import Testing

@testable import TapSandbox

/// What real Tap clients send that a strict reading would refuse (CONTRACT.md §3, spec §1.2).
@Suite struct ChargeToleranceTests {
    @Test(arguments: [
        (#""1.5""#, "1.500"), ("1.5", "1.500"), ("1.50000", "1.500"), ("15e-1", "1.500"), (#""2""#, "2.000"),
    ])
    func amount_AsNumberOrNumericString_IsExact(amount: String, rendered: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(["amount": amount]))
        #expect(response.status == 200)
        #expect(response.value("amount")?.numberValue?.text == rendered)
        #expect(response.value("transaction.amount")?.numberValue?.text == rendered)
    }

    @Test(arguments: ["threeDsecure", "threeDSecure"])
    func threeDSecure_IsReadInBothSpellings(key: String) throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let response = sandbox.call(.post, "/v2/charges", TestSandbox.paymentBody(source: token, [key: #""false""#]))
        // With 3-D Secure on (the default), this card would be DECLINED 504.
        #expect(response.string("status") == "CAPTURED")
        #expect(response.value("threeDSecure") == false)
    }

    @Test func formURLEncodedBody_WithPHPBrackets_IsReadAsJSON() throws {
        let sandbox = try TestSandbox()
        let form =
            "amount=1.5&currency=KWD&source%5Bid%5D=src_all&customer[first_name]=Test"
            + "&customer[phone][country_code]=965&customer[phone][number]=51234567"
            + "&redirect[url]=http%3A%2F%2F127.0.0.1%3A9%2Freturn&reference[order]=ord+9&metadata[udf1]=x"
            + "&threeDSecure=true&save_card=false"
        let response = sandbox.call(
            .post, "/v2/charges", bytes: Array(form.utf8), contentType: "application/x-www-form-urlencoded")
        #expect(response.status == 200, "\(response.text)")
        #expect(response.string("status") == "INITIATED")
        #expect(response.string("customer.phone.country_code") == "965")
        #expect(response.string("reference.order") == "ord 9")
        #expect(response.string("metadata.udf1") == "x")
    }

    @Test func jsonBody_LabelledAsAForm_IsReadAsJSON() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/charges", bytes: Array(TestSandbox.chargeBody().utf8),
            contentType: "application/x-www-form-urlencoded")
        #expect(response.status == 200)
    }

    @Test(arguments: ["/v2/charges/", "/v2/authorize/"])
    func trailingSlash_IsTolerated(path: String) throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(.post, path, TestSandbox.chargeBody())
        #expect(created.status == 200)
        let id = try #require(created.string("id"))
        #expect(sandbox.call(.get, path + id + "/").string("id") == id)
    }

    @Test func bodyOnGET_IsIgnored() throws {
        let sandbox = try TestSandbox()
        let id = try #require(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id"))
        for body in ["{}", "{not json", "[]", #"{"amount":-1}"#] {
            #expect(sandbox.call(.get, "/v2/charges/\(id)", body).status == 200)
        }
    }

    @Test func unknownFields_AreIgnored() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/charges",
            TestSandbox.chargeBody([
                "hashstring": #""abc""#, "platform": #"{"id":"commerce_platform_x"}"#,
                "merchant": #"{"id":""}"#, "future_field": #"{"nested":[1,{"a":null}]}"#,
                "destinations": #"{"destination":[]}"#,
            ]))
        #expect(response.status == 200)
        #expect(response.value("future_field") == nil)
    }

    @Test func phoneNumbers_AsJSONNumbers_AreEchoedAsStrings() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/charges",
            TestSandbox.chargeBody([
                "customer": #"{"first_name":"T","phone":{"country_code":965,"number":51234567}}"#
            ]))
        #expect(response.status == 200)
        #expect(response.value("customer.phone.country_code") == "965")
        #expect(response.value("customer.phone.number") == "51234567")
    }

    @Test func flagsAndCurrency_AreReadLoosely() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/charges",
            TestSandbox.chargeBody([
                "currency": #""kwd""#, "save_card": #""false""#, "customer_initiated": #""true""#,
                "receipt": #"{"email":"true","sms":0}"#,
            ]))
        #expect(response.status == 200)
        #expect(response.string("currency") == "KWD")
        #expect(response.value("receipt.email") == true)
        #expect(response.value("receipt.sms") == false)
    }
}
