/// Saving cards for customers (spec §7.3): explicitly from a token (`POST /v2/card/{customer_id}`) or by a
/// payment made with `save_card: true` once it succeeds.
enum CardSaving {
    /// Saves `card` for `customer`, or refreshes the copy it already has of the same number (by fingerprint),
    /// so that saving at every checkout does not pile up duplicates. Returns the saved card.
    static func save(
        _ card: CardSummary, address: JSONObject?, for customer: inout Customer, at time: Int64,
        ids: IdentifierGenerator
    ) -> SavedCard {
        if let index = customer.cards.firstIndex(where: { $0.isSameCard(as: card) }) {
            let id = customer.cards[index].id
            customer.cards[index].card = card
            customer.cards[index].card.savedCardID = id
            if let address { customer.cards[index].address = address }
            return customer.cards[index]
        }
        let serial = ids.nextSerial()
        var saved = SavedCard(
            id: Identifier.make("card_", serial: serial, createdAt: time), createdAt: time, customerID: customer.id,
            card: card)
        if let address { saved.address = address }
        customer.cards.append(saved)
        return saved
    }

    /// `save_card: true` (spec §4.2, §7.3): a charge that is CAPTURED or an authorize that is AUTHORIZED
    /// with a card and a customer saves the card; the payment then shows `card.id` and its
    /// `payment_agreement`. Called by `PaymentLifecycle.enter` for every status change.
    static func saveIfAsked(
        _ payment: inout Payment, at time: Int64, state: inout AccountState, ids: IdentifierGenerator
    ) {
        guard payment.saveCard, payment.status == .captured || payment.status == .authorized,
            let card = payment.source.card, card.savedCardID == nil,
            let customerID = payment.customer?.id, var customer = state.customers[customerID]
        else { return }
        let saved = save(card, address: nil, for: &customer, at: time, ids: ids)
        state.put(customer)
        payment.source.card?.savedCardID = saved.id
    }

    /// A saved-card token pays only for its own customer (spec §5.2: "If the token comes from a saved card,
    /// customer.id must be provided"): 1104 without `customer.id`, 1107 with another customer's.
    static func checkPayer(of token: Token, _ payer: CustomerInput) throws(TapError) {
        guard token.kind == .savedCard else { return }
        guard case .existing(let id) = payer else {
            throw .invalid("1104", "Customer id is missing: a saved-card token pays with its customer's customer.id")
        }
        guard id == token.customerID else {
            throw .invalid("1107", "Customer id is not matching with existing customer")
        }
    }
}
