/// One row of the dashboard's object list (`GET /_sandbox/objects`): a charge, authorize, refund, payout or
/// webhook delivery reduced to what a list shows and filters on. The full object is one click away
/// (`GET /_sandbox/objects/{id}`).
struct DashboardObject: Sendable {
    /// `charge`, `authorize`, `refund`, `payout` or `webhook`.
    var kind: String
    var id: String
    var merchantID: String
    var status: String
    var amount: Amount?
    /// Epoch milliseconds on the account's sandbox clock.
    var created: Int64
    /// What a person needs to tell it apart: method, references, description, where a webhook goes.
    var label: String
    /// The object it belongs to: a refund's charge, a webhook's object, a capture's authorize.
    var related: String?
    /// Further text the search matches (email, references, URLs), besides id, status and label.
    var extra: [String] = []

    /// Every object of an account.
    static func all(in state: borrowing AccountState, merchantID: String) -> [DashboardObject] {
        var objects: [DashboardObject] = []
        objects.reserveCapacity(state.charges.count + state.authorizes.count + state.refunds.count)
        for payment in state.charges.values { objects.append(Self(payment, merchantID: merchantID)) }
        for payment in state.authorizes.values { objects.append(Self(payment, merchantID: merchantID)) }
        for refund in state.refunds.values { objects.append(Self(refund, merchantID: merchantID)) }
        for payout in state.payouts.ordered.values { objects.append(Self(payout, merchantID: merchantID)) }
        for delivery in state.deliveries.all { objects.append(Self(delivery, merchantID: merchantID)) }
        return objects
    }

    init(kind: String, id: String, merchantID: String, status: String, amount: Amount?, created: Int64,
         label: String, related: String? = nil, extra: [String] = [])
    {
        self.kind = kind
        self.id = id
        self.merchantID = merchantID
        self.status = status
        self.amount = amount
        self.created = created
        self.label = label
        self.related = related
        self.extra = extra
    }

    init(_ payment: Payment, merchantID: String) {
        let method = payment.source.paymentMethod ?? payment.source.card?.brand ?? payment.source.id
        let parts = [method, payment.reference.order, payment.description].compactMap { $0 }.filter { !$0.isEmpty }
        self.init(
            kind: payment.kind.rawValue, id: payment.id, merchantID: merchantID, status: payment.status.rawValue,
            amount: payment.amount, created: payment.createdAt, label: parts.joined(separator: " · "),
            related: payment.linkedID,
            extra: [
                payment.reference.transaction, payment.reference.idempotent, payment.customer?.email,
                payment.customer?.id, payment.post?.url, payment.redirect?.url, payment.scenario,
            ].compactMap { $0 })
    }

    init(_ refund: Refund, merchantID: String) {
        let label = ["refund of " + refund.chargeID, refund.reason].filter { !$0.isEmpty }.joined(separator: " · ")
        self.init(
            kind: "refund", id: refund.id, merchantID: merchantID, status: refund.status.rawValue,
            amount: refund.amount, created: refund.createdAt, label: label, related: refund.chargeID,
            extra: [refund.reference.merchant, refund.reference.idempotent, refund.post?.url].compactMap { $0 })
    }

    init(_ payout: Payout, merchantID: String) {
        self.init(
            kind: "payout", id: payout.id, merchantID: merchantID, status: payout.status.rawValue,
            amount: payout.amount, created: payout.date,
            label: Self.counted(payout.chargeIDs.count, "charge") + ", "
                + Self.counted(payout.refundIDs.count, "refund"))
    }

    init(_ delivery: WebhookDelivery, merchantID: String) {
        var label = "\(delivery.payload.objectKind) \(delivery.payload.objectStatus) → \(delivery.url)"
        if delivery.replayOf != nil {
            label += delivery.tampered ? " (tampered replay)" : " (replay)"
        } else if delivery.tampered {
            label += " (wrong hashstring)"
        }
        if delivery.duplicateOf != nil { label += " (duplicate)" }
        self.init(
            kind: "webhook", id: delivery.id, merchantID: merchantID, status: delivery.status.rawValue, amount: nil,
            created: delivery.createdAt, label: label, related: delivery.objectID)
    }

    /// `1 charge`, `2 charges`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Whether `text` (already lowercased) appears in what a person would search for.
    func matches(_ text: String) -> Bool {
        ([id, status, label, merchantID, related ?? ""] + extra).contains { $0.lowercased().contains(text) }
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", kind)
        writer.field("id", id)
        writer.field("merchant_id", merchantID)
        writer.field("status", status)
        if let amount {
            // Text, so that the currency's decimals survive a JavaScript number (`1.500`, not `1.5`).
            writer.field("amount", amount.formatted)
            writer.field("currency", amount.currency.code)
        }
        writer.field("created", created)
        writer.field("label", label)
        writer.field("related", related)
        writer.endObject()
    }
}
