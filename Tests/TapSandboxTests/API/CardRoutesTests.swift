import Testing

@testable import TapSandbox

@Suite struct CardRoutesTests {
    /// A customer with one card saved from a fresh token: (customer id, card id).
    func savedCard(in sandbox: TestSandbox, number: String = "4508750015741019") throws -> (String, String) {
        let customer = sandbox.customer()
        let saved = sandbox.call(.post, "/v2/card/\(customer)", #"{"source":"\#(sandbox.token(number: number))"}"#)
        return (customer, try #require(saved.string("id")))
    }

    @Test func save_AnswersTheSavedCard_AndSpendsTheToken() throws {
        let sandbox = try TestSandbox()
        let customer = sandbox.customer()
        let token = sandbox.token(number: "4508750015741019")
        let saved = sandbox.call(.post, "/v2/card/\(customer)", #"{"source":"\#(token)"}"#)
        #expect(saved.status == 200)
        #expect(saved.string("id")?.hasPrefix("card_") == true)
        #expect(saved.value("created")?.numberValue?.int64Value == sandbox.time.nowMilliseconds())
        #expect(saved.string("object") == "card")
        #expect(saved.value("live_mode") == false)
        #expect(saved.string("customer") == customer)
        #expect(saved.string("funding") == "CREDIT")
        #expect(saved.string("fingerprint") == sandbox.call(.get, "/v2/tokens/\(token)").string("card.fingerprint"))
        #expect(saved.string("brand") == "VISA")
        #expect(saved.string("scheme") == "VISA")
        #expect(saved.string("name") == "Test User")
        #expect(saved.value("exp_month")?.numberValue?.text == "1")
        #expect(saved.value("exp_year")?.numberValue?.text == "39")
        #expect(saved.string("last_four") == "1019")
        #expect(saved.string("first_six") == "450875")
        #expect(sandbox.call(.get, "/v2/tokens/\(token)").value("used") == true)
        let again = sandbox.call(.post, "/v2/card/\(customer)", #"{"source":{"id":"\#(token)"}}"#)
        #expect(again.status == 400)
        #expect(again.errorCode == "1126")
    }

    @Test func save_TheSameCardTwice_KeepsOneCard() throws {
        let sandbox = try TestSandbox()
        let (customer, card) = try savedCard(in: sandbox)
        let token = sandbox.token(number: "4508750015741019")
        let again = sandbox.call(.post, "/v2/card/\(customer)", #"{"source":"\#(token)"}"#)
        #expect(again.string("id") == card)
        #expect(sandbox.call(.get, "/v2/card/\(customer)").value("data")?.arrayValue?.count == 1)
    }

    @Test(arguments: [
        (#"{}"#, 400, "1124"), (#"{"source":""}"#, 400, "1124"), (#"{"source":"tok_missing"}"#, 400, "1125"),
        (#"{"source":{"id":"tok_missing"}}"#, 400, "1125"), (#"{"source":["x"]}"#, 400, "1124"),
    ])
    func save_RefusesBadSources(body: String, status: Int, code: String) throws {
        let sandbox = try TestSandbox()
        let customer = sandbox.customer()
        let response = sandbox.call(.post, "/v2/card/\(customer)", body)
        #expect(response.status == status)
        #expect(response.errorCode == code)
    }

    @Test func save_ForAnUnknownCustomer_Is404_AndLeavesTheTokenUnused() throws {
        let sandbox = try TestSandbox()
        let token = sandbox.token()
        let response = sandbox.call(.post, "/v2/card/cus_missing", #"{"source":"\#(token)"}"#)
        #expect(response.status == 404)
        #expect(response.errorCode == "1106")
        #expect(sandbox.call(.get, "/v2/tokens/\(token)").value("used") == false)
    }

    @Test func save_AnExpiredToken_Is1125() throws {
        let sandbox = try TestSandbox()
        let customer = sandbox.customer()
        let token = sandbox.token()
        sandbox.time.advance(byMilliseconds: Token.lifetimeMs)
        #expect(sandbox.call(.post, "/v2/card/\(customer)", #"{"source":"\#(token)"}"#).errorCode == "1125")
    }

    @Test func list_ShowsTheCustomersCards_NewestFirst() throws {
        let sandbox = try TestSandbox()
        let (customer, first) = try savedCard(in: sandbox)
        let second = sandbox.call(.post, "/v2/card/\(customer)", #"{"source":"\#(sandbox.token())"}"#).string("id")
        let list = sandbox.call(.get, "/v2/card/\(customer)")
        #expect(list.status == 200)
        #expect(list.string("object") == "list")
        #expect(list.value("has_more") == false)
        #expect(list.string("data.0.id") == second)
        #expect(list.string("data.1.id") == first)
        #expect(list.string("data.0.last_four") == "0008")
    }

    @Test func list_OfACustomerWithoutCards_IsEmpty() throws {
        let sandbox = try TestSandbox()
        let list = sandbox.call(.get, "/v2/card/\(sandbox.customer())")
        #expect(list.text == #"{"object":"list","has_more":false,"data":[]}"#)
    }

    @Test func retrieve_AndDelete_OneCard() throws {
        let sandbox = try TestSandbox()
        let (customer, card) = try savedCard(in: sandbox)
        let fetched = sandbox.call(.get, "/v2/card/\(customer)/\(card)")
        #expect(fetched.status == 200)
        #expect(fetched.string("id") == card)
        let deleted = sandbox.call(.delete, "/v2/card/\(customer)/\(card)")
        #expect(deleted.text == #"{"deleted":true,"id":"\#(card)"}"#)
        let gone = sandbox.call(.get, "/v2/card/\(customer)/\(card)")
        #expect(gone.status == 404)
        #expect(gone.string("errors.0.description") == "Card not found")
        #expect(sandbox.call(.delete, "/v2/card/\(customer)/\(card)").status == 404)
        #expect(sandbox.call(.get, "/v2/card/\(customer)").value("data")?.arrayValue?.isEmpty == true)
    }

    @Test func cards_BelongToTheirCustomer_AndAccount() throws {
        let sandbox = try TestSandbox()
        let (customer, card) = try savedCard(in: sandbox)
        let stranger = sandbox.customer(#"{"first_name":"Other"}"#)
        #expect(sandbox.call(.get, "/v2/card/\(stranger)/\(card)").status == 404)
        #expect(sandbox.call(.delete, "/v2/card/\(stranger)/\(card)").status == 404)
        let other = "sk_test_Other1"
        #expect(sandbox.call(.get, "/v2/card/\(customer)", key: other).errorCode == "1106")
        #expect(sandbox.call(.get, "/v2/card/\(customer)/\(card)", key: other).status == 404)
        #expect(sandbox.call(.get, "/v2/card/\(customer)/\(card)").status == 200)
    }

    @Test func deletingTheCustomer_DeletesItsCards() throws {
        let sandbox = try TestSandbox()
        let (customer, card) = try savedCard(in: sandbox)
        #expect(sandbox.call(.delete, "/v2/customers/\(customer)").status == 200)
        #expect(sandbox.call(.get, "/v2/card/\(customer)/\(card)").errorCode == "1106")
        let token = sandbox.call(
            .post, "/v2/tokens", #"{"saved_card":{"card_id":"\#(card)","customer_id":"\#(customer)"}}"#)
        #expect(token.status == 400)
        #expect(token.errorCode == "1106")
    }
}
