/// What rendering a payment needs beyond the payment itself.
public struct RenderContext: Sendable {
    /// `method` as Tap reports it: "CREATE" on create, "GET" on retrieve, "UPDATE" on PUT, "POST" in webhooks.
    public var method: String
    /// Base of `transaction.url` (`--public-url`).
    public var publicURL: String
    public var merchant: Merchant

    public init(method: String, publicURL: String, merchant: Merchant) {
        self.method = method
        self.publicURL = publicURL
        self.merchant = merchant
    }
}

/// The merchant an account stands for, as objects show it (spec §4.4 `merchant`).
public struct Merchant: Sendable, Equatable {
    public var id: String
    public var country = "KW"
    public var currency = "KWD"

    public init(id: String) {
        self.id = id
    }
}

extension Payment {
    /// The Tap JSON of this object, in the field order of Tap's own examples (spec §4.4, §5.3).
    public func json(_ context: RenderContext) -> [UInt8] {
        var writer = JSONWriter(capacity: 2048)
        write(to: &writer, context)
        return writer.bytes
    }

    public func write(to writer: inout JSONWriter, _ context: RenderContext) {
        let processed = !status.isPending
        writer.beginObject()
        writer.field("id", id)
        writer.field("object", kind.rawValue)
        writer.field("live_mode", false)
        writer.field("customer_initiated", customerInitiated)
        if kind == .authorize { writer.field("authorize_debit", false) }
        writer.field("api_version", "V2")
        writer.field("method", context.method)
        writer.field("status", status.rawValue)
        writer.key("amount")
        writer.rawNumber(amount.formatted)
        writer.field("currency", amount.currency.code)
        writer.field("threeDSecure", threeDSecure)
        writer.field("card_threeDSecure", false)
        writer.field("save_card", saveCard)
        writer.field("merchant_id", "")
        writer.field("product", "GOSELL")
        writer.field("statement_descriptor", statementDescriptor)
        writer.field("description", description ?? "")
        writer.key("metadata")
        writer.value(.object(metadata))
        writeTransaction(to: &writer, context, processed: processed)
        writeReference(to: &writer, processed: processed)
        writer.key("response")
        writer.beginObject()
        writer.field("code", responseCode)
        writer.field("message", ResponseCode.message(for: responseCode))
        writer.endObject()
        if processed { writeProcessing(to: &writer) }
        writeReceipt(to: &writer)
        if let customer { customer.write(to: &writer) }
        context.merchant.write(to: &writer)
        writeSource(to: &writer, processed: processed)
        if let redirect { redirect.write(to: &writer, key: "redirect") }
        if let post { post.write(to: &writer, key: "post") }
        writeActivities(to: &writer)
        if let auto { auto.write(to: &writer) }
        if kind == .charge { writer.field("auto_reversed", false) }
        writeAgreement(to: &writer, context)
        if kind == .charge {
            // A sandbox addition (Tap documents no such field, spec §15): the sum of the refunds that did not fail.
            writer.key("refunded")
            writer.rawNumber(Amount(minorUnits: refundedMinorUnits, currency: amount.currency).formatted)
        }
        writer.endObject()
    }

    private func writeTransaction(to writer: inout JSONWriter, _ context: RenderContext, processed: Bool) {
        writer.key("transaction")
        writer.beginObject()
        if processed && status != .abandoned {
            writer.field("authorization_id", Identifier.digits(6, serial: serial, salt: DerivedID.authorization))
        }
        writer.field("timezone", "UTC+03:00")
        writer.field("created", String(createdAt))
        if status.isPending { writer.field("url", context.publicURL + "/_sandbox/pay/" + id) }
        writer.key("expiry")
        writer.beginObject()
        writer.field("period", expiryMinutes)
        writer.field("type", "MINUTE")
        writer.endObject()
        writer.field("asynchronous", false)
        writer.key("amount")
        writer.rawNumber(amount.formatted)
        writer.field("currency", amount.currency.code)
        writer.endObject()
    }

    private func writeReference(to writer: inout JSONWriter, processed: Bool) {
        writer.key("reference")
        writer.beginObject()
        writer.field("track", DerivedID.track(serial: serial, createdAt: createdAt))
        writer.field("payment", gatewayReferences.payment)
        writer.field("gateway", gatewayReferences.gateway)
        if processed { writer.field("acquirer", Identifier.digits(12, serial: serial, salt: DerivedID.acquirer)) }
        writer.field("transaction", reference.transaction)
        writer.field("order", reference.order)
        writer.field("idempotent", reference.idempotent)
        writer.endObject()
    }

    /// `reference.gateway` and `reference.payment`: fixed at creation (CONTRACT.md §3) because the
    /// `hashstring` signs them; derived from the serial so they need no storage.
    public var gatewayReferences: (gateway: String, payment: String) {
        (Identifier.digits(15, serial: serial, salt: DerivedID.gateway),
         Identifier.digits(19, serial: serial, salt: DerivedID.payment))
    }

