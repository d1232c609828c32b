/// Which page a pending payment shows (CONTRACT.md §5, spec §10): the card form of the hosted page
/// (`src_all`, `src_card`, and card-based local methods such as mada, branded after them), a KNET or
/// Benefit debit page, or the 3-D Secure challenge of a card token that needs one.
enum HostedPageKind: Sendable, Equatable {
    /// The card form; `method` names the local card network the page is branded for (mada, OmanNet ...).
    case card(method: String?)
    case knet
    case benefit
    case challenge

    init(_ payment: Payment) {
        switch (payment.source.kind, payment.source.id) {
        case (.token, _), (.authorize, _): self = .challenge
        case (.redirect, "src_kw.knet"): self = .knet
        case (.redirect, "src_bh.benefit"): self = .benefit
        case (.redirect, let id): self = .card(method: Self.brandedMethods[id])
        }
    }

    /// Card-based redirect sources whose page carries the method's name (spec §4.3).
    private static let brandedMethods: [String: String] = [
        "src_sa.mada": "mada", "src_om.omannet": "OmanNet", "src_omannet": "OmanNet", "src_qa.qpay": "NAPS / QPay",
        "src_benefitpay": "BenefitPay", "src_apple_pay": "Apple Pay", "src_google_pay": "Google Pay",
    ]

    /// Whether the page takes a debit card with a PIN instead of a CVV.
    var isLocalDebit: Bool { self == .knet || self == .benefit }

    /// The CSS class that gives the page its method's colours.
    var themeClass: String {
        switch self {
        case .card(let method): method == "mada" ? "theme-mada" : "theme-card"
        case .knet: "theme-knet"
        case .benefit: "theme-benefit"
        case .challenge: "theme-card"
        }
    }
}
