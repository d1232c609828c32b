/// The filters of a charge or authorize list or download body (spec §14.1). Filters combine with AND.
/// PHP clients send unused filters as `""` or `[]` (Tap's SDK example: `"status":"","starting_after":""`),
/// so an empty value counts as absent.
struct PaymentFilter: Sendable {
    var from: Int64?
    var to: Int64?
    var statuses: Set<PaymentStatus> = []
    /// `charges` (or `authorizes`): ids.
    var ids: Set<String> = []
    /// `customers`: customer ids.
    var customers: Set<String> = []
    /// `sources`: `source.id` values (`src_kw.knet`, `tok_…`, `auth_…`).
    var sources: Set<String> = []
    /// `payment_methods`, uppercased (`VISA`, `KNET`).
    var paymentMethods: Set<String> = []
    var currency: Currency?
    var referenceTransaction: String?
    var referenceOrder: String?
    /// `metadata` as an object: every pair must be present.
    var metadataPairs: [(key: String, value: String)] = []
    /// `metadata` as a string: some metadata value must equal it.
    var metadataValue: String?
    var email: String?
    var mobile: String?

    static func parse(_ body: Fields, kind: Payment.Kind) throws(TapError) -> PaymentFilter {
        var filter = PaymentFilter()
        (filter.from, filter.to) = try period(body)
        for text in try strings(body, "status") { filter.statuses.insert(try status(text)) }
        filter.ids = Set(try strings(body, kind == .charge ? "charges" : "authorizes"))
        filter.customers = Set(try strings(body, "customers"))
        filter.sources = Set(try strings(body, "sources"))
        filter.paymentMethods = Set(try strings(body, "payment_methods").map { $0.uppercased() })
        if let code = try nonEmpty(body, "currency") {
            switch Currency.parse(code) {
            case .success(let currency): filter.currency = currency
            case .failure(.malformed): throw .invalid("1118", "Currency code is invalid")
            case .failure(.unsupported): throw .invalid("1119", "Currency code not supported")
            }
        }
        if let reference = try body.object("reference") {
            filter.referenceTransaction = try nonEmpty(reference, "transaction")
            filter.referenceOrder = try nonEmpty(reference, "order")
        }
        if case .object? = body.object["metadata"], let pairs = try body.metadata() {
            filter.metadataPairs = pairs.compactMap { pair in Self.text(pair.value).map { (pair.key, $0) } }
        } else {
            filter.metadataValue = try nonEmpty(body, "metadata")
        }
        filter.email = try nonEmpty(body, "email")?.lowercased()
        filter.mobile = try nonEmpty(body, "mobile")
        return filter
    }

    func matches(_ payment: Payment) -> Bool {
        let customer = payment.customer
        return (from.map { payment.createdAt >= $0 } ?? true)
            && (to.map { payment.createdAt <= $0 } ?? true)
            && Self.allows(statuses, payment.status)
            && Self.allows(ids, payment.id)
            && Self.allows(customers, customer?.id)
            && Self.allows(sources, payment.source.id)
            && Self.allows(paymentMethods, payment.source.paymentMethod)
            && (currency.map { $0 == payment.amount.currency } ?? true)
            && (referenceTransaction.map { $0 == payment.reference.transaction } ?? true)
            && (referenceOrder.map { $0 == payment.reference.order } ?? true)
            && metadataPairs.allSatisfy { pair in payment.metadata[pair.key].flatMap(Self.text) == pair.value }
            && (metadataValue.map { value in payment.metadata.contains { Self.text($0.value) == value } } ?? true)
            && (email.map { $0 == customer?.email?.lowercased() } ?? true)
            && (mobile.map { Self.phone(customer?.phone, is: $0) } ?? true)
    }

    private static func allows<Value: Hashable>(_ set: Set<Value>, _ value: Value?) -> Bool {
        set.isEmpty || value.map(set.contains) == true
    }

    /// `mobile` matches the number alone or with its country code (`51234567` or `96551234567`).
    private static func phone(_ phone: Phone?, is mobile: String) -> Bool {
        guard let phone else { return false }
        let digits = mobile.hasPrefix("+") ? String(mobile.dropFirst()) : mobile
        return digits == phone.number || digits == phone.countryCode + phone.number
    }

    /// `period.date.from` and `to`, both included; absent bounds are nil. Refund and payout lists read it too.
    static func period(_ body: Fields) throws(TapError) -> (from: Int64?, to: Int64?) {
        guard let date = try body.object("period")?.object("date") else { return (nil, nil) }
        let from = try epochMilliseconds(date, "from", endOfSecond: false)
        return (from, try epochMilliseconds(date, "to", endOfSecond: true))
    }

    /// A time bound in epoch milliseconds, as a number or numeric string. Tap's PHP SDK example passes
    /// `time()`, i.e. seconds: a value below 10^11 (March 1973 in milliseconds, year 5138 in seconds) is
    /// read as seconds, and an upper bound in seconds covers its whole second.
    private static func epochMilliseconds(_ date: Fields, _ key: String, endOfSecond: Bool) throws(TapError)
        -> Int64?
    {
        guard let text = try nonEmpty(date, key) else { return nil }
        guard text.utf8.count <= 18, text.allSatisfy(\.isASCIIDigit), let value = Int64(text) else {
            throw .invalid("1103", "Required inputs are invalid: period.date.\(key) must be epoch milliseconds")
        }
        guard value < 100_000_000_000 else { return value }
        return value * 1000 + (endOfSecond ? 999 : 0)
    }

    private static func status(_ text: String) throws(TapError) -> PaymentStatus {
        guard let status = PaymentStatus(rawValue: text.uppercased()) else {
            let known = PaymentStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid("1103", "Required inputs are invalid: status must be one of \(known)")
        }
        return status
    }

    /// A text filter; `""` is absent.
    private static func nonEmpty(_ fields: Fields, _ key: String) throws(TapError) -> String? {
        guard let text = try fields.string(key), !text.isEmpty else { return nil }
        return text
    }

    /// A list filter: an array of strings (numbers read as text), or one string; empty entries are dropped.
    static func strings(_ fields: Fields, _ key: String) throws(TapError) -> [String] {
        guard case .array(let values)? = fields.object[key] else {
            return try nonEmpty(fields, key).map { [$0] } ?? []
        }
        var texts: [String] = []
        for value in values {
            guard value.isNull || text(value) != nil else {
                throw .invalid("1103", "Required inputs are invalid: \(fields.name(key)) must be a list of strings")
            }
            if let text = text(value), !text.isEmpty { texts.append(text) }
        }
        return texts
    }

    /// The text of a scalar JSON value, as metadata and ids are compared; nil for null, arrays and objects.
    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number.text
        case .bool(let flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }
}
