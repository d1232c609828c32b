import Testing

@testable import TapSandbox

struct AmountTests {
    @Test(
        arguments: [
            ("10", Currency.usd, 1000), ("10.5", .usd, 1050), ("10.55", .usd, 1055), ("0.01", .usd, 1),
            ("1.500", .kwd, 1500), ("1.5", .kwd, 1500), ("0.001", .kwd, 1), ("0.100", .bhd, 100), ("1", .omr, 1000),
            ("10.000", .usd, 1000), ("10.5000000000", .usd, 1050), ("1.0", .sar, 100), ("3.141000", .jod, 3141),
            ("1000000000000", .usd, 100_000_000_000_000), ("1000000000000.000", .kwd, 1_000_000_000_000_000),
            ("999999999999.999", .kwd, 999_999_999_999_999),
        ] as [(String, Currency, Int64)]
    )
    func parse_Accepts_DecimalLiterals(_ text: String, _ currency: Currency, _ minorUnits: Int64) {
        #expect(Amount.parse(text, currency: currency) == .success(Amount(minorUnits: minorUnits, currency: currency)))
    }

    @Test(
        arguments: [
            ("1e2", Currency.usd, 10_000), ("1E2", .usd, 10_000), ("1e+2", .usd, 10_000), ("1.5e1", .kwd, 15_000),
            ("15e-1", .usd, 150), ("1e-2", .usd, 1), ("1e-3", .kwd, 1), ("1234e-3", .kwd, 1234), ("0.0001e2", .usd, 1),
            ("100e-4", .usd, 1), ("1e0", .usd, 100), ("1e-0", .usd, 100), ("1e12", .usd, 100_000_000_000_000),
            ("0.1e13", .kwd, 1_000_000_000_000_000), ("10000000000000e-1", .kwd, 1_000_000_000_000_000),
            ("1e00000000000000000000000002", .usd, 10_000),
        ] as [(String, Currency, Int64)]
    )
    func parse_Accepts_ExponentForms(_ text: String, _ currency: Currency, _ minorUnits: Int64) {
        #expect(Amount.parse(text, currency: currency) == .success(Amount(minorUnits: minorUnits, currency: currency)))
    }

    @Test(arguments: [
        "", " ", " 10", "10 ", "+10", "10.", ".5", "1.2.3", "01", "00.5", "0x10", "NaN", "nan", "Infinity",
        "-Infinity", "1e", "1e+", "1e-", "e2", "1.e2", "--1", "-", "1_000", "1,5", "10.12x", "x10", "١٠",
        "1\u{0}", "1\n", "\"10\"", "10f", "1.5.", "1ee2", "1e2.5", "- 1",
    ])
    func parse_Rejects_MalformedText(_ text: String) {
        #expect(Amount.parse(text, currency: .usd) == .failure(.malformed(text)))
    }

    @Test(arguments: ["0", "-0", "0.0", "0.000", "0.00000", "0e5", "0e-999", "-3", "-0.01", "-1e30", "-10.123456"])
    func parse_Rejects_ZeroAndNegative(_ text: String) {
        #expect(Amount.parse(text, currency: .kwd) == .failure(.notPositive(text)))
    }

    @Test(arguments: [
        ("10.001", Currency.usd), ("0.001", .usd), ("1.0001", .kwd), ("1.5001", .kwd), ("10.10000000001", .usd),
        ("1e-3", .usd), ("1e-4", .kwd), ("12345e-5", .omr), ("1e-1000000000000", .usd), ("0.0005e1", .usd),
    ])
    func parse_Rejects_TooManyDecimals(_ text: String, _ currency: Currency) {
        #expect(Amount.parse(text, currency: currency) == .failure(.tooManyDecimals(text, currency)))
    }

