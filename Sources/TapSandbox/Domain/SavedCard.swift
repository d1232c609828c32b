/// A card saved for a customer (spec §7.3), from a token (`POST /v2/card/{customer_id}`) or by a payment
/// made with `save_card: true`. Only what the saved-card object shows is kept: never the number or the CVC.
public struct SavedCard: Sendable, Equatable, Codable {
    public var id: String
    /// Epoch milliseconds on the account's clock; a number on the wire (spec §7.3).
    public var createdAt: Int64
    public var customerID: String
    public var card: CardSummary
    /// The billing address given with the card token, echoed as sent.
    public var address = JSONObject()

    public init(id: String, createdAt: Int64, customerID: String, card: CardSummary) {
        self.id = id
        self.createdAt = createdAt
        self.customerID = customerID
        self.card = card
        self.card.savedCardID = id
    }

    /// Whether this is the same card as `other`: the same number, by fingerprint.
    public func isSameCard(as other: CardSummary) -> Bool {
        card.fingerprintOrStandIn == other.fingerprintOrStandIn
    }
}

extension SavedCard {
    /// The saved-card object, in the field order of Tap's example (spec §7.3).
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("created", createdAt)
        writer.field("object", "card")
        writer.field("live_mode", false)
        writer.field("address", .object(address))
        writer.field("customer", customerID)
        writer.field("funding", card.funding)
        writer.field("fingerprint", card.fingerprintOrStandIn)
        writer.field("brand", card.brand)
        writer.field("scheme", card.scheme)
        writer.field("name", card.name)
        writer.field("exp_month", card.expMonth)
        writer.field("exp_year", card.shortExpYear)
        writer.field("last_four", card.lastFour)
        writer.field("first_six", card.firstSix)
        writer.endObject()
    }

    public var json: [UInt8] {
        var writer = JSONWriter(capacity: 512)
        write(to: &writer)
        return writer.bytes
    }
}
