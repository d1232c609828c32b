import Testing

@testable import TapSandbox

struct CardNumberTests {
    /// A published test card of spec §12.1 and what the sandbox must report for it.
    struct TestCard: Sendable, CustomTestStringConvertible {
        let number: String
        let scheme: CardNetwork
        let brand: CardNetwork
        let funding: CardFunding
        var testDescription: String { number }
    }

    static let publishedCards: [TestCard] = [
        TestCard(number: "8888880000000001", scheme: .knet, brand: .knet, funding: .debit),
        TestCard(number: "8888880000000002", scheme: .knet, brand: .knet, funding: .debit),
        TestCard(number: "4600410123456789", scheme: .benefit, brand: .visa, funding: .debit),
        TestCard(number: "7777770123456789", scheme: .benefit, brand: .benefit, funding: .debit),
        TestCard(number: "1111110123456789", scheme: .benefit, brand: .benefit, funding: .debit),
        TestCard(number: "4215375500883243", scheme: .naps, brand: .visa, funding: .debit),
        TestCard(number: "5123450000000008", scheme: .mastercard, brand: .mastercard, funding: .credit),
        TestCard(number: "5111111111111118", scheme: .mastercard, brand: .mastercard, funding: .credit),
        TestCard(number: "4508750015741019", scheme: .visa, brand: .visa, funding: .credit),
        TestCard(number: "4012000033330026", scheme: .visa, brand: .visa, funding: .credit),
        TestCard(number: "345678901234564", scheme: .americanExpress, brand: .americanExpress, funding: .credit),
        TestCard(number: "371449635398431", scheme: .americanExpress, brand: .americanExpress, funding: .credit),
        TestCard(number: "4464040000000007", scheme: .mada, brand: .visa, funding: .debit),
        TestCard(number: "5588480000000003", scheme: .mada, brand: .mastercard, funding: .debit),
        TestCard(number: "4228230000000001", scheme: .omanNet, brand: .visa, funding: .debit),
    ]

    @Test(arguments: publishedCards)
    func parse_Accepts_PublishedTestCards(_ card: TestCard) throws {
        let number = try CardNumber.parse(card.number).get()
        #expect(number.digits == card.number)
        #expect(number.scheme == card.scheme)
        #expect(number.brand == card.brand)
        #expect(number.funding == card.funding)
    }

    @Test func publishedTestNumbersFailingLuhn_AreExactlyTheLuhnFailures() {
        let failing = Self.publishedCards.map(\.number).filter { !CardNumber.isLuhnValid(Array($0.utf8)) }
        #expect(Set(failing) == CardNumber.publishedTestNumbersFailingLuhn)
    }

    @Test(arguments: [
        "8888880000000003", "8888880000000000", "7777770123456788", "1111110123456780", "4600410123456788",
    ])
    func parse_Rejects_LuhnFailuresNearPublishedCards(_ text: String) {
        #expect(CardNumber.parse(text) == .failure(.failsLuhnCheck))
    }

    @Test(arguments: [
        "4508750015741018", "5123450000000009", "345678901234565", "4111111111111112", "0000000000001",
    ])
    func parse_Rejects_WrongCheckDigit(_ text: String) {
        #expect(CardNumber.parse(text) == .failure(.failsLuhnCheck))
    }

    @Test(arguments: ["000000000000", "4111111111111111", "6011111111111117", "4000000000000000006"])
    func parse_Accepts_LuhnValidLengths12To19(_ text: String) {
        #expect((try? CardNumber.parse(text).get())?.digits == text)
    }

    @Test(arguments: [("00000000000", 11), ("0", 1), ("00000000000000000000", 20), ("40000000000000000006", 20)])
    func parse_Rejects_WrongLength(_ text: String, _ count: Int) {
        #expect(CardNumber.parse(text) == .failure(.invalidLength(count)))
    }

    @Test(arguments: [
        "", "4508 7500 1574 1019", "4508-7500-1574-1019", " 4508750015741019", "4508750015741019\n",
        "450875001574101x", "+4508750015741019", "-4508750015741019", "4.508750015741019e15",
        "٤٥٠٨٧٥٠٠١٥٧٤١٠١٩",
    ])
    func parse_Rejects_NonDigits(_ text: String) {
        #expect(CardNumber.parse(text) == .failure(.notDigits))
    }

    @Test(arguments: ["4508 7500 1574 1019", "4508-7500-1574-1019", " 4508750015741019 ", "4508 - 7500 1574-1019"])
    func parse_AllowingSeparators_DropsSpacesAndDashes(_ text: String) {
        #expect((try? CardNumber.parse(text, allowingSeparators: true).get())?.digits == "4508750015741019")
    }

    @Test(arguments: ["4508\t750015741019", "4508_7500_1574_1019", " - "])
    func parse_AllowingSeparators_RejectsOtherCharacters(_ text: String) {
        #expect(CardNumber.parse(text, allowingSeparators: true) == .failure(.notDigits))
    }

    @Test func parts_ExposeBINAndLastFour() throws {
        let number = try CardNumber.parse("4464040000000007").get()
        #expect(number.firstSix == "446404")
        #expect(number.firstEight == "44640400")
        #expect(number.lastFour == "0007")
        #expect(number.description == "446404******0007")
    }

    @Test(arguments: [
        ("2221000000000009", CardNetwork.mastercard), ("2720990000000007", .mastercard), ("2220990000000002", .unknown),
        ("2721000000000004", .unknown), ("5500000000000004", .mastercard), ("5600000000000003", .unknown),
        ("340000000000009", .americanExpress), ("3500000000000009", .unknown), ("6011000000000004", .unknown),
    ])
    func scheme_FollowsIINRanges(_ text: String, _ network: CardNetwork) throws {
        let number = try CardNumber.parse(text).get()
        #expect(number.scheme == network)
        #expect(number.brand == network)
        #expect(number.funding == .credit)
    }

    @Test func reason_NeverContainsTheNumber() {
        for error in [CardNumberError.notDigits, .invalidLength(20), .failsLuhnCheck] {
            #expect(!error.reason.isEmpty)
            #expect(!error.reason.contains("4508"))
        }
        #expect(CardNumberError.invalidLength(20).reason.contains("20"))
    }
}
