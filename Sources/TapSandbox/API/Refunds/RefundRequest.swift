/// A validated create-refund body (spec §6.2). Parsing checks everything that does not depend on stored
/// state, with Tap's code for each field (spec §3.3); the charge itself is checked in the transaction.
struct RefundRequest: Sendable {
    var chargeID: String
    var amount: Amount
    var reason: String
    var description: String?
    var metadata: JSONObject
    var reference: RefundReference
    var postURL: String?

    static func parse(_ body: Fields) throws(TapError) -> RefundRequest {
        guard let chargeID = try body.string("charge_id", code: "1143"), !chargeID.isEmpty else {
            throw .invalid("1142", "Charge id is missing")
        }
        let amount = try PaymentRequest.parseAmount(body)
        // Spec §6.2: Tap lists duplicate, fraudulent and requested_by_customer, but its own examples and
        // plugins send free text, so any text is taken.
        guard let reason = try body.string("reason", code: "1156"), !reason.isEmpty else {
            throw .invalid("1156", "Refund reason is missing")
        }
        guard reason.count < 250 else {
            throw .invalid("1157", "Refund reason length should be less than 250 characters")
        }
        let reference = try body.object("reference")
        var request = RefundRequest(
            chargeID: chargeID, amount: amount, reason: reason, metadata: try body.metadata() ?? JSONObject(),
            reference: RefundReference())
        request.description = try body.string(
            "description", maxLength: 999, code: "1121",
            description: "The 'description' should be less than 1000 characters")
        request.reference.merchant = try reference?.string(
            "merchant", maxLength: 99, code: "1123",
            description: "Merchant transaction reference length should be less than 100 characters")
        request.reference.idempotent = try PaymentRequest.idempotentKey(body)
        request.postURL = try PaymentRequest.callbackURL(body, "post", code: "1103", name: "post.url")
        return request
    }
}
