/// Creates refunds (spec §6, CONTRACT.md §5a): idempotency, then the checks against the charge and the
/// insert in one transaction, so concurrent refunds of one charge can never refund more than it captured.
struct RefundCreation {
    let context: SandboxContext

    /// The idempotency family of refunds (CONTRACT.md §3: scope is key, family, value).
    static let idempotencyFamily = "refunds"

    func create(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        // CONTRACT.md §3: a repeat answers with the original's current state, whatever the new body says.
        if let key = try PaymentRequest.idempotentKey(body),
            let original = account.read({ state in
                original(of: key, in: state, now: context.store.time.nowMilliseconds() + state.clockOffsetMs)
            })
        {
            return render(original, account: account, gate: nil, isReplay: true)
        }
        let parsed = try RefundRequest.parse(body)
        let scenario = request.scenario
        let committed = try context.store.transact(account) {
            state, transaction throws(TapError) -> (refund: Refund, isReplay: Bool) in
            if let key = parsed.reference.idempotent,
                let original = original(of: key, in: state, now: transaction.now)
            {
                return (original, true)
            }
            return (try insert(parsed, scenario: scenario, state: &state, transaction: &transaction), false)
        }
        return render(
            committed.value.refund, account: account, gate: committed.gate, isReplay: committed.value.isReplay)
    }

    /// Checks the charge (exists, CAPTURED, same currency, enough left to refund), then stores the PENDING
    /// refund, adds it to the charge's refunded amount and schedules its settlement, as `scenario` says if
    /// one answers the request.
    private func insert(
        _ parsed: RefundRequest, scenario: ScenarioDecision?, state: inout AccountState,
        transaction: inout Transaction
    ) throws(TapError) -> Refund {
        // Spec §3.1: Tap's PHP SDK test expects exactly "Charge not found" for an unknown charge_id.
        guard var charge = state.charges[parsed.chargeID] else { throw .notFound(.charge, inBody: true) }
        // Spec §6.5: only "transactions that have been successfully charged"; Tap's code for it is not
        // public, the spec suggests 1143.
        guard charge.status == .captured else {
            throw .invalid(
                "1143",
                "Charge id is invalid: only a CAPTURED charge can be refunded, this one is \(charge.status.rawValue)")
        }
        guard parsed.amount.currency == charge.amount.currency else {
            throw .invalid(
                "1149",
                "Currency code is not matching with existing currency code: the charge is in \(charge.amount.currency)")
        }
        let left = charge.amount.minorUnits - charge.refundedMinorUnits
        guard parsed.amount.minorUnits <= left else {
            let remaining = Amount(minorUnits: left, currency: charge.amount.currency)
            throw .invalid("1161", "Requested refund amount exceeds the amount left to refund (\(remaining))")
        }
        let now = transaction.now
        let serial = transaction.ids.nextSerial()
        var refund = Refund(
            id: Identifier.make("re_", serial: serial, createdAt: now), serial: serial, chargeID: charge.id,
            amount: parsed.amount, reason: parsed.reason, createdAt: now,
            settlement: RefundSettlement.plan(scenario: scenario))
        refund.description = parsed.description
        refund.metadata = parsed.metadata
        refund.reference = parsed.reference
        refund.post = parsed.postURL.map(Callback.init(url:))
        refund.scenario = scenario?.scenario
        refund.webhookBehaviour = scenario?.effect.webhook
        charge.refundedMinorUnits += refund.amount.minorUnits
        state.put(charge)
        state.put(refund)
        RefundSettlement.schedule(refund, state: &state)
        if let key = parsed.reference.idempotent {
            IdempotencyWindow.remember(key, family: Self.idempotencyFamily, objectID: refund.id, at: now, state: &state)
        }
        return refund
    }

    private func original(of key: String, in state: borrowing AccountState, now: Int64) -> Refund? {
        IdempotencyWindow.objectID(of: key, family: Self.idempotencyFamily, in: state, now: now)
            .flatMap { state.refunds[$0] }
    }

    /// The created (or, for a repeated idempotent key, the original) refund; a repeat is marked with
    /// `x-sandbox-idempotent-replay: true`, as charges are.
    private func render(_ refund: Refund, account: Account, gate: ResponseGate?, isReplay: Bool) -> HTTPResponse {
        var response = HTTPResponse.json(refund.json(context.renderContext(account, method: "CREATE")))
        if isReplay { response.headers.add(name: "x-sandbox-idempotent-replay", value: "true") }
        response.gate = gate
        return response
    }
}
