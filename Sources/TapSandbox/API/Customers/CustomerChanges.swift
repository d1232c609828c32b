/// The fields of a create- or update-customer body (spec §7.2), validated with the codes charges use for
/// a customer (1130-1138) plus description 1121, metadata 1127/1128 and currency 1118/1119. Only the
/// fields present in the body are applied, so an update changes exactly what it names.
struct CustomerChanges {
    private var details: CustomerSnapshot
    private var present: Set<String>
    private var description: String?
    private var metadata: JSONObject?
    private var currency: String?

    static func parse(_ body: Fields) throws(TapError) -> CustomerChanges {
        let details = try CustomerFields.details(body, firstNameRequired: false, contactRequired: false)
        let keys = ["first_name", "middle_name", "last_name", "email", "phone", "description", "currency"]
        var changes = CustomerChanges(details: details, present: Set(keys.filter(body.has)))
        changes.description = try body.string(
            "description", maxLength: 999, code: "1121",
            description: "The 'description' should be less than 1000 characters")
        changes.metadata = try body.metadata()
        if let code = try body.string("currency", code: "1118"), !code.isEmpty {
            switch Currency.parse(code) {
            case .success(let currency): changes.currency = currency.code
            case .failure(.malformed): throw .invalid("1118", "Currency code is invalid")
            case .failure(.unsupported): throw .invalid("1119", "Currency code not supported")
            }
        }
        return changes
    }

    /// Applies the named fields (an empty string clears one) and merges `metadata` key by key, a `null`
    /// value removing its key. Throws 1129 when the result has no first name, email or phone left.
    func apply(to customer: inout Customer) throws(TapError) {
        var updated = customer
        func set(_ key: String, _ value: String?, _ path: WritableKeyPath<Customer, String?>) {
            guard present.contains(key) else { return }
            updated[keyPath: path] = value.flatMap { $0.isEmpty ? nil : $0 }
        }
        set("first_name", details.firstName, \.firstName)
        set("middle_name", details.middleName, \.middleName)
        set("last_name", details.lastName, \.lastName)
        set("email", details.email, \.email)
        set("description", description, \.description)
        set("currency", currency, \.currency)
        if present.contains("phone") { updated.phone = details.phone }
        for (key, value) in metadata ?? JSONObject() {
            // JSONValue is nil-literal convertible: spell out the removal, or `nil` would store `null`.
            updated.metadata[key] = value.isNull ? JSONValue?.none : value
        }
        // spec §7.2: "At least one of first name / email / first name + phone is mandatory."
        guard updated.firstName != nil || updated.email != nil || updated.phone != nil else {
            throw .invalid("1129", "Customer id or Customer information is required: give a first name, email or phone")
        }
        customer = updated
    }
}
