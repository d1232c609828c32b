extension Refund {
    /// The Tap JSON of this refund: the fields of Tap's response model (spec §6.3) in its order, completed as
    /// the spec's PROPOSED object (`reference.gateway`/`payment`, `post.status`, `merchant_id`, `method`).
    public func json(_ context: RenderContext) -> [UInt8] {
        var writer = JSONWriter(capacity: 768)
        write(to: &writer, context)
        return writer.bytes
    }

    public func write(to writer: inout JSONWriter, _ context: RenderContext) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("object", "refund")
        writer.field("api_version", "V2")
        writer.field("live_mode", false)
        writer.field("method", context.method)
        writer.field("status", status.rawValue)
        writer.key("amount")
        writer.rawNumber(amount.formatted)
        writer.field("currency", amount.currency.code)
        writer.field("charge_id", chargeID)
        // Spec §1: a refund's `created` is a string of epoch milliseconds, like a charge's `transaction.created`.
        writer.field("created", String(createdAt))
        writer.field("description", description ?? "")
        writer.field("reason", reason)
        writer.key("reference")
        writer.beginObject()
        writer.field("merchant", reference.merchant)
        writer.field("gateway", gatewayReferences.gateway)
        writer.field("payment", gatewayReferences.payment)
        writer.field("idempotent", reference.idempotent)
        writer.endObject()
        writer.key("response")
        writer.beginObject()
        writer.field("code", responseCode)
        writer.field("message", RefundResponseCode.message(for: responseCode))
        writer.endObject()
        writer.key("metadata")
        writer.value(.object(metadata))
        writer.field("merchant_id", context.merchant.id)
        if let post { post.write(to: &writer, key: "post") }
        writer.endObject()
    }
}
