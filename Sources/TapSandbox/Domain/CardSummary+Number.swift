extension CardSummary {
    /// What objects may show of a validated card: BIN, last four, networks, funding, expiry, name and
    /// fingerprint, never the full number (spec §4.4 `card`, §7.1).
    public init(number: CardNumber, expiry: CardExpiry, name: String?) {
        self.init(
            firstSix: number.firstSix, firstEight: number.firstEight, lastFour: number.lastFour,
            scheme: number.scheme.rawValue, brand: number.brand.rawValue, funding: number.funding.rawValue,
            name: name, expMonth: expiry.month, expYear: expiry.year)
        fingerprint = CardFingerprint.of(number)
    }

    /// `exp_year` as Tap shows it on tokens and saved cards: two digits (spec §7.1).
    public var shortExpYear: Int { expYear % 100 }

    /// The country of the card's issuer where the network says it (local debit schemes); empty otherwise,
    /// as the sandbox knows no issuing banks.
    public var issuerCountry: String {
        switch scheme {
        case CardNetwork.mada.rawValue: "SA"
        case CardNetwork.knet.rawValue: "KW"
        case CardNetwork.benefit.rawValue: "BH"
        case CardNetwork.omanNet.rawValue: "OM"
        case CardNetwork.naps.rawValue: "QA"
        default: ""
        }
    }

    /// The fingerprint, or for a card that arrived without one (built by hand from a masked number) a
    /// stand-in from what is known of it, so saving it twice still finds the first copy.
    var fingerprintOrStandIn: String {
        fingerprint ?? CardFingerprint.of(digits: firstEight + "/" + lastFour + "/" + String(expYear))
    }
}
