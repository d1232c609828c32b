import Testing

@testable import TapSandbox

/// Saved-card tokens (spec §7.1) and `save_card` on charges (spec §4.4, §7.3), end to end.
@Suite struct SavedCardTokenTests {
    static let customer = #"{"first_name":"Sara","email":"sara@example.com"}"#

    /// Pays with a fresh token and `save_card: true`; returns the charge.
    func chargeSavingTheCard(_ sandbox: TestSandbox, number: String = "5123450000000008") -> TestResponse {
        sandbox.charge(token: sandbox.token(number: number), ["save_card": "true", "customer": Self.customer])
    }

    func savedCardTokenBody(card: String, customer: String) -> String {
        #"{"saved_card":{"card_id":"\#(card)","customer_id":"\#(customer)"},"client_ip":"10.1.1.1"}"#
    }

    @Test func saveCard_OnACapturedCharge_SavesTheCard_AndShowsTheAgreement() throws {
        let sandbox = try TestSandbox()
        let charge = chargeSavingTheCard(sandbox)
        #expect(charge.string("status") == "CAPTURED")
        #expect(charge.value("save_card") == true)
        let card = try #require(charge.string("card.id"))
        let customer = try #require(charge.string("customer.id"))
        #expect(card.hasPrefix("card_"))
        let chargeID = try #require(charge.string("id"))
        #expect(charge.string("payment_agreement.id")?.hasPrefix("payment_agreement_") == true)
        #expect(charge.string("payment_agreement.type") == "UNSCHEDULED")
        #expect(charge.value("payment_agreement.total_payments_count")?.numberValue?.text == "1")
        #expect(charge.string("payment_agreement.contract.id") == card)
        #expect(charge.string("payment_agreement.contract.customer_id") == customer)
        #expect(charge.string("payment_agreement.contract.type") == "SAVED_CARD")
        #expect(charge.string("payment_agreement.metadata.txn_type") == "CHARGE")
        #expect(charge.string("payment_agreement.metadata.txn_id") == chargeID)
        #expect(charge.string("payment_agreement.metadata.terminal_id")?.hasPrefix("ter_") == true)
        let fetched = sandbox.call(.get, "/v2/charges/\(chargeID)")
        #expect(fetched.string("card.id") == card)
        #expect(fetched.value("payment_agreement") == charge.value("payment_agreement"))
        let cards = sandbox.call(.get, "/v2/card/\(customer)")
        #expect(cards.string("data.0.id") == card)
        #expect(cards.string("data.0.last_four") == "0008")
        #expect(cards.string("data.0.customer") == customer)
    }

    @Test func saveCard_OnADeclinedCharge_SavesNothing() throws {
        let sandbox = try TestSandbox()
        let charge = sandbox.charge(
            token: sandbox.token(month: 5, year: 2022), ["save_card": "true", "customer": Self.customer])
        #expect(charge.string("status") == "DECLINED")
        #expect(charge.string("card.id") == nil)
        #expect(charge.value("payment_agreement") == nil)
        let customer = try #require(charge.string("customer.id"))
        #expect(sandbox.call(.get, "/v2/card/\(customer)").value("data")?.arrayValue?.isEmpty == true)
    }

    @Test func withoutSaveCard_NoCardIsSaved() throws {
        let sandbox = try TestSandbox()
        let charge = sandbox.charge(token: sandbox.token(), ["customer": Self.customer])
        #expect(charge.string("status") == "CAPTURED")
        #expect(charge.string("card.id") == nil)
        #expect(charge.value("payment_agreement") == nil)
    }

