/// The one way a refund changes status after its creation (CONTRACT.md §5a): the settlement task and any
/// later path go through `enter`, so the charge's refunded amount and the webhook can never be skipped.
enum RefundLifecycle {
    /// Moves `refund` to `status` (with `code`, or the status's default), keeps its charge's
    /// `refundedMinorUnits` equal to the sum of the refunds that hold an amount, stores both and announces
    /// the refund (its webhook, CONTRACT.md §7). Returns the refund as stored.
    @discardableResult
    static func enter(
        _ status: RefundStatus, code: String? = nil, refund: Refund, state: inout AccountState,
        transaction: inout Transaction
    ) -> Refund {
        var refund = refund
        let held = refund.status.holdsAmount
        refund.status = status
        refund.responseCode = code ?? status.defaultResponseCode
        if held != status.holdsAmount, var charge = state.charges[refund.chargeID] {
            let change = status.holdsAmount ? refund.amount.minorUnits : -refund.amount.minorUnits
            charge.refundedMinorUnits += change
            state.put(charge)
        }
        state.put(refund)
        transaction.emit(.refund(refund))
        return refund
    }
}

/// When and how a refund settles (spec §6.5, CONTRACT.md §5a): PENDING at creation, then the planned status
/// after the planned delay of the account's sandbox clock, run as a `TaskAction.custom(name: taskName, id:)`.
enum RefundSettlement {
    /// The `TaskAction.custom` name of the settlement task; its id is the refund's.
    static let taskName = "refund-settle"
    /// CONTRACT.md §5a: REFUNDED 5 s of sandbox clock after creation.
    static let defaultDelayMilliseconds: Int64 = 5_000

    /// THE decision of a new refund's fate, made once at creation: REFUNDED (000) after 5 s unless the
    /// scenario answering the request gives a refund result (`scenarios/README.md`): its status and code,
    /// after its `then` delay or the usual one.
    static func plan(scenario: ScenarioDecision?) -> RefundSettlementPlan {
        guard let result = scenario?.effect.refund else {
            return RefundSettlementPlan(status: .refunded, delayMilliseconds: defaultDelayMilliseconds)
        }
        return RefundSettlementPlan(
            status: result.status, code: result.code, delayMilliseconds: result.afterMs ?? defaultDelayMilliseconds)
    }

    /// Schedules the settlement of a refund just created at `now`.
    static func schedule(_ refund: Refund, state: inout AccountState) {
        state.schedule(
            .custom(name: taskName, id: refund.id), at: refund.createdAt + refund.settlement.delayMilliseconds)
    }

    /// The settlement task: the refund enters its planned status, if it is still pending and the plan
    /// moves it somewhere (a plan may keep it PENDING for good, as Tap's manual refunds can stay).
    static func settle(_ id: String, state: inout AccountState, transaction: inout Transaction) {
        guard let refund = state.refunds[id], refund.status.isPending, refund.settlement.status != refund.status
        else { return }
        RefundLifecycle.enter(
            refund.settlement.status, code: refund.settlement.code, refund: refund, state: &state,
            transaction: &transaction)
    }
}
