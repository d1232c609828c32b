extension Payment {
    /// The card and customer of the payment agreement a successful `save_card` payment creates (spec §4.4
    /// `payment_agreement`, contract type SAVED_CARD), or nil when no card was saved by it.
    public var savedCardAgreement: (cardID: String, customerID: String)? {
        guard saveCard, let cardID = source.card?.savedCardID, let customerID = customer?.id else { return nil }
        return (cardID, customerID)
    }

    /// Writes `payment_agreement` as Tap's charge and webhook examples show it (spec §4.4, §9.1); its ids
    /// are derived, like the payment's other secondary references.
    func writeAgreement(to writer: inout JSONWriter, _ context: RenderContext) {
        guard let agreement = savedCardAgreement else { return }
        writer.key("payment_agreement")
        writer.beginObject()
        writer.field("id", Identifier.make("payment_agreement_", serial: serial ^ 0x5_A6EE_A6EE, createdAt: createdAt))
        writer.field("amount_variability", "VARIABLE")
        writer.field("type", "UNSCHEDULED")
        writer.field("total_payments_count", 1)
        writer.key("contract")
        writer.beginObject()
        writer.field("id", agreement.cardID)
        writer.field("customer_id", agreement.customerID)
        writer.field("type", "SAVED_CARD")
        writer.endObject()
        writer.key("metadata")
        writer.beginObject()
        writer.field("txn_type", kind == .charge ? "CHARGE" : "AUTHORIZE")
        writer.field("txn_id", id)
        writer.field("terminal_id", Self.terminalID(of: context.merchant))
        writer.endObject()
        writer.endObject()
    }

    /// One terminal per merchant; the fixed creation time only shapes the id (`ter_TS…2021…`, like Tap's).
    static func terminalID(of merchant: Merchant) -> String {
        Identifier.make("ter_", serial: Int64(merchant.id) ?? 0, createdAt: 1_633_000_000_000)
    }
}
