/// Creates charges and authorizes (spec §4, §5): idempotency, source and customer resolution, the
/// outcome, then one commit. Shared by `ChargeRoutes` and `AuthorizeRoutes`.
struct PaymentCreation {
    let context: SandboxContext

    func create(_ kind: Payment.Kind, _ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        // CONTRACT.md §3: a repeat answers with the original's current state, whatever the new body says.
        // The clock is read from the locked state: `store.now(account)` would take the same lock again.
        if let key = try PaymentRequest.idempotentKey(body),
            let original = account.read({ state in
                IdempotencyWindow.original(
                    of: key, kind, in: state, now: context.store.time.nowMilliseconds() + state.clockOffsetMs)
            })
        {
            return render(original, account: account, gate: nil, isReplay: true)
        }
        let parsed = try PaymentRequest.parse(body, kind: kind)
        let language = request.http.headers["lang_code"]?.lowercased().hasPrefix("ar") == true ? "ar" : "en"
        let committed = try context.store.transact(account) {
            state, transaction throws(TapError) -> (payment: Payment, isReplay: Bool) in
            if let key = parsed.reference.idempotent,
                let original = IdempotencyWindow.original(of: key, kind, in: state, now: transaction.now)
            {
                return (original, true)
            }
            let payment = try insert(
                kind, parsed, language: language, at: transaction.now, scenario: request.scenario, state: &state,
                transaction: &transaction)
            return (payment, false)
        }
        return render(
            committed.value.payment, account: account, gate: committed.gate, isReplay: committed.value.isReplay)
    }

    /// Validates what depends on stored state, then commits the new payment (and what it changes), created
    /// at `now`, as `scenario` says if one answers the request. Also the path of an authorize's automatic
    /// capture, which passes the time it fell due.
    func insert(
        _ kind: Payment.Kind, _ parsed: PaymentRequest, language: String, at now: Int64,
        scenario: ScenarioDecision? = nil, state: inout AccountState, transaction: inout Transaction
    ) throws(TapError) -> Payment {
        let (customer, isNewCustomer) = try resolveCustomer(
            parsed.customer, at: now, state: state, ids: transaction.ids)
        let capturing = try authorizeToCapture(parsed, kind: kind, state: state)
        let redirect = try RedirectSource.resolve(parsed.sourceID, kind: kind, currency: parsed.amount.currency)
        let token = redirect == nil && capturing == nil ? try usableToken(parsed.sourceID) : nil
        if let token { try CardSaving.checkPayer(of: token, parsed.customer) }
        let scripted = scenario?.effect.result?.taken(by: kind)
        let outcome = PaymentOutcome.decide(
            kind: kind, token: token, redirect: redirect, capturing: capturing != nil,
            threeDSecure: parsed.threeDSecure, scripted: scripted)
        if case .pending(_, _, needsCustomer: true) = outcome, parsed.redirectURL == nil {
            throw .invalid("1110", "Redirect URL is missing")
        }
        if let token {
            try markUsed(token.id)
            state.noteTokenChange(token.id)
        }
        let serial = transaction.ids.nextSerial()
        var payment = Payment(
            kind: kind, id: Identifier.make(kind.idPrefix, serial: serial, createdAt: now), serial: serial,
            amount: parsed.amount, createdAt: now,
            source: source(token: token, redirect: redirect, capturing: capturing))
        apply(parsed, to: &payment, customer: customer, language: language)
        payment.linkedID = capturing?.id
        payment.activities = [Activity(createdAt: now, status: .initiated, amountMinorUnits: parsed.amount.minorUnits)]
        if let scenario { Self.mark(&payment, by: scenario, outcome: outcome) }
        if isNewCustomer { state.put(customer) }
        if var authorize = capturing, case .settled(.captured, _) = outcome {
            authorize.linkedID = payment.id
            authorize.auto?.status = "CAPTURED"
            PaymentLifecycle.enter(.captured, payment: authorize, at: now, state: &state, transaction: &transaction)
        }
        payment = Self.commit(
            outcome, payment, transitions: scenario?.effect.transitions ?? [], at: now, state: &state,
            transaction: &transaction)
        if let key = parsed.reference.idempotent {
            IdempotencyWindow.remember(key, kind: kind, objectID: payment.id, at: now, state: &state)
        }
        return payment
    }

    /// Stores the new payment in its first status: pending with its expiry (and a scenario's transitions
    /// on the sandbox clock, CONTRACT.md §6), or settled.
    private static func commit(
        _ outcome: PaymentOutcome, _ payment: Payment, transitions: [ScenarioTransition], at now: Int64,
        state: inout AccountState, transaction: inout Transaction
    ) -> Payment {
        switch outcome {
        case .pending(let status, let code, _):
            var payment = payment
            if status == .initiated {
                state.put(payment)
            } else {
                payment = PaymentLifecycle.enter(
                    status, code: code, payment: payment, at: now, state: &state, transaction: &transaction)
            }
            state.schedule(.expire(paymentID: payment.id), at: payment.expiresAt)
            for transition in transitions {
                let result = transition.result.taken(by: payment.kind)
                state.schedule(
                    .transition(paymentID: payment.id, status: result.status, code: result.code),
                    at: now + transition.afterMs)
            }
            return payment
        case .settled(let status, let code):
            return PaymentLifecycle.enter(
                status, code: code, payment: payment, at: now, state: &state, transaction: &transaction)
        }
    }

