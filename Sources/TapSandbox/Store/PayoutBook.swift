/// An account's payouts in creation order, with an index of what each covers, so that a charge is never
/// paid out twice and a refund is deducted exactly once (spec §8, CONTRACT.md §5a).
///
/// The index is rebuilt by `put`, so restoring the payouts restores it.
public struct PayoutBook: Sendable, Equatable {
    private var payouts = OrderedStore<Payout>()
    /// Charge or refund id → the payout that covers it.
    private var coveredBy: [String: String] = [:]

    public var count: Int { payouts.count }

    public subscript(id: String) -> Payout? { payouts[id] }

    /// The payouts in the order of their serials, for paging.
    public var ordered: OrderedStore<Payout> { payouts }

    /// The payout that covers a charge or a refund, if any.
    public func payout(covering objectID: String) -> String? {
        coveredBy[objectID]
    }

    mutating func put(_ payout: Payout) {
        payouts.put(payout, id: payout.id, serial: payout.serial)
        for id in payout.chargeIDs + payout.refundIDs { coveredBy[id] = payout.id }
    }
}

/// The account's payout preferences (`PUT /_sandbox/payouts/settings`): where payout webhooks go, and
/// whether payouts are made every day at midnight UTC of the account's clock.
public struct PayoutSettings: Sendable, Equatable, Codable {
    /// Where each payout is POSTed; nil sends none. Tap configures it per merchant, not per request (spec §8).
    public var webhookURL: String?
    /// When the next daily payout is due, while daily payouts are on.
    public var nextDailyPayoutAt: Int64?

    public init(webhookURL: String? = nil, nextDailyPayoutAt: Int64? = nil) {
        self.webhookURL = webhookURL
        self.nextDailyPayoutAt = nextDailyPayoutAt
    }
}
