import Testing

@testable import TapSandbox

struct CardExpiryTests {
    // 2025-06-15T12:00:00Z.
    static let midJune2025: Int64 = 1_749_988_800_000

    @Test(arguments: [
        ("9", "25", 9, 2025), ("09", "25", 9, 2025), ("12", "2027", 12, 2027), ("1", "39", 1, 2039),
        ("01", "2039", 1, 2039), ("5", "00", 5, 2000), ("11", "99", 11, 2099), ("7", "9999", 7, 9999),
    ])
    func parse_Accepts_TwoAndFourDigitYears(_ month: String, _ year: String, _ month2: Int, _ year4: Int) {
        let expiry = try? CardExpiry.parse(month: month, year: year).get()
        #expect(expiry?.month == month2)
        #expect(expiry?.year == year4)
    }

    @Test(arguments: ["0", "00", "13", "99", "012", "", " 9", "9 ", "-1", "+9", "9.0", "ix", "٩"])
    func parse_Rejects_MonthOutOfBounds(_ month: String) {
        #expect(CardExpiry.parse(month: month, year: "2030") == .failure(.invalidMonth(month)))
    }

    @Test(arguments: ["", "5", "025", "0025", "1999", "20255", "25.0", " 25", "2e3", "-25", "２０２５"])
    func parse_Rejects_MalformedYear(_ year: String) {
        #expect(CardExpiry.parse(month: "6", year: year) == .failure(.invalidYear(year)))
    }

    @Test(arguments: [(0, 2030), (13, 2030), (-1, 25)])
    func init_Rejects_MonthOutOfBounds(_ month: Int, _ year: Int) {
        #expect(throws: CardExpiryError.invalidMonth(String(month))) { try CardExpiry(month: month, year: year) }
    }

    @Test(arguments: [100, 1999, -1, 10_000])
    func init_Rejects_YearOutOfBounds(_ year: Int) {
        #expect(throws: CardExpiryError.invalidYear(String(year))) { try CardExpiry(month: 1, year: year) }
    }

    @Test(arguments: [(6, 2025, false), (7, 2025, false), (12, 2039, false), (5, 2025, true), (12, 2024, true)])
    func isExpired_ComparesWithEndOfMonth(_ month: Int, _ year: Int, _ expected: Bool) throws {
        #expect(try CardExpiry(month: month, year: year).isExpired(at: Self.midJune2025) == expected)
    }

    @Test(
        arguments: [
            (1, 2000, 949_363_200_000),  // 2000-02-01
            (12, 2000, 978_307_200_000),  // 2001-01-01
            (2, 2024, 1_709_251_200_000),  // 2024-03-01, after a leap February
            (2, 2100, 4_107_542_400_000),  // 2100-03-01, 2100 is not a leap year
            (12, 2025, 1_767_225_600_000),  // 2026-01-01
            (12, 9999, 253_402_300_800_000),  // 10000-01-01
        ] as [(Int, Int, Int64)]
    )
    func endEpochMilliseconds_IsFirstOfNextMonthUTC(_ month: Int, _ year: Int, _ expected: Int64) {
        #expect((try? CardExpiry(month: month, year: year))?.endEpochMilliseconds == expected)
    }

    @Test func isExpired_FlipsAtTheLastMillisecondOfTheMonth() throws {
        let expiry = try CardExpiry(month: 9, year: 25)
        let end: Int64 = 1_759_276_800_000  // 2025-10-01T00:00:00Z
        #expect(!expiry.isExpired(at: end - 1))
        #expect(expiry.isExpired(at: end))
    }

    @Test func reason_NamesTheValue() {
        #expect(CardExpiryError.invalidMonth("13").reason.contains("\"13\""))
        #expect(CardExpiryError.invalidYear("025").reason.contains("\"025\""))
    }
}
