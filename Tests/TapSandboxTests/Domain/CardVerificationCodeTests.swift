import Testing

@testable import TapSandbox

struct CardVerificationCodeTests {
    static let visa = try! CardNumber.parse("4508750015741019").get()
    static let amex = try! CardNumber.parse("371449635398431").get()
    static let omanNet = try! CardNumber.parse("4228230000000001").get()

    // Spec §12.1 CVV outcomes: Visa/MC 100/101/102, AMEX 1000/1010/1020, OmanNet 123; leading zeros kept.
    @Test(arguments: [
        ("100", visa), ("102", visa), ("000", visa), ("1000", amex), ("1020", amex), ("0123", amex), ("123", omanNet),
    ])
    func parse_Accepts_BrandLength(_ text: String, _ number: CardNumber) {
        #expect((try? CardVerificationCode.parse(text, for: number).get())?.digits == text)
    }

    @Test(arguments: [
        ("10", visa, 3, 2), ("1000", visa, 3, 4), ("", visa, 3, 0), ("100", amex, 4, 3), ("10000", amex, 4, 5),
    ])
    func parse_Rejects_WrongLength(_ text: String, _ number: CardNumber, _ expected: Int, _ actual: Int) {
        let failure = CardVerificationCodeError.wrongLength(expected: expected, actual: actual)
        #expect(CardVerificationCode.parse(text, for: number) == .failure(failure))
    }

    @Test(arguments: ["10a", " 100", "1.0", "-10", "١٠٠"])
    func parse_Rejects_NonDigits(_ text: String) {
        #expect(CardVerificationCode.parse(text, for: Self.visa) == .failure(.notDigits))
    }

    @Test func reason_StatesExpectedLength() {
        #expect(CardVerificationCodeError.wrongLength(expected: 4, actual: 3).reason.contains("4 digits"))
        #expect(!CardVerificationCodeError.notDigits.reason.isEmpty)
    }
}
