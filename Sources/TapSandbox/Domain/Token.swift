/// A single-use card token (spec §7.1). Tokens stand for card data, not merchant data, so every account
/// sees them (CONTRACT.md §2); their clock is the base time source, not an account's.
public struct Token: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        case card = "CARD"
        case savedCard = "SAVED_CARD"
    }

    /// Tap: "Tokens are one-time use and expire after 5 minutes" (spec §4.3).
    public static let lifetimeMs: Int64 = 5 * 60_000

    public var id: String
    public var serial: Int64
    public var kind: Kind
    public var createdAt: Int64
    public var used = false
    public var clientIP: String?
    public var card: CardSummary
    /// The full number, kept while the token lives (in memory, and with `--data-dir` in the data files until
    /// a compaction after its expiry), so scenarios can match on it. A saved-card token has the number
    /// `TestCards.number(ofSaved:)` gives (saved cards keep no number).
    public var number: String
    /// The outcome the test-card tables give this card's expiry and CVC (spec §12.2), decided at tokenization
    /// so the CVC itself is never stored.
    public var cardResult: CardResult
    /// For a saved-card token: its customer and card.
    public var customerID: String?
    public var address: JSONObject?

    public init(id: String, serial: Int64, kind: Kind, createdAt: Int64, card: CardSummary, number: String,
                cardResult: CardResult) {
        self.id = id
        self.serial = serial
        self.kind = kind
        self.createdAt = createdAt
        self.card = card
        self.number = number
        self.cardResult = cardResult
    }

    public func isExpired(at now: Int64) -> Bool { now >= createdAt + Self.lifetimeMs }
}

/// What a card's details alone decide (spec §12.2): approved, or a final status with its response code.
public enum CardResult: Sendable, Equatable, Codable {
    case approved
    case refused(status: PaymentStatus, code: String)
}