    @Test(arguments: [
        ("1000000000000.01", Currency.usd), ("1000000000001", .usd), ("1000000000000.001", .kwd), ("1e13", .kwd),
        ("1e30", .usd), ("9223372036854775807", .usd), ("9223372036854775808", .usd), ("18446744073709551616", .usd),
        (String(repeating: "9", count: 40), .usd), ("1" + String(repeating: "0", count: 40) + ".5", .usd),
        ("1e999999999999999999999", .kwd), ("92233720368547758.07", .usd), ("10000000000001e-1", .usd),
    ])
    func parse_Rejects_TooLarge(_ text: String, _ currency: Currency) {
        #expect(Amount.parse(text, currency: currency) == .failure(.tooLarge(text)))
    }

    @Test func parse_Rejects_HugeInputWithoutCrashing() {
        let text = String(repeating: "7", count: 1_000_000)
        #expect(Amount.parse(text, currency: .usd) == .failure(.tooLarge(text)))
        #expect(AmountError.tooLarge(text).reason.count < 120)
    }

    @Test(
        arguments: [
            (1500, Currency.kwd, "1.500"), (1, .kwd, "0.001"), (1000, .usd, "10.00"), (5, .usd, "0.05"),
            (0, .usd, "0.00"),
            (0, .kwd, "0.000"), (100_000_000_000_000, .usd, "1000000000000.00"), (-1050, .usd, "-10.50"),
            (Int64.min, .usd, "-92233720368547758.08"), (Int64.max, .bhd, "9223372036854775.807"),
        ] as [(Int64, Currency, String)]
    )
    func formatted_UsesCurrencyDecimals(_ minorUnits: Int64, _ currency: Currency, _ expected: String) {
        #expect(Amount(minorUnits: minorUnits, currency: currency).formatted == expected)
    }

    @Test(arguments: ["1.5", "0.001", "10", "123456789.123", "1e3"])
    func formatted_RoundTripsThroughParse(_ text: String) throws {
        let amount = try Amount.parse(text, currency: .kwd).get()
        #expect(Amount.parse(amount.formatted, currency: .kwd) == .success(amount))
    }

    @Test func arithmetic_AddsAndSubtractsMinorUnits() {
        let charge = Amount(minorUnits: 10_000, currency: .kwd)
        let refunded = Amount(minorUnits: 2_500, currency: .kwd) + Amount(minorUnits: 1, currency: .kwd)
        #expect(refunded == Amount(minorUnits: 2_501, currency: .kwd))
        #expect(charge - refunded == Amount(minorUnits: 7_499, currency: .kwd))
        #expect(refunded - charge == Amount(minorUnits: -7_499, currency: .kwd))
        #expect(Amount.zero(.usd) + Amount(minorUnits: 7, currency: .usd) == Amount(minorUnits: 7, currency: .usd))
    }

    @Test func comparison_OrdersSameCurrencyByValue() {
        let small = Amount(minorUnits: 1, currency: .usd)
        let large = Amount(minorUnits: 2, currency: .usd)
        #expect(small < large)
        #expect(!(large < small))
        #expect(Amount.zero(.usd) < small)
        #expect([large, small].sorted() == [small, large])
    }

    @Test func equality_DistinguishesCurrencies() {
        #expect(Amount(minorUnits: 100, currency: .usd) != Amount(minorUnits: 100, currency: .eur))
        #expect(Amount.zero(.kwd) == Amount(minorUnits: 0, currency: .kwd))
    }

    @Test func description_ShowsCodeAndFormattedValue() {
        #expect(Amount(minorUnits: 1500, currency: .kwd).description == "KWD 1.500")
    }

    @Test(arguments: [
        (AmountError.malformed("10x"), "\"10x\""), (.notPositive("-1"), "greater than zero"),
        (.tooManyDecimals("1.001", .usd), "more than 2 decimal places"), (.tooLarge("1e30"), "1000000000000"),
    ])
    func reason_ExplainsTheRejection(_ error: AmountError, _ fragment: String) {
        #expect(error.reason.contains(fragment))
    }
}