    private func writeProcessing(to writer: inout JSONWriter) {
        let approved = status == .captured || status == .authorized || status == .void
        if source.card != nil && status != .abandoned && status != .cancelled {
            writer.key("security")
            writer.beginObject()
            writer.key("threeDSecure")
            writer.beginObject()
            writer.field("id", DerivedID.threeDSecure(serial: serial, createdAt: createdAt))
            writer.field("status", responseCode == "516" || responseCode == "504" ? "N" : "Y")
            writer.endObject()
            writer.endObject()
        }
        writer.key("acquirer")
        writeResponseBlock(to: &writer, code: approved ? "00" : "05", message: approved ? "Approved" : "Do not honour")
        writer.key("gateway")
        writeResponseBlock(
            to: &writer, code: approved ? "0" : "?", message: approved ? "Transaction Approved" : "Transaction Declined")
        if let card = source.card { card.write(to: &writer) }
    }

    private func writeResponseBlock(to writer: inout JSONWriter, code: String, message: String) {
        writer.beginObject()
        writer.key("response")
        writer.beginObject()
        writer.field("code", code)
        writer.field("message", message)
        writer.endObject()
        writer.endObject()
    }

    private func writeReceipt(to writer: inout JSONWriter) {
        writer.key("receipt")
        writer.beginObject()
        if status == .captured { writer.field("id", Identifier.digits(18, serial: serial, salt: DerivedID.receipt)) }
        writer.field("email", receipt.email)
        writer.field("sms", receipt.sms)
        writer.endObject()
    }

    private func writeSource(to writer: inout JSONWriter, processed: Bool) {
        writer.key("source")
        writer.beginObject()
        writer.field("object", source.kind == .token ? "token" : "source")
        if source.kind == .token || processed {
            writer.field("type", "CARD_NOT_PRESENT")
            writer.field("payment_type", source.card?.funding ?? "DEBIT")
            writer.field("payment_method", source.paymentMethod ?? source.card?.brand ?? "UNKNOWN")
            writer.field("channel", "INTERNET")
        }
        writer.field("id", source.id)
        if source.kind != .token { writer.field("on_file", false) }
        writer.endObject()
    }

    private func writeActivities(to writer: inout JSONWriter) {
        writer.key("activities")
        writer.beginArray()
        for (index, activity) in activities.enumerated() {
            writer.beginObject()
            writer.field("id", DerivedID.activity(serial: serial, index: index, createdAt: activity.createdAt))
            writer.field("object", "activity")
            writer.field("created", activity.createdAt)
            writer.field("status", activity.status.rawValue)
            writer.field("currency", amount.currency.code)
            writer.key("amount")
            writer.rawNumber(Amount(minorUnits: activity.amountMinorUnits, currency: amount.currency).formatted)
            writer.field("remarks", "\(kind.rawValue) - \(activity.status == .initiated ? "created" : activity.status.rawValue.lowercased())")
            writer.field("txn_id", id)
            writer.endObject()
        }
        writer.endArray()
    }
}

/// Salts and formats of the identifiers derived from a payment's serial.
enum DerivedID {
    static let authorization: UInt64 = 0xA17
    static let acquirer: UInt64 = 0xAC9
    static let gateway: UInt64 = 0x6A7E
    static let payment: UInt64 = 0x9A7
    static let receipt: UInt64 = 0x4EC

    static func track(serial: Int64, createdAt: Int64) -> String {
        Identifier.make("tck_", serial: serial ^ 0x1_5A5A_5A5A, createdAt: createdAt)
    }

    static func threeDSecure(serial: Int64, createdAt: Int64) -> String {
        Identifier.make("3ds_", serial: serial ^ 0x2_3D53_3D53, createdAt: createdAt)
    }

    static func activity(serial: Int64, index: Int, createdAt: Int64) -> String {
        Identifier.make("activity_", serial: serial ^ (0x3_AC71_0000 + Int64(index)), createdAt: createdAt)
    }
}

extension CustomerSnapshot {
    func write(to writer: inout JSONWriter) {
        writer.key("customer")
        writer.beginObject()
        writer.field("id", id)
        writer.field("first_name", firstName)
        writer.field("middle_name", middleName)
        writer.field("last_name", lastName)
        writer.field("email", email)
        if let phone {
            writer.key("phone")
            phone.write(to: &writer)
        }
        writer.endObject()
    }
}

extension Phone {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("country_code", countryCode)
        writer.field("number", number)
        writer.endObject()
    }
}

extension Merchant {
    func write(to writer: inout JSONWriter) {
        writer.key("merchant")
        writer.beginObject()
        writer.field("country", country)
        writer.field("currency", currency)
        writer.field("id", id)
        writer.endObject()
    }
}

extension CardSummary {
    func write(to writer: inout JSONWriter) {
        writer.key("card")
        writer.beginObject()
        writer.field("id", savedCardID)
        writer.field("object", "card")
        writer.field("first_six", firstSix)
        writer.field("first_eight", firstEight)
        writer.field("scheme", scheme)
        writer.field("brand", brand)
        writer.field("last_four", lastFour)
        writer.endObject()
    }
}

extension Callback {
    func write(to writer: inout JSONWriter, key: StaticString) {
        writer.key(key)
        writer.beginObject()
        if attempt > 0 { writer.field("attempt", attempt) }
        writer.field("status", status)
        writer.field("url", url)
        writer.endObject()
    }
}

extension AutoAction {
    func write(to writer: inout JSONWriter) {
        writer.key("auto")
        writer.beginObject()
        writer.field("status", status)
        writer.field("type", type.rawValue)
        writer.field("time", hours)
        writer.endObject()
    }
}
