/// An exact sum of money: an integer count of the currency's minor units (fils, halalas, cents).
///
/// Never `Double` or `Decimal` arithmetic (NOTES "Money and JSON"): text in and out is handled by hand in
/// `parse(_:currency:)` and `formatted`.
public struct Amount: Hashable, Sendable, Codable {
    /// The value in minor units: KWD 1.500 is 1500, USD 10.00 is 1000.
    public let minorUnits: Int64
    public let currency: Currency

    /// Wraps a count of minor units as is; validation of client input is `parse(_:currency:)`'s job.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in `currency`, the starting point for sums such as "refunded so far".
    public static func zero(_ currency: Currency) -> Amount {
        Amount(minorUnits: 0, currency: currency)
    }

    /// The largest amount a client may send, in major units (PROPOSED: Tap documents no maximum, spec §13).
    public static let maximumMajorUnits: Int64 = 1_000_000_000_000

    /// The value with exactly the currency's decimals and a `.` separator: KWD 1.5 → `"1.500"`, USD 10 → `"10.00"`.
    ///
    /// This is the form the `hashstring` signs (spec §9.2). Negative values (a difference) get a leading `-`.
    public var formatted: String {
        let magnitude = minorUnits.magnitude
        var scale: UInt64 = 1
        for _ in 0..<currency.decimals { scale *= 10 }
        let fraction = String(magnitude % scale)
        let padding = String(repeating: "0", count: currency.decimals - fraction.count)
        return (minorUnits < 0 ? "-" : "") + String(magnitude / scale) + "." + padding + fraction
    }

    /// Adds two amounts of the same currency; mixing currencies or overflowing Int64 is a programmer error.
    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        precondition(lhs.currency == rhs.currency, "adding \(rhs.currency) to \(lhs.currency)")
        let (sum, overflow) = lhs.minorUnits.addingReportingOverflow(rhs.minorUnits)
        precondition(!overflow, "amount overflow adding \(rhs) to \(lhs)")
        return Amount(minorUnits: sum, currency: lhs.currency)
    }

    /// Subtracts two amounts of the same currency; the result may be negative (e.g. an overdrawn balance).
    public static func - (lhs: Amount, rhs: Amount) -> Amount {
        precondition(lhs.currency == rhs.currency, "subtracting \(rhs.currency) from \(lhs.currency)")
        let (difference, overflow) = lhs.minorUnits.subtractingReportingOverflow(rhs.minorUnits)
        precondition(!overflow, "amount overflow subtracting \(rhs) from \(lhs)")
        return Amount(minorUnits: difference, currency: lhs.currency)
    }
}

extension Amount: Comparable {
    /// Orders by currency code, then value, so mixed lists sort; only same-currency comparisons mean "less money".
    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        (lhs.currency.code, lhs.minorUnits) < (rhs.currency.code, rhs.minorUnits)
    }
}

extension Amount: CustomStringConvertible {
    /// `"KWD 1.500"`, for logs and test failures.
    public var description: String { "\(currency.code) \(formatted)" }
}
