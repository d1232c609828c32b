/// The one way a charge or authorize changes status after creation or at it: every path (synchronous
/// outcome, hosted page, scripted transition, expiry, void, auto action) goes through `enter`, so the
/// side effects of a status (activity, webhook event, authorize scheduling) can never be skipped.
enum PaymentLifecycle {
    /// Moves `payment` to `status` (with `code`, or the status's default), records the activity, stores it
    /// and announces it. Returns the payment as stored.
    @discardableResult
    static func enter(
        _ status: PaymentStatus, code: String? = nil, payment: Payment, at time: Int64,
        state: inout AccountState, transaction: inout Transaction
    ) -> Payment {
        var payment = payment
        payment.transition(to: status, code: code, at: time)
        if payment.kind == .authorize { scheduleAuto(&payment, at: time, state: &state) }
        CardSaving.saveIfAsked(&payment, at: time, state: &state, ids: transaction.ids)  // save_card, spec §7.3
        state.put(payment)
        transaction.emit(.payment(payment))
        return payment
    }

    /// An authorize's `auto` action (spec §5.3): SCHEDULED `time` hours after it is AUTHORIZED, CANCELLED
    /// when it ends any other way than by the action itself.
    private static func scheduleAuto(_ payment: inout Payment, at time: Int64, state: inout AccountState) {
        guard var auto = payment.auto, auto.status == "PENDING" || auto.status == "SCHEDULED" else { return }
        switch payment.status {
        case .authorized:
            auto.status = "SCHEDULED"
            state.schedule(.autoAction(authorizeID: payment.id), at: time + Int64(auto.hours) * 3_600_000)
        case .initiated, .inProgress:
            return
        default:
            auto.status = "CANCELLED"
        }
        payment.auto = auto
    }
}
