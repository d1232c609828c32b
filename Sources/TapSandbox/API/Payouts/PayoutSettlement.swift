/// Makes payouts (spec §8, CONTRACT.md §5a): per currency, the captured charges minus the settled refunds
/// that no payout covers yet. Each object is covered once, so a charge is never paid out twice and a
/// refund settled after a payout is deducted from the next one. No fees.
enum PayoutSettlement {
    /// The `TaskAction.custom` name of the daily payout (`PUT /_sandbox/payouts/settings {"daily":true}`).
    static let dailyTaskName = "payout-daily"
    static let dayMilliseconds: Int64 = 86_400_000

    /// Pays out what is due at `date`, one payout per currency, and announces each (its webhook). A
    /// currency whose balance is zero or below makes no payout; its objects wait for the next one, so a
    /// refund larger than what came in since is carried forward instead of being lost.
    ///
    /// Only objects created by `date` count: a daily payout that runs late (the clock jumped several days)
    /// covers each day's business in that day's payout.
    @discardableResult
    static func settle(at date: Int64, state: inout AccountState, transaction: inout Transaction) -> [Payout] {
        var charges: [Currency: [(id: String, minorUnits: Int64)]] = [:]
        var refunds: [Currency: [(id: String, minorUnits: Int64)]] = [:]
        func isDue(_ id: String, _ createdAt: Int64) -> Bool {
            createdAt <= date && state.payouts.payout(covering: id) == nil
        }
        for charge in state.charges.values where charge.status == .captured && isDue(charge.id, charge.createdAt) {
            charges[charge.amount.currency, default: []].append((charge.id, charge.amount.minorUnits))
        }
        // Spec §6.4: a PENDING refund has not left Tap yet; it is deducted once it is REFUNDED.
        for refund in state.refunds.values where refund.status == .refunded && isDue(refund.id, refund.createdAt) {
            refunds[refund.amount.currency, default: []].append((refund.id, refund.amount.minorUnits))
        }
        var payouts: [Payout] = []
        for currency in Currency.all {
            let covered = (charges: charges[currency] ?? [], refunds: refunds[currency] ?? [])
            let captured = covered.charges.reduce(0) { $0 + $1.minorUnits }
            let refunded = covered.refunds.reduce(0) { $0 + $1.minorUnits }
            guard captured > refunded else { continue }
            let payout = Payout(
                serial: transaction.ids.nextSerial(), date: date, currency: currency, charges: covered.charges,
                refunds: covered.refunds)
            state.put(payout)
            transaction.emit(.payout(payout))
            payouts.append(payout)
        }
        return payouts
    }

    /// The first midnight (UTC) of the account's clock after `now`: when daily payouts run.
    static func nextMidnight(after now: Int64) -> Int64 {
        (now.floorDivided(by: dayMilliseconds) + 1) * dayMilliseconds
    }

    /// The daily payout task: pays out, then schedules the next run. A task left over from daily payouts
    /// switched off (or switched off and on again) no longer matches the settings and does nothing.
    ///
    /// When the task runs late (the clock jumped), the days up to the present on which nothing can change
    /// are skipped: balances move only through requests (at the present) and scheduled tasks, so until the
    /// earlier of the two every daily run would pay nothing. A jump of fifty years costs a few runs instead
    /// of one per day.
    static func runDaily(dueAt: Int64, state: inout AccountState, transaction: inout Transaction) {
        var settings = state.payoutSettings
        guard settings.nextDailyPayoutAt == dueAt else { return }
        settle(at: dueAt, state: &state, transaction: &transaction)
        let quietUntil = min(transaction.now, state.tasks.nextDueAt ?? transaction.now)
        let next = max(dueAt + dayMilliseconds, nextMidnight(after: quietUntil - 1))
        settings.nextDailyPayoutAt = next
        state.put(settings)
        state.schedule(.custom(name: dailyTaskName, id: ""), at: next)
    }
}
