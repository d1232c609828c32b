/// The string Tap signs into a webhook's `hashstring` header, and its signature (spec §9.2).
///
/// The message is each field as `x_<name><value>`, concatenated in order with no separators; the signature is
/// lowercase hex HMAC-SHA256 of it with the account's secret key. Reproduces the verified vector of spec §9.4.
public struct HashString: Hashable, Sendable {
    /// One labelled value of the message.
    public struct Field: Hashable, Sendable {
        /// The label after `x_`, e.g. `"gateway_reference"`.
        public let name: String
        public let value: String
    }

    /// The fields in signing order.
    public let fields: [Field]

    private init(_ pairs: KeyValuePairs<String, String>) {
        fields = pairs.map { Field(name: $0.key, value: $0.value) }
    }

    /// The formula for charge, authorize (and void) and refund objects.
    ///
    /// - Parameters:
    ///   - amount: formatted with the currency's decimals whatever the JSON body shows (`1.0` signs as `1.00`).
    ///   - created: epoch milliseconds: `transaction.created` for charges and authorizes, `created` for refunds.
    ///   - gatewayReference: `reference.gateway`; empty when the object has none.
    ///   - paymentReference: `reference.payment`; empty when the object has none.
    public static func payment(
        id: String,
        amount: Amount,
        status: String,
        created: Int64,
        gatewayReference: String = "",
        paymentReference: String = ""
    ) -> HashString {
        HashString([
            "id": id, "amount": amount.formatted, "currency": amount.currency.code,
            "gateway_reference": gatewayReference, "payment_reference": paymentReference,
            "status": status, "created": String(created),
        ])
    }

    /// PROPOSED, not a Tap fact: Tap says payout webhooks are signed but does not publish how (spec §8), so the
    /// sandbox uses the payment formula without the references, `created` being the payout's `date`.
    public static func payout(id: String, amount: Amount, status: String, created: Int64) -> HashString {
        HashString([
            "id": id, "amount": amount.formatted, "currency": amount.currency.code,
            "status": status, "created": String(created),
        ])
    }

    /// The exact text that is signed, e.g. `x_idchg_…x_amount1.00x_currencySAR…x_created1704944911345`.
    public var message: String {
        fields.map { "x_" + $0.name + $0.value }.joined()
    }

    /// The `hashstring` header value: lowercase hex HMAC-SHA256 of `message` keyed with the UTF-8 secret key.
    public func signature(secretKey: String) -> String {
        HMACSHA256.hex(key: secretKey, message: message)
    }
}
