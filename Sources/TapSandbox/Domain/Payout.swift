/// A payout (spec §8): what Tap transfers to the merchant's bank for one currency, covering the charges
/// captured and the refunds settled since the previous payout. The sandbox charges no fees.
public struct Payout: Sendable, Equatable, Codable {
    /// `payout_` and 14 digits, as in Tap's example `payout_33271023375023`.
    public var id: String
    public var serial: Int64
    public var status: PayoutStatus
    /// When it was paid out: epoch milliseconds on the account's sandbox clock.
    public var date: Int64
    /// The net amount paid: `captured` minus `refunded`.
    public var amount: Amount
    /// The sum of the covered charges, in minor units of `amount.currency`.
    public var capturedMinorUnits: Int64
    /// The sum of the covered refunds, in minor units of `amount.currency`.
    public var refundedMinorUnits: Int64
    /// The charges it pays out, oldest first; no charge is in two payouts.
    public var chargeIDs: [String]
    /// The refunds it deducts, oldest first; no refund is in two payouts.
    public var refundIDs: [String]

    public init(
        serial: Int64, date: Int64, currency: Currency, charges: [(id: String, minorUnits: Int64)],
        refunds: [(id: String, minorUnits: Int64)]
    ) {
        id = "payout_" + Self.digits(serial: serial)
        self.serial = serial
        status = .paidOut
        self.date = date
        capturedMinorUnits = charges.reduce(0) { $0 + $1.minorUnits }
        refundedMinorUnits = refunds.reduce(0) { $0 + $1.minorUnits }
        amount = Amount(minorUnits: capturedMinorUnits - refundedMinorUnits, currency: currency)
        chargeIDs = charges.map(\.id)
        refundIDs = refunds.map(\.id)
    }

    /// The id without its prefix, as Tap names the files of a payout download (spec §8).
    public var number: Substring { id.dropFirst("payout_".count) }

    /// 14 digits that differ for every serial below 10^14: the serial times a constant coprime to 10, modulo
    /// 10^14, is a bijection, and it scatters consecutive serials so ids do not look sequential.
    static func digits(serial: Int64) -> String {
        let modulus: UInt64 = 100_000_000_000_000
        let value = UInt64(bitPattern: serial) % modulus
        let product = value.multipliedFullWidth(by: 61_803_398_874_989)
        let scattered = modulus.dividingFullWidth(product).remainder
        let text = String(scattered)
        return String(repeating: "0", count: 14 - text.count) + text
    }
}

/// The status of a payout (spec §8). The sandbox pays out at once, so it only makes PAID_OUT ones.
public enum PayoutStatus: String, Sendable, CaseIterable, Codable {
    case pending = "PENDING"
    case initiated = "INITIATED"
    case failed = "FAILED"
    case paidOut = "PAID_OUT"
}
