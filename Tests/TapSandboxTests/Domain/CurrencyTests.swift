import Testing

@testable import TapSandbox

struct CurrencyTests {
    @Test(arguments: [
        ("KWD", 3), ("BHD", 3), ("OMR", 3), ("JOD", 3),
        ("SAR", 2), ("AED", 2), ("QAR", 2), ("EGP", 2), ("USD", 2), ("EUR", 2), ("GBP", 2),
    ])
    func parse_Accepts_SupportedCodes(_ code: String, _ decimals: Int) throws {
        let currency = try Currency.parse(code).get()
        #expect(currency.code == code)
        #expect(currency.decimals == decimals)
    }

    @Test(arguments: [("kwd", Currency.kwd), ("Usd", .usd), ("sAR", .sar)])
    func parse_Uppercases_OtherCase(_ code: String, _ expected: Currency) {
        #expect(Currency.parse(code) == .success(expected))
    }

    @Test(arguments: ["", "US", "USDD", "US1", "U D", " USD", "USD ", "U-D", "ÜSD", "１２３", "KWD\u{0}"])
    func parse_Rejects_MalformedCodes(_ code: String) {
        #expect(Currency.parse(code) == .failure(.malformed(code)))
    }

    @Test(arguments: [("JPY", "JPY"), ("xxx", "XXX"), ("IQD", "IQD"), ("Abc", "ABC")])
    func parse_Rejects_UnsupportedCodes(_ code: String, _ reported: String) {
        #expect(Currency.parse(code) == .failure(.unsupported(reported)))
    }

    @Test func all_ListsElevenDistinctCurrencies() {
        #expect(Currency.all.count == 11)
        #expect(Set(Currency.all).count == 11)
        #expect(Currency.all.filter { $0.decimals == 3 }.map(\.code) == ["KWD", "BHD", "OMR", "JOD"])
    }

    @Test func reason_NamesTheValue() {
        #expect(CurrencyError.malformed("US").reason.contains("\"US\""))
        #expect(CurrencyError.unsupported("JPY").reason.contains("JPY"))
        #expect(CurrencyError.unsupported("JPY").reason.contains("KWD"))
    }
}
