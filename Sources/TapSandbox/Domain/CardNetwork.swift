/// A card network name as Tap writes it in `card.scheme` and `card.brand` (`"MADA"`, `"VISA"`).
///
/// `scheme` is the network that routes the payment (a local one such as MADA when the BIN has one) and `brand`
/// the international network printed on the card, as Tap's webhook example shows: `"scheme":"MADA","brand":"VISA"`.
public struct CardNetwork: RawRepresentable, Hashable, Sendable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let visa = CardNetwork(rawValue: "VISA")
    public static let mastercard = CardNetwork(rawValue: "MASTERCARD")
    public static let americanExpress = CardNetwork(rawValue: "AMERICAN_EXPRESS")
    public static let mada = CardNetwork(rawValue: "MADA")
    public static let knet = CardNetwork(rawValue: "KNET")
    public static let benefit = CardNetwork(rawValue: "BENEFIT")
    public static let omanNet = CardNetwork(rawValue: "OMANNET")
    // PROPOSED: Tap does not publish the scheme name it reports for Qatar's NAPS debit network.
    public static let naps = CardNetwork(rawValue: "NAPS")
    /// A number whose BIN the sandbox does not know (spec §12.2 still lets it pay).
    public static let unknown = CardNetwork(rawValue: "UNKNOWN")
}

/// Whether a card draws on credit or on a bank account, as Tap's `source.payment_type` shows it.
public struct CardFunding: RawRepresentable, Hashable, Sendable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let credit = CardFunding(rawValue: "CREDIT")
    public static let debit = CardFunding(rawValue: "DEBIT")
}
