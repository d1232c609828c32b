/// Which networks and funding a BIN belongs to: the local BINs of Tap's test cards, then international ranges.
struct BINRule: Sendable {
    let scheme: CardNetwork
    let brand: CardNetwork
    let funding: CardFunding

    // Spec §12.1 test cards. The international brand of a local BIN follows its leading digit (4 → VISA,
    // 5 → MASTERCARD) as in Tap's mada webhook example; BINs outside those ranges carry the local name as brand.
    // Local networks here are debit schemes. NAPS (421537, the Naps/QPay test card) is PROPOSED.
    private static let localBINs: [String: BINRule] = [
        "446404": BINRule(scheme: .mada, brand: .visa, funding: .debit),
        "558848": BINRule(scheme: .mada, brand: .mastercard, funding: .debit),
        "888888": BINRule(scheme: .knet, brand: .knet, funding: .debit),
        "460041": BINRule(scheme: .benefit, brand: .visa, funding: .debit),
        "777777": BINRule(scheme: .benefit, brand: .benefit, funding: .debit),
        "111111": BINRule(scheme: .benefit, brand: .benefit, funding: .debit),
        "422823": BINRule(scheme: .omanNet, brand: .visa, funding: .debit),
        "421537": BINRule(scheme: .naps, brand: .visa, funding: .debit),
    ]

    /// The rule for a card's first six digits. International cards are reported as CREDIT: nothing in a
    /// test number says otherwise.
    static func match(_ firstSix: String) -> BINRule {
        if let local = localBINs[firstSix] { return local }
        let network = internationalNetwork(firstSix)
        return BINRule(scheme: network, brand: network, funding: .credit)
    }

    // IIN ranges: VISA 4; American Express 34, 37; Mastercard 51-55 and 2221-2720.
    private static func internationalNetwork(_ firstSix: String) -> CardNetwork {
        let firstTwo = Int(firstSix.prefix(2)) ?? 0
        let firstFour = Int(firstSix.prefix(4)) ?? 0
        switch true {
        case firstSix.hasPrefix("4"): return .visa
        case firstTwo == 34 || firstTwo == 37: return .americanExpress
        case (51...55).contains(firstTwo) || (2221...2720).contains(firstFour): return .mastercard
        default: return .unknown
        }
    }
}
