/// A `src_…` payment source that sends the customer to a page (spec §4.3): the hosted page with every
/// method or cards only, or a local method's page (KNET, Benefit, mada ...).
struct RedirectSource: Sendable, Equatable {
    var id: String
    /// `payment_method` once paid; nil for the hosted pages, where the customer picks.
    var paymentMethod: String?
    /// The only currency the method takes, when it has one (spec §4.2 `currency`).
    var currency: Currency?
    var supportsAuthorize: Bool

    static let known: [String: RedirectSource] = [
        "src_all": RedirectSource(id: "src_all", paymentMethod: nil, currency: nil, supportsAuthorize: true),
        "src_card": RedirectSource(id: "src_card", paymentMethod: nil, currency: nil, supportsAuthorize: true),
        "src_cards": RedirectSource(id: "src_cards", paymentMethod: nil, currency: nil, supportsAuthorize: true),
        "src_kw.knet": RedirectSource(id: "src_kw.knet", paymentMethod: "KNET", currency: .kwd, supportsAuthorize: true),
        "src_bh.benefit": RedirectSource(
            id: "src_bh.benefit", paymentMethod: "BENEFIT", currency: .bhd, supportsAuthorize: false),
        "src_benefitpay": RedirectSource(
            id: "src_benefitpay", paymentMethod: "BENEFITPAY", currency: .bhd, supportsAuthorize: false),
        "src_sa.mada": RedirectSource(id: "src_sa.mada", paymentMethod: "MADA", currency: .sar, supportsAuthorize: true),
        "src_om.omannet": RedirectSource(
            id: "src_om.omannet", paymentMethod: "OMANNET", currency: .omr, supportsAuthorize: false),
        "src_omannet": RedirectSource(
            id: "src_omannet", paymentMethod: "OMANNET", currency: .omr, supportsAuthorize: false),
        "src_qa.qpay": RedirectSource(id: "src_qa.qpay", paymentMethod: "QPAY", currency: .qar, supportsAuthorize: false),
        "src_apple_pay": RedirectSource(
            id: "src_apple_pay", paymentMethod: "APPLE_PAY", currency: nil, supportsAuthorize: true),
        "src_google_pay": RedirectSource(
            id: "src_google_pay", paymentMethod: "GOOGLE_PAY", currency: nil, supportsAuthorize: true),
    ]

    /// The redirect source `id` names, checked against the currency and the kind of object; nil when `id`
    /// is not a `src_` id at all (a token or an authorize).
    static func resolve(_ id: String, kind: Payment.Kind, currency: Currency) throws(TapError) -> RedirectSource? {
        guard id.hasPrefix("src_") else { return nil }
        guard let source = known[id] else { throw .invalid("1125", "Source id is invalid: \(id) is not supported") }
        if let only = source.currency, only != currency {
            throw .invalid("1119", "Currency code not supported: \(source.paymentMethod ?? id) accepts \(only.code) only")
        }
        if kind == .authorize && !source.supportsAuthorize {
            throw .invalid("1125", "Source id is invalid: \(id) does not support authorize")
        }
        return source
    }
}

/// What happens to a new payment (spec §12.2, §15), a scenario's result included (CONTRACT.md §4: scenarios
/// override any outcome; `scenarios/README.md` tells when each applies).
enum PaymentOutcome: Equatable {
    /// INITIATED (or a scenario's IN_PROGRESS); `needsCustomer` when the flow sends the customer to
    /// `transaction.url` (a redirect source, a 3-D Secure challenge), which then needs `redirect.url`.
    case pending(PaymentStatus, code: String, needsCustomer: Bool)
    /// Settled at once with a final status and response code.
    case settled(PaymentStatus, code: String)

    /// - Parameter scripted: the scenario's result, already read for `kind` (CAPTURED → AUTHORIZED). A
    ///   final result settles at once only where Tap's flow would (a card without a challenge, a capture);
    ///   where the customer must act, the payment waits and the result applies when the customer approves.
    static func decide(
        kind: Payment.Kind, token: Token?, redirect: RedirectSource?, capturing: Bool, threeDSecure: Bool,
        scripted: ScenarioStatus?
    ) -> PaymentOutcome {
        let approved: PaymentStatus = kind == .charge ? .captured : .authorized
        let waiting = scripted.flatMap { $0.status.isPending ? $0 : nil }
        if capturing {
            // A capture settles at once (spec §5.4); a pending scenario cannot hold it.
            guard let scripted, waiting == nil else { return .settled(.captured, code: "000") }
            return .settled(scripted.status, code: scripted.code)
        }
        guard let token else {
            return .pending(waiting?.status ?? .initiated, code: waiting?.code ?? "100", needsCustomer: true)
        }
        let challenge = threeDSecure && TestCards.isEnrolled(token.number)
        if let waiting { return .pending(waiting.status, code: waiting.code, needsCustomer: challenge) }
        if challenge { return .pending(.initiated, code: "100", needsCustomer: true) }
        if let scripted { return .settled(scripted.status, code: scripted.code) }
        // spec §9.4: a non-enrolled card with threeDSecure true is declined 504 without a challenge.
        if threeDSecure { return .settled(.declined, code: "504") }
        return settlement(of: token.cardResult, approved: approved)
    }

    /// The final result of a card whose customer passed (or skipped) 3-D Secure.
    static func settlement(of result: CardResult, approved: PaymentStatus) -> PaymentOutcome {
        switch result {
        case .approved: .settled(approved, code: approved.defaultResponseCode)
        case .refused(let status, let code): .settled(status, code: code)
        }
    }
}
