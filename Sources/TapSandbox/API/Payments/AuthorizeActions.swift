/// What happens to an AUTHORIZED authorize after its creation: a void (by the merchant or by its `auto`
/// action) and the `auto` capture, which makes the very charge `POST /v2/charges` with `source.id = auth_…`
/// would make (spec §5.2-§5.5).
enum AuthorizeActions {
    /// Releases the hold: VOID with code 601 and a webhook (spec §5.5). The caller has checked that the
    /// authorize is AUTHORIZED. `auto.status` becomes VOID when the auto action did it, else CANCELLED
    /// (spec §15: "CANCELLED (if auth failed or manually voided)").
    @discardableResult
    static func void(
        _ authorize: Payment, byAutoAction: Bool, at time: Int64,
        state: inout AccountState, transaction: inout Transaction
    ) -> Payment {
        var authorize = authorize
        if byAutoAction { authorize.auto?.status = "VOID" }
        return PaymentLifecycle.enter(
            .void, code: "601", payment: authorize, at: time, state: &state, transaction: &transaction)
    }

    /// Runs the `auto` action of an authorize when its `auto.time` hours have passed (spec §5.2): nothing
    /// if it was captured, voided or cancelled since. A capture that cannot be made marks `auto.status`
    /// FAILED (Tap's `AuthorizeActionStatus` has it) and leaves the authorize AUTHORIZED.
    static func runAuto(
        authorizeID id: String, at time: Int64, creation: PaymentCreation,
        state: inout AccountState, transaction: inout Transaction
    ) {
        guard let authorize = state.authorizes[id], authorize.status == .authorized,
            let auto = authorize.auto, auto.status == "SCHEDULED"
        else { return }
        switch auto.type {
        case .void:
            void(authorize, byAutoAction: true, at: time, state: &state, transaction: &transaction)
        case .capture:
            let customerExists = authorize.customer?.id.map { state.customers[$0] != nil } ?? false
            let request = PaymentRequest.capture(of: authorize, customerExists: customerExists)
            do {
                _ = try creation.insert(
                    .charge, request, language: authorize.language, at: time, state: &state, transaction: &transaction)
            } catch {
                var failed = authorize
                failed.auto?.status = "FAILED"
                state.put(failed)
            }
        }
    }
}

extension PaymentRequest {
    /// The body a merchant would send to capture `authorize` in full (spec §5.4): same amount, customer,
    /// references, metadata and callbacks, `source.id` = the authorize, and neither `threeDSecure` nor
    /// `customer_initiated` set to false (spec §5.4 says not to). A customer deleted since is given by its
    /// details instead of its id.
    static func capture(of authorize: Payment, customerExists: Bool) -> PaymentRequest {
        var details = authorize.customer ?? CustomerSnapshot()
        details.id = nil
        let customer: CustomerInput =
            if let id = authorize.customer?.id, customerExists { .existing(id: id) } else { .details(details) }
        var request = PaymentRequest(
            amount: authorize.amount, threeDSecure: true, saveCard: false, customerInitiated: true,
            metadata: authorize.metadata,
            reference: MerchantReference(
                transaction: authorize.reference.transaction, order: authorize.reference.order),
            receipt: authorize.receipt, customer: customer, sourceID: authorize.id,
            expiryMinutes: authorize.expiryMinutes)
        request.description = authorize.description
        request.statementDescriptor = authorize.statementDescriptor
        request.postURL = authorize.post?.url
        request.redirectURL = authorize.redirect?.url
        return request
    }
}
