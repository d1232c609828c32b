/// A card's expiry month; the card is valid through the last millisecond of that month, UTC.
public struct CardExpiry: Hashable, Sendable {
    /// 1...12.
    public let month: Int
    /// Four digits, e.g. 2025.
    public let year: Int

    /// Validates a month of 1...12 and a year of two digits (0...99, meaning 2000...2099) or four (2000...9999).
    public init(month: Int, year: Int) throws(CardExpiryError) {
        guard (1...12).contains(month) else { throw .invalidMonth(String(month)) }
        switch year {
        case 0...99: self.year = 2000 + year
        case 2000...9999: self.year = year
        default: throw .invalidYear(String(year))
        }
        self.month = month
    }

    /// Parses `exp_month` and `exp_year` as sent, as JSON string contents or number literals.
    ///
    /// Month: one or two digits (`9`, `"09"`). Year: exactly two or four digits (`25`, `2025`); a two-digit year
    /// is 20yy. Failures map to Tap 1141 "Card expiry is invalid".
    public static func parse(month: String, year: String) -> Result<CardExpiry, CardExpiryError> {
        guard let monthValue = decimal(month, lengths: 1...2) else { return .failure(.invalidMonth(month)) }
        // "0025" must not pass as 2025: four digits mean a four-digit year.
        guard let yearValue = decimal(year, lengths: 2...4), year.utf8.count == 2 || yearValue >= 2000 else {
            return .failure(.invalidYear(year))
        }
        // Errors report the text as received, not the number it was read as ("00", not "0").
        return Result { () throws(CardExpiryError) in try CardExpiry(month: monthValue, year: yearValue) }
            .mapError { error in
                switch error {
                case .invalidMonth: .invalidMonth(month)
                case .invalidYear: .invalidYear(year)
                }
            }
    }

    /// The first millisecond (Unix epoch, UTC) at which the card has expired: 00:00 on the 1st of the next month.
    public var endEpochMilliseconds: Int64 {
        let next = month == 12 ? (year: year + 1, month: 1) : (year: year, month: month + 1)
        return Int64(Self.daysFromCivil(year: next.year, month: next.month)) * 86_400_000
    }

    /// Whether the card is past its expiry month at `epochMilliseconds` (Unix epoch, UTC).
    public func isExpired(at epochMilliseconds: Int64) -> Bool {
        epochMilliseconds >= endEpochMilliseconds
    }

    // Days from 1970-01-01 to the 1st of the month, proleptic Gregorian (H. Hinnant, "chrono-compatible
    // low-level date algorithms", days_from_civil). Integer math only, no Foundation calendar.
    private static func daysFromCivil(year: Int, month: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func decimal(_ text: String, lengths: ClosedRange<Int>) -> Int? {
        let bytes = Array(text.utf8)
        guard lengths.contains(bytes.count), bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}

/// Why an expiry was refused; the API layer maps both cases to Tap 1141 "Card expiry is invalid".
public enum CardExpiryError: Error, Hashable, Sendable {
    /// Not a month of 1...12 (the text as received).
    case invalidMonth(String)
    /// Not a two- or four-digit year from 2000 (the text as received).
    case invalidYear(String)

    /// A human explanation naming the offending value.
    public var reason: String {
        switch self {
        case .invalidMonth(let text): "expiry month \"\(text.prefix(20))\" must be 1 to 12"
        case .invalidYear(let text): "expiry year \"\(text.prefix(20))\" must be two digits or four from 2000"
        }
    }
}