    @Test func savedCardToken_PaysASecondCharge() throws {
        let sandbox = try TestSandbox()
        let first = chargeSavingTheCard(sandbox)
        let card = try #require(first.string("card.id"))
        let customer = try #require(first.string("customer.id"))
        let token = sandbox.call(.post, "/v2/tokens", savedCardTokenBody(card: card, customer: customer))
        #expect(token.status == 200)
        #expect(token.string("type") == "SAVED_CARD")
        #expect(token.string("card.id") == card)
        #expect(token.string("card.customer") == customer)
        #expect(token.string("card.last_four") == "0008")
        #expect(token.string("client_ip") == "10.1.1.1")
        let tokenID = try #require(token.string("id"))
        let second = sandbox.charge(token: tokenID, ["customer": #"{"id":"\#(customer)"}"#])
        #expect(second.string("status") == "CAPTURED")
        #expect(second.string("card.id") == card)
        #expect(second.string("card.first_six") == "512345")
        #expect(second.string("source.id") == tokenID)
        #expect(second.string("customer.id") == customer)
        #expect(sandbox.charge(token: tokenID, ["customer": #"{"id":"\#(customer)"}"#]).errorCode == "1126")
    }

    @Test func savedCardToken_KeepsTheCardsEnrolment() throws {
        let sandbox = try TestSandbox()
        let first = chargeSavingTheCard(sandbox, number: "4012000033330026")
        let card = try #require(first.string("card.id"))
        let customer = try #require(first.string("customer.id"))
        let token = sandbox.call(.post, "/v2/tokens", savedCardTokenBody(card: card, customer: customer))
        let tokenID = try #require(token.string("id"))
        let charge = sandbox.charge(token: tokenID, ["customer": #"{"id":"\#(customer)"}"#, "threeDSecure": "true"])
        #expect(charge.string("status") == "DECLINED")
        #expect(charge.string("response.code") == "504")
    }

    @Test func savedCardToken_PaysOnlyForItsCustomer() throws {
        let sandbox = try TestSandbox()
        let first = chargeSavingTheCard(sandbox)
        let card = try #require(first.string("card.id"))
        let customer = try #require(first.string("customer.id"))
        let other = sandbox.customer(#"{"first_name":"Other","email":"other@example.com"}"#)
        func token() -> String {
            sandbox.call(.post, "/v2/tokens", savedCardTokenBody(card: card, customer: customer)).string("id") ?? ""
        }
        let withoutID = sandbox.charge(token: token(), ["customer": Self.customer])
        #expect(withoutID.status == 400)
        #expect(withoutID.errorCode == "1104")
        let wrongCustomer = sandbox.charge(token: token(), ["customer": #"{"id":"\#(other)"}"#])
        #expect(wrongCustomer.status == 400)
        #expect(wrongCustomer.errorCode == "1107")
        let otherAccount = sandbox.charge(
            token: token(), ["customer": #"{"id":"\#(customer)"}"#], key: "sk_test_Other1")
        #expect(otherAccount.errorCode == "1106")
    }

    @Test func savedCardToken_NeedsTheSecretKeyOfTheCardsAccount() throws {
        let sandbox = try TestSandbox()
        let first = chargeSavingTheCard(sandbox)
        let card = try #require(first.string("card.id"))
        let customer = try #require(first.string("customer.id"))
        let body = savedCardTokenBody(card: card, customer: customer)
        let publishable = sandbox.call(.post, "/v2/tokens", body, key: TestSandbox.publishableKey)
        #expect(publishable.status == 401)
        #expect(publishable.errorCode == "2106")
        let otherAccount = sandbox.call(.post, "/v2/tokens", body, key: "sk_test_Other1")
        #expect(otherAccount.status == 400)
        #expect(otherAccount.errorCode == "1106")
    }

    @Test(arguments: [
        (#"{"saved_card":{"card_id":"card_x"}}"#, "1104"),
        (#"{"saved_card":{"customer_id":"CUSTOMER"}}"#, "1103"),
        (#"{"saved_card":{"card_id":"card_x","customer_id":"cus_missing"}}"#, "1106"),
        (#"{"saved_card":{"card_id":"card_x","customer_id":"CUSTOMER"}}"#, "1125"),
    ])
    func savedCardToken_RefusesBadReferences(body: String, code: String) throws {
        let sandbox = try TestSandbox()
        let customer = sandbox.customer()
        let response = sandbox.call(.post, "/v2/tokens", body.replacingOccurrences(of: "CUSTOMER", with: customer))
        #expect(response.status == 400)
        #expect(response.errorCode == code)
    }

    @Test func savedCardToken_OfAnExpiredCard_Is4101() throws {
        let sandbox = try TestSandbox()
        let first = sandbox.charge(
            token: sandbox.token(month: 12, year: 2026), ["save_card": "true", "customer": Self.customer])
        let card = try #require(first.string("card.id"))
        let customer = try #require(first.string("customer.id"))
        sandbox.time.advance(byMilliseconds: 120 * 86_400_000)
        let token = sandbox.call(.post, "/v2/tokens", savedCardTokenBody(card: card, customer: customer))
        #expect(token.status == 400)
        #expect(token.errorCode == "4101")
    }
}
