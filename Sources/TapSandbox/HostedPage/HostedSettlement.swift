/// The one transaction of a hosted-page submission (CONTRACT.md §5): settles a pending payment through
/// `PaymentLifecycle.enter` (activity, webhook event) and marks `redirect.status` SUCCESS, since the
/// customer is being sent back. Checked again under the account's lock, so of two submissions racing
/// only the first settles.
enum HostedSettlement {
    /// What the customer's submission decided.
    struct Outcome: Sendable, Equatable {
        var status: PaymentStatus
        var code: String
        var card: EnteredCard?
    }

    /// Applies `outcome` to the payment `id`, or with `outcome` nil only finishes what is already decided.
    /// A payment that is no longer pending keeps its status whatever is sent (a second submission changes
    /// nothing); a pending one past `transaction.expiry` becomes ABANDONED at its expiry time, as the
    /// scheduler's `.expire` task would have made it, and cannot be settled.
    static func apply(
        _ outcome: Outcome?, to id: String, state: inout AccountState, transaction: inout Transaction
    ) throws(TapError) -> Payment {
        guard var payment = state.payment(id) else { throw .notFound(id.hasPrefix("auth_") ? .authorize : .charge) }
        let wasRedirected = payment.redirect.map { $0.status == "SUCCESS" } ?? true
        payment.redirect?.status = "SUCCESS"
        if payment.status.isPending && transaction.now >= payment.expiresAt {
            return PaymentLifecycle.enter(
                .abandoned, payment: payment, at: payment.expiresAt, state: &state, transaction: &transaction)
        }
        guard payment.status.isPending, let outcome else {
            if !wasRedirected { state.put(payment) }
            return payment
        }
        if let card = outcome.card {
            payment.source.card = card.summary
            payment.source.paymentMethod = payment.source.paymentMethod ?? card.number.scheme.rawValue
        }
        return PaymentLifecycle.enter(
            outcome.status, code: outcome.code, payment: payment, at: transaction.now, state: &state,
            transaction: &transaction)
    }
}
