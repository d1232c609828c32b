/// The filters of a payout list body (spec §8): `period.date` on the payout's `date`, `payouts.payout_id`,
/// and `merchants` (Tap's retrieve example sends the merchant's id; naming only other merchants finds nothing).
struct PayoutFilter: Sendable {
    var from: Int64?
    var to: Int64?
    var ids: Set<String> = []
    var isOtherMerchant = false

    static func parse(_ body: Fields, merchant: Merchant) throws(TapError) -> PayoutFilter {
        var filter = PayoutFilter()
        (filter.from, filter.to) = try PaymentFilter.period(body)
        filter.ids = Set(try ids(body))
        let merchants = try PaymentFilter.strings(body, "merchants")
        filter.isOtherMerchant = !merchants.isEmpty && !merchants.contains(merchant.id)
        return filter
    }

    /// `payouts.payout_id`: a list of ids (or one), in the order given, without repeats.
    static func ids(_ body: Fields) throws(TapError) -> [String] {
        guard let payouts = try body.object("payouts") else { return [] }
        var seen = Set<String>()
        return try PaymentFilter.strings(payouts, "payout_id").filter { seen.insert($0).inserted }
    }

    func matches(_ payout: Payout) -> Bool {
        !isOtherMerchant
            && (from.map { payout.date >= $0 } ?? true)
            && (to.map { payout.date <= $0 } ?? true)
            && (ids.isEmpty || ids.contains(payout.id))
    }
}
