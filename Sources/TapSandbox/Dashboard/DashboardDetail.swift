/// One object in full for the dashboard's detail view (`GET /_sandbox/objects/{id}`): its Tap JSON as
/// `GET` would return it (the same renderers as the API), every webhook delivery of it with every attempt
/// (headers with `hashstring`, bodies, answers), the objects it is tied to, and what the dashboard can do
/// with it (settle it on the hosted page, follow its redirect).
struct DashboardDetail {
    /// The object as the list shows it (its amount as text keeps the currency's decimals).
    var summary: DashboardObject
    /// The object's JSON (for a webhook delivery: the delivery as the log shows it).
    var data: [UInt8]
    var related: [String] = []
    /// `hosted_page` while a payment can be settled, `redirect_to` where its customer is sent back.
    var links: [(key: StaticString, url: String)] = []

    /// The JSON of `id` if `account` has such an object.
    static func json(of id: String, in account: Account, context: SandboxContext) -> [UInt8]? {
        let state = account.read { copy $0 }
        guard let detail = find(id, in: state, account: account, context: context) else { return nil }
        var writer = JSONWriter(capacity: 8192)
        writer.beginObject()
        writer.field("object", "sandbox_object")
        writer.field("kind", detail.summary.kind)
        writer.key("summary")
        detail.summary.write(to: &writer)
        writer.field("id", id)
        writer.field("merchant_id", account.merchant.id)
        writer.key("data")
        writer.raw(detail.data)
        // Indented here, where number literals keep their text (a JavaScript number shows 1.500 as 1.5).
        writer.field("data_text", (try? JSONParser.parse(detail.data))?.prettyPrinted() ?? "")
        for (key, url) in detail.links { writer.field(key, url) }
        writer.key("deliveries")
        writer.beginArray()
        for delivery in state.deliveries.of(object: id) { delivery.write(to: &writer, merchantID: account.merchant.id) }
        writer.endArray()
        writer.key("related")
        writer.beginArray()
        for relatedID in detail.related.prefix(100) {
            writer.beginObject()
            writer.field("kind", kind(of: relatedID))
            writer.field("id", relatedID)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }

    static func find(_ id: String, in state: AccountState, account: Account, context: SandboxContext)
        -> DashboardDetail?
    {
        if let payment = state.payment(id) {
            var detail = DashboardDetail(
                summary: DashboardObject(payment, merchantID: account.merchant.id),
                data: payment.json(context.renderContext(account, method: "GET")))
            if payment.status.isPending { detail.links.append(("hosted_page", "/_sandbox/pay/" + payment.id)) }
            if let redirect = payment.redirect {
                detail.links.append(("redirect_to", RedirectLocation.url(redirect.url, tapID: payment.id)))
            }
            detail.related = [payment.linkedID].compactMap { $0 }
                + state.refunds.values.filter { $0.chargeID == payment.id }.map(\.id)
            return detail
        }
        if let refund = state.refunds[id] {
            let data = refund.json(context.renderContext(account, method: "GET"))
            return DashboardDetail(
                summary: DashboardObject(refund, merchantID: account.merchant.id), data: data,
                related: [refund.chargeID])
        }
        if let payout = state.payouts[id] {
            return DashboardDetail(
                summary: DashboardObject(payout, merchantID: account.merchant.id), data: payout.json(account.merchant),
                related: payout.chargeIDs + payout.refundIDs)
        }
        if let delivery = state.deliveries[id] {
            var writer = JSONWriter(capacity: 4096)
            delivery.write(to: &writer, merchantID: account.merchant.id)
            return DashboardDetail(
                summary: DashboardObject(delivery, merchantID: account.merchant.id), data: writer.bytes,
                related: [delivery.objectID] + [delivery.replayOf].compactMap { $0 })
        }
        return nil
    }

    /// The dashboard kind an id names, by its prefix.
    static func kind(of id: String) -> String {
        let prefixes = [
            ("chg_", "charge"), ("auth_", "authorize"), ("re_", "refund"), ("payout_", "payout"), ("whd_", "webhook"),
        ]
        return prefixes.first { id.hasPrefix($0.0) }?.1 ?? "object"
    }
}
