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

/// What happens to a new payment, before any scenario applies (spec §12.2, §15).
enum PaymentOutcome: Equatable {
    /// INITIATED: the customer must visit `transaction.url`.
    case pending
    /// Settled at once with a final status and response code.
    case settled(PaymentStatus, code: String)

    static func decide(kind: Payment.Kind, token: Token?, redirect: RedirectSource?, capturing: Bool,
                       threeDSecure: Bool) -> PaymentOutcome
    {
        let approved: PaymentStatus = kind == .charge ? .captured : .authorized
        if capturing { return .settled(.captured, code: "000") }
        guard let token else { return .pending }
        let enrolled = TestCards.isEnrolled(token.number)
        if threeDSecure {
            // spec §9.4: a non-enrolled card with threeDSecure true is declined 504 without a challenge.
            return enrolled ? .pending : .settled(.declined, code: "504")
        }
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
