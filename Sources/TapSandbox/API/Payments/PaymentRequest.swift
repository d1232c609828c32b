/// A validated create-charge or create-authorize body (spec §4.2, §5.2). Parsing checks everything that
/// does not depend on stored state, with Tap's code for each field (spec §3.3); what needs the store
/// (tokens, customers, the authorize being captured) is checked in the transaction.
struct PaymentRequest: Sendable {
    var amount: Amount
    var threeDSecure: Bool
    var saveCard: Bool
    var customerInitiated: Bool
    var description: String? = nil
    var statementDescriptor: String? = nil
    var metadata: JSONObject
    var reference: MerchantReference
    var receipt: Receipt
    var customer: CustomerInput
    var sourceID: String
    var postURL: String? = nil
    var redirectURL: String? = nil
    var expiryMinutes: Int
    var auto: AutoAction? = nil

    static func parse(_ body: Fields, kind: Payment.Kind) throws(TapError) -> PaymentRequest {
        let amount = try parseAmount(body)
        let source = try body.object("source", code: "1124")
        guard let sourceID = try source?.string("id", code: "1124"), !sourceID.isEmpty else {
            throw .invalid("1124", "Source id is missing")
        }
        let reference = try body.object("reference")
        let customer = try CustomerInput.parse(body.object("customer", code: "1129"))
        // CONTRACT.md §3: Tap's WooCommerce plugin spells it `threeDsecure`; both are read.
        let threeDSecure = try body.bool("threeDSecure")
        let threeDsecure = try body.bool("threeDsecure")
        let receipt = try body.object("receipt")
        var request = PaymentRequest(
            amount: amount, threeDSecure: threeDSecure ?? threeDsecure ?? true,
            saveCard: false, customerInitiated: true, metadata: JSONObject(), reference: MerchantReference(),
            receipt: Receipt(), customer: customer, sourceID: sourceID, expiryMinutes: 30)
        request.saveCard = try body.bool("save_card") ?? false
        request.customerInitiated = try body.bool("customer_initiated") ?? true
        request.description = try body.string(
            "description", maxLength: 999, code: "1121",
            description: "The 'description' should be less than 1000 characters")
        request.statementDescriptor = try body.string(
            "statement_descriptor", maxLength: 59, code: "1120",
            description: "Statement descriptor is invalid or length should be less than 60 characters")
        request.metadata = try body.metadata() ?? JSONObject()
        request.reference.transaction = try reference?.string(
            "transaction", maxLength: 99, code: "1123",
            description: "Merchant transaction reference length should be less than 100 characters")
        request.reference.order = try reference?.string(
            "order", maxLength: 99, code: "1122",
            description: "Merchant order reference length should be less than 100 characters")
        request.reference.idempotent = try idempotentKey(body)
        request.receipt = Receipt(email: try receipt?.bool("email") ?? false, sms: try receipt?.bool("sms") ?? false)
        request.postURL = try callbackURL(body, "post", code: "1103", name: "post.url")
        request.redirectURL = try callbackURL(body, "redirect", code: "1111", name: "Redirect URL")
        request.expiryMinutes = try expiry(body)
        if kind == .authorize { request.auto = try auto(body) }
        if !request.customerInitiated, try body.object("payment_agreement")?.string("id") == nil {
            throw .invalid("1216", "Agreement id is missing")
        }
        return request
    }

    /// `reference.idempotent`, read before validation so that a repeat finds its original whatever else
    /// its body says (CONTRACT.md §3).
    static func idempotentKey(_ body: Fields) throws(TapError) -> String? {
        guard let key = try body.object("reference")?.string("idempotent"), !key.isEmpty else { return nil }
        guard key.count <= 255 else { throw .invalid("1103", "reference.idempotent should be at most 255 characters") }
        return key
    }

    /// `amount` and `currency`: exact decimals with at most the currency's places, positive (1117, 1118, 1119).
    static func parseAmount(_ body: Fields) throws(TapError) -> Amount {
        guard let text = try body.string("amount", code: "1117"), !text.isEmpty else {
            throw .invalid("1117", "Amount is invalid: amount is missing")
        }
        guard let code = try body.string("currency", code: "1118") else {
            throw .invalid("1118", "Currency code is invalid: currency is missing")
        }
        let currency: Currency
        switch Currency.parse(code) {
        case .success(let parsed): currency = parsed
        case .failure(.malformed): throw .invalid("1118", "Currency code is invalid")
        case .failure(.unsupported): throw .invalid("1119", "Currency code not supported")
        }
        switch Amount.parse(text, currency: currency) {
        case .success(let amount): return amount
        case .failure(let error): throw .invalid("1117", "Amount is invalid: \(error.reason)")
        }
    }

    /// `post.url` or `redirect.url`: an absolute http(s) URL. Unlike real Tap, localhost is allowed.
    static func callbackURL(_ body: Fields, _ key: String, code: String, name: String) throws(TapError)
        -> String?
    {
        guard let url = try body.object(key, code: code)?.string("url", code: code), !url.isEmpty else { return nil }
        guard CallbackURL.isValid(url) else { throw .invalid(code, "\(name) is invalid: \(url)") }
        return url
    }

    /// `transaction.expiry` `{ "period": 5...60, "type": "MINUTE" }` (spec §4.2); default 30 minutes.
    private static func expiry(_ body: Fields) throws(TapError) -> Int {
        guard let expiry = try body.object("transaction")?.object("expiry") else { return 30 }
        if let type = try expiry.string("type"), type.uppercased() != "MINUTE" {
            throw .invalid("1103", "transaction.expiry.type must be MINUTE")
        }
        return try expiry.integer(
            "period", in: 5...60, code: "1103", description: "transaction.expiry.period must be 5 to 60 minutes")
            ?? 30
    }

    /// `auto` of an authorize: type VOID or CAPTURE (AUTO read as CAPTURE), time 1-168 hours (1152, 1153).
    private static func auto(_ body: Fields) throws(TapError) -> AutoAction? {
        guard let auto = try body.object("auto", code: "1152") else { return nil }
        let type: AutoAction.Kind
        switch try auto.string("type", code: "1152")?.uppercased() {
        case "VOID": type = .void
        case "CAPTURE", "AUTO": type = .capture
        default: throw .invalid("1152", "Invalid authorize auto schedule type")
        }
        guard
            let hours = try auto.integer(
                "time", in: 1...168, code: "1153", description: "Invalid authorize auto schedule time")
        else { throw .invalid("1153", "Invalid authorize auto schedule time") }
        return AutoAction(type: type, hours: hours)
    }
}

/// Checks callback URLs (`post.url`, `redirect.url`).
enum CallbackURL {
    /// An absolute http or https URL with a host and no spaces or control characters. Checked on bytes:
    /// it runs for every charge, and Character-level checks were a visible share of creating one.
    static func isValid(_ url: String) -> Bool {
        let bytes = url.utf8
        guard !bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return false }
        let schemeLength: Int
        if bytes.starts(with: "http://".utf8, by: { $0.asciiLowercased == $1 }) {
            schemeLength = 7
        } else if bytes.starts(with: "https://".utf8, by: { $0.asciiLowercased == $1 }) {
            schemeLength = 8
        } else {
            return false
        }
        let rest = bytes.dropFirst(schemeLength)
        let host = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        return !host.isEmpty && host.first != UInt8(ascii: ":")
    }
}
