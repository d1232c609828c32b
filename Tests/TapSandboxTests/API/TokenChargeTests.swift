import Testing

@testable import TapSandbox

/// Charges paid with tokens of Tap's published test cards (spec §12.1, §12.2).
@Suite struct TokenChargeTests {
    struct Card: Sendable, CustomTestStringConvertible {
        var number: String
        var scheme: String
        var brand: String
        var status = "CAPTURED"

        var testDescription: String { number }
    }

    static let published: [Card] = [
        Card(number: "5123450000000008", scheme: "MASTERCARD", brand: "MASTERCARD"),
        Card(number: "5111111111111118", scheme: "MASTERCARD", brand: "MASTERCARD"),
        Card(number: "4508750015741019", scheme: "VISA", brand: "VISA"),
        Card(number: "4012000033330026", scheme: "VISA", brand: "VISA"),
        Card(number: "345678901234564", scheme: "AMERICAN_EXPRESS", brand: "AMERICAN_EXPRESS"),
        Card(number: "371449635398431", scheme: "AMERICAN_EXPRESS", brand: "AMERICAN_EXPRESS"),
        Card(number: "4464040000000007", scheme: "MADA", brand: "VISA"),
        Card(number: "5588480000000003", scheme: "MADA", brand: "MASTERCARD"),
        Card(number: "4228230000000001", scheme: "OMANNET", brand: "VISA"),
        Card(number: "8888880000000001", scheme: "KNET", brand: "KNET"),
        Card(number: "4600410123456789", scheme: "BENEFIT", brand: "VISA"),
        Card(number: "7777770123456789", scheme: "BENEFIT", brand: "BENEFIT", status: "FAILED"),
        Card(number: "1111110123456789", scheme: "BENEFIT", brand: "BENEFIT", status: "DECLINED"),
        Card(number: "4215375500883243", scheme: "NAPS", brand: "VISA"),
    ]

    @Test(arguments: published)
    func charge_WithATokenOfEachTestCard_ShowsTheCard(_ card: Card) throws {
        let sandbox = try TestSandbox()
        let cvc = card.scheme == "AMERICAN_EXPRESS" ? "1000" : "100"
        let token = sandbox.token(number: card.number, cvc: cvc)
        let charge = sandbox.charge(token: token)
        #expect(charge.status == 200)
        #expect(charge.string("status") == card.status)
        #expect(charge.string("card.first_six") == String(card.number.prefix(6)))
        #expect(charge.string("card.last_four") == String(card.number.suffix(4)))
        #expect(charge.string("card.scheme") == card.scheme)
        #expect(charge.string("card.brand") == card.brand)
        #expect(charge.string("card.id") == nil)
        #expect(charge.string("source.id") == token)
        #expect(!charge.text.contains(card.number))
    }

    @Test(arguments: [
        (5, 22, "DECLINED", "501"), (4, 27, "FAILED", "407"), (8, 28, "TIMEDOUT", "801"),
        (1, 37, "DECLINED", "513"), (2, 37, "FAILED", "408"), (5, 37, "UNKNOWN", "901"), (1, 39, "CAPTURED", "000"),
    ])
    func charge_FollowsTheExpiryTable(month: Int, year: Int, status: String, code: String) throws {
        let sandbox = try TestSandbox()
        let charge = sandbox.charge(token: sandbox.token(month: month, year: 2000 + year))
        #expect(charge.string("status") == status)
        #expect(charge.string("response.code") == code)
    }

    @Test func charge_WithCVC102_IsDeclined502() throws {
        let sandbox = try TestSandbox()
        let charge = sandbox.charge(token: sandbox.token(cvc: "102"))
        #expect(charge.string("status") == "DECLINED")
        #expect(charge.string("response.code") == "502")
    }

    @Test func charge_WithThreeDSecure_FollowsEnrolment() throws {
        let sandbox = try TestSandbox()
        let enrolled = sandbox.charge(token: sandbox.token(number: "4508750015741019"), ["threeDSecure": "true"])
        #expect(enrolled.string("status") == "INITIATED")
        #expect(enrolled.string("transaction.url") != nil)
        let notEnrolled = sandbox.charge(token: sandbox.token(number: "4012000033330026"), ["threeDSecure": "true"])
        #expect(notEnrolled.string("status") == "DECLINED")
        #expect(notEnrolled.string("response.code") == "504")
    }

    @Test func token_MadeWithASecretKey_PaysForAnotherAccountToo() throws {
        let sandbox = try TestSandbox()
        let token = sandbox.token(key: "sk_test_TokenMaker1")
        #expect(sandbox.charge(token: token).string("status") == "CAPTURED")
    }
}
