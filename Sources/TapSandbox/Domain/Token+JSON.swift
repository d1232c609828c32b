extension Token {
    /// `card.id` of the token: the saved card's id for a saved-card token, otherwise an id of its own
    /// derived from the token's serial (spec §7.1 shows one on every card token).
    public var cardID: String {
        card.savedCardID ?? Identifier.make("card_", serial: serial ^ 0x4_CA2D_CA2D, createdAt: createdAt)
    }

    /// The token object in the field order of Tap's example (spec §7.1): `created` a number, `exp_year`
    /// two digits, the number itself never.
    public var json: [UInt8] {
        var writer = JSONWriter(capacity: 1024)
        writer.beginObject()
        writer.field("id", id)
        writer.field("object", "token")
        writer.field("client_ip", clientIP)
        writer.field("created", createdAt)
        writer.field("live_mode", false)
        writer.field("type", kind.rawValue)
        writer.field("used", used)
        writer.key("card")
        writeCard(to: &writer)
        writer.endObject()
        return writer.bytes
    }

    private func writeCard(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", cardID)
        writer.field("object", "card")
        writer.field("address", .object(address ?? JSONObject()))
        writer.field("customer", customerID)
        writer.field("funding", card.funding)
        writer.field("fingerprint", card.fingerprintOrStandIn)
        writer.field("brand", card.brand)
        writer.field("scheme", card.scheme)
        writer.field("exp_month", card.expMonth)
        writer.field("exp_year", card.shortExpYear)
        writer.field("last_four", card.lastFour)
        writer.field("first_six", card.firstSix)
        writer.field("name", card.name)
        writer.key("issuer")
        writer.beginObject()
        writer.field("bank", "")
        writer.field("country", card.issuerCountry)
        writer.field("id", "")
        writer.endObject()
        writer.endObject()
    }
}
