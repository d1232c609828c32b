/// The HTTP request of one delivery attempt (CONTRACT.md §7, spec §9.1, §9.5): the object as `GET` returns
/// it except `"method":"POST"` and `post` = `{attempt, status: PENDING, url}`, as in Tap's webhook bodies;
/// the headers Tap's sender was seen to send, and `hashstring` signed with the account's secret key.
struct WebhookMessage: Sendable {
    /// The headers in the order they go on the wire, including `host`, `content-length` and `connection`.
    var headers: HTTPHeaders
    var body: [UInt8]

    /// Spec §9.1: headers captured from Tap's webhook sender on webhook.site.
    static let userAgent = "Apache-HttpClient/4.5.13 (Java/18.0.2.1)"
    static let accept = "text/plain, application/json, application/cbor, application/*+json, */*"

    init(_ payload: DeliveryPayload, url: String, tampered: Bool, attempt: Int, account: Account, publicURL: String) {
        let context = RenderContext(method: "POST", publicURL: publicURL, merchant: account.merchant)
        body = Self.body(payload, url: url, attempt: attempt, context: context)
        let hashString = Self.hashString(payload)
        // A tampered delivery is signed with another key: it still looks like a real signature (64 hex
        // digits), so only a merchant who recomputes it can tell.
        let signature = hashString.signature(secretKey: tampered ? account.key + "#tampered" : account.key)
        headers = ["content-type": "application/json", "hashstring": signature]
        headers.add(name: "user-agent", value: Self.userAgent)
        headers.add(name: "accept", value: Self.accept)
        headers.add(name: "host", value: HTTPClientURL(url)?.authority ?? "")
        headers.add(name: "content-length", value: String(body.count))
        headers.add(name: "connection", value: "close")
    }

    static func body(_ payload: DeliveryPayload, url: String, attempt: Int, context: RenderContext) -> [UInt8] {
        var post = Callback(url: url)
        post.attempt = attempt
        switch payload {
        case .payment(var payment):
            payment.post = post
            return payment.json(context)
        case .refund(var refund):
            refund.post = post
            return refund.json(context)
        case .payout(let payout):
            return payout.json(context.merchant)
        }
    }

    /// Spec §9.2: charges and authorizes sign `transaction.created` and their gateway and payment references,
    /// refunds their own `created`; payouts the PROPOSED formula of `HashString.payout` (not a Tap fact).
    static func hashString(_ payload: DeliveryPayload) -> HashString {
        switch payload {
        case .payment(let payment):
            let references = payment.gatewayReferences
            return .payment(
                id: payment.id, amount: payment.amount, status: payment.status.rawValue, created: payment.createdAt,
                gatewayReference: references.gateway, paymentReference: references.payment)
        case .refund(let refund):
            let references = refund.gatewayReferences
            return .payment(
                id: refund.id, amount: refund.amount, status: refund.status.rawValue, created: refund.createdAt,
                gatewayReference: references.gateway, paymentReference: references.payment)
        case .payout(let payout):
            return .payout(id: payout.id, amount: payout.amount, status: payout.status.rawValue, created: payout.date)
        }
    }
}