    /// Records the scenario on the payment: its name, its webhook behaviour (before any status is entered,
    /// so the first webhook already follows it), and for a payment that waits for the customer, the result
    /// the customer's approval will give.
    private static func mark(_ payment: inout Payment, by scenario: ScenarioDecision, outcome: PaymentOutcome) {
        payment.scenario = scenario.scenario
        payment.webhookBehaviour = scenario.effect.webhook
        if case .pending = outcome, let result = scenario.effect.result, !result.status.isPending {
            payment.scenarioResult = result.taken(by: payment.kind).cardResult
        }
    }

    private func apply(_ parsed: PaymentRequest, to payment: inout Payment, customer: Customer, language: String) {
        payment.threeDSecure = parsed.threeDSecure
        payment.saveCard = parsed.saveCard
        payment.customerInitiated = parsed.customerInitiated
        payment.description = parsed.description
        payment.statementDescriptor = parsed.statementDescriptor
        payment.metadata = parsed.metadata
        payment.reference = parsed.reference
        payment.receipt = parsed.receipt
        payment.customer = customer.snapshot
        payment.redirect = parsed.redirectURL.map(Callback.init(url:))
        payment.post = parsed.postURL.map(Callback.init(url:))
        payment.expiryMinutes = parsed.expiryMinutes
        payment.auto = parsed.auto
        payment.language = language
    }

    /// An existing customer (400 1106 when unknown), or the customer the details describe: reused when an
    /// identical one exists, created otherwise (Tap creates a customer for a charge without `customer.id`).
    private func resolveCustomer(
        _ input: CustomerInput, at now: Int64, state: borrowing AccountState, ids: IdentifierGenerator
    ) throws(TapError) -> (Customer, isNew: Bool) {
        switch input {
        case .existing(let id):
            guard let customer = state.customers[id] else { throw .notFound(.customer, inBody: true) }
            return (customer, false)
        case .details(let details):
            if let existing = state.customer(matching: details) { return (existing, false) }
            let serial = ids.nextSerial()
            var customer = Customer(
                id: Identifier.make("cus_", serial: serial, createdAt: now), serial: serial, createdAt: now)
            customer.firstName = details.firstName
            customer.middleName = details.middleName
            customer.lastName = details.lastName
            customer.email = details.email
            customer.phone = details.phone
            return (customer, true)
        }
    }

    /// For a capture (`source.id = auth_…`, spec §5.4): the AUTHORIZED authorize, same currency, enough left.
    private func authorizeToCapture(_ parsed: PaymentRequest, kind: Payment.Kind, state: borrowing AccountState)
        throws(TapError) -> Payment?
    {
        guard parsed.sourceID.hasPrefix("auth_") else { return nil }
        guard kind == .charge else {
            throw .invalid("1125", "Source id is invalid: an authorize cannot pay an authorize")
        }
        guard let authorize = state.authorizes[parsed.sourceID] else { throw .notFound(.authorize, inBody: true) }
        guard authorize.status == .authorized else { throw .invalid("1114", "Please check the Authorize status") }
        guard authorize.amount.currency == parsed.amount.currency else {
            throw .invalid("1149", "Currency code is not matching with existing currency code")
        }
        guard parsed.amount.minorUnits <= authorize.amount.minorUnits else {
            throw .invalid("1150", "Capture amount exceeds with the outstanding authorized amount")
        }
        return authorize
    }

    /// The token a charge may spend: unknown or expired → 1125, used before → 1126 (spec §4.3, §7.1).
    private func usableToken(_ id: String) throws(TapError) -> Token {
        guard id.hasPrefix("tok_") else { throw .invalid("1125", "Source id is invalid") }
        let now = context.store.time.nowMilliseconds()
        let token = context.store.tokens.withLock { $0[id] }
        guard let token, !token.isExpired(at: now) else { throw .invalid("1125", "Source id is invalid") }
        guard !token.used else { throw .invalid("1126", "Source already used, Please create the new source") }
        return token
    }

    /// Spends the token; checked again under the token lock, so two charges can never spend one token.
    private func markUsed(_ id: String) throws(TapError) {
        let spent = context.store.tokens.withLock { tokens in
            guard tokens[id]?.used == false else { return false }
            tokens[id]?.used = true
            return true
        }
        guard spent else { throw .invalid("1126", "Source already used, Please create the new source") }
    }

    private func source(token: Token?, redirect: RedirectSource?, capturing: Payment?) -> PaymentSource {
        if let token {
            return PaymentSource(kind: .token, id: token.id, paymentMethod: token.card.brand, card: token.card)
        }
        if let capturing {
            return PaymentSource(
                kind: .authorize, id: capturing.id, paymentMethod: capturing.source.paymentMethod,
                card: capturing.source.card)
        }
        return PaymentSource(kind: .redirect, id: redirect?.id ?? "src_all", paymentMethod: redirect?.paymentMethod)
    }

    /// The created (or, for a repeated idempotent key, the original) object; a repeat is marked with
    /// `x-sandbox-idempotent-replay: true` (spec §11's proposed replay header, in the sandbox's namespace).
    func render(_ payment: Payment, account: Account, gate: ResponseGate?, isReplay: Bool) -> HTTPResponse {
        var response = HTTPResponse.json(payment.json(context.renderContext(account, method: "CREATE")))
        if isReplay { response.headers.add(name: "x-sandbox-idempotent-replay", value: "true") }
        response.gate = gate
        return response
    }
}

extension AccountState {
    /// The oldest customer whose name, email and phone equal `details` exactly.
    func customer(matching details: CustomerSnapshot) -> Customer? {
        customerIndex.oldest(matching: details).flatMap { customers[$0] }
    }
}
