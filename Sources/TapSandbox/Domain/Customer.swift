/// A customer of the merchant (spec §7.2).
public struct Customer: Sendable, Equatable, Codable {
    public var id: String
    public var serial: Int64
    /// Epoch milliseconds on the account's clock; rendered as a string, as Tap does for customers.
    public var createdAt: Int64
    public var firstName: String?
    public var middleName: String?
    public var lastName: String?
    public var email: String?
    public var phone: Phone?
    public var description: String?
    public var metadata = JSONObject()
    public var currency: String?
    /// Saved cards, oldest first (spec §7.3). They live and die with the customer.
    public var cards: [SavedCard] = []

    public init(id: String, serial: Int64, createdAt: Int64) {
        self.id = id
        self.serial = serial
        self.createdAt = createdAt
    }

    /// The customer as a charge shows it.
    public var snapshot: CustomerSnapshot {
        CustomerSnapshot(
            id: id, firstName: firstName, middleName: middleName, lastName: lastName, email: email, phone: phone)
    }
}

extension Customer {
    /// The Tap JSON of this customer (spec §7.2).
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("object", "customer")
        writer.field("live_mode", false)
        writer.field("created", String(createdAt))
        writer.field("merchant_id", "")
        writer.field("first_name", firstName)
        writer.field("middle_name", middleName)
        writer.field("last_name", lastName)
        writer.field("email", email)
        if let phone {
            writer.key("phone")
            phone.write(to: &writer)
        }
        writer.field("description", description)
        writer.key("metadata")
        writer.value(.object(metadata))
        writer.field("currency", currency)
        writer.endObject()
    }

    public var json: [UInt8] {
        var writer = JSONWriter(capacity: 512)
        write(to: &writer)
        return writer.bytes
    }
}
