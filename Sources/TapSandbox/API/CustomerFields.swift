/// The `customer` of a create-charge body: an existing customer's id, or the details of a new one.
enum CustomerInput: Sendable, Equatable {
    case existing(id: String)
    case details(CustomerSnapshot)

    /// Validates with Tap's customer codes (spec §3.3: 1105, 1129-1139).
    static func parse(_ fields: Fields?) throws(TapError) -> CustomerInput {
        guard let fields else { throw .invalid("1129", "Customer id or Customer information is required") }
        if let id = try fields.string("id", code: "1105"), !id.isEmpty {
            guard id.hasPrefix("cus_"), id.count > 4 else { throw .invalid("1105", "Customer id is invalid") }
            return .existing(id: id)
        }
        // `"customer": {}` carries no information at all: 1129, not the first-name rule's 1130.
        guard ["first_name", "middle_name", "last_name", "email", "phone"].contains(where: fields.has) else {
            throw .invalid("1129", "Customer id or Customer information is required")
        }
        return .details(try CustomerFields.details(fields, firstNameRequired: true))
    }
}

/// Validation of a customer's name, email and phone, shared by charges and the customers API.
enum CustomerFields {
    /// The customer's details; `contactRequired` asks for an email or a phone (1139), as charges do.
    static func details(_ fields: Fields, firstNameRequired: Bool, contactRequired: Bool = true)
        throws(TapError) -> CustomerSnapshot
    {
        let firstName = try fields.string(
            "first_name", maxLength: 149, code: "1131",
            description: "Customer's first name length should be less than 150 characters")
        if firstNameRequired, firstName?.isEmpty ?? true {
            throw .invalid("1130", "Customer's first name is required")
        }
        let middleName = try fields.string(
            "middle_name", maxLength: 149, code: "1134",
            description: "Customer middle name length should be less than 150 characters")
        let lastName = try fields.string(
            "last_name", maxLength: 149, code: "1133",
            description: "Customer last name length should be less than 150 characters")
        let email = try fields.string("email", code: "1138").flatMap { $0.isEmpty ? nil : $0 }
        if let email, !isValidEmail(email) { throw .invalid("1138", "Email Address is invalid") }
        let phone = try self.phone(fields.object("phone", code: "1137"))
        guard email != nil || phone != nil || !contactRequired else {
            throw .invalid("1139", "Customer phone number or email address is required")
        }
        return CustomerSnapshot(
            firstName: firstName, middleName: middleName, lastName: lastName, email: email, phone: phone)
    }

    /// `{country_code, number}`, each digits (numbers accepted, echoed as strings: spec §4.2).
    static func phone(_ fields: Fields?) throws(TapError) -> Phone? {
        guard let fields else { return nil }
        let country = try fields.string("country_code", code: "1136") ?? ""
        let number = try fields.string("number", code: "1137") ?? ""
        if country.isEmpty && number.isEmpty { return nil }
        let countryDigits = country.hasPrefix("+") ? String(country.dropFirst()) : country
        guard (1...4).contains(countryDigits.count), countryDigits.allSatisfy(\.isASCIIDigit) else {
            throw .invalid("1136", "Phone number country code is invalid")
        }
        guard (4...15).contains(number.count), number.allSatisfy(\.isASCIIDigit) else {
            throw .invalid("1137", "Phone number is invalid")
        }
        return Phone(countryCode: country, number: number)
    }

    /// `local@domain.tld` without spaces or control characters: the check an address form makes, not
    /// RFC 5322. On bytes, because it runs for every charge with a customer.
    static func isValidEmail(_ email: String) -> Bool {
        let bytes = email.utf8
        guard bytes.count <= 254, !bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F }),
            let at = bytes.firstIndex(of: UInt8(ascii: "@")), at != bytes.startIndex
        else { return false }
        let domain = bytes[bytes.index(after: at)...]
        guard !domain.contains(UInt8(ascii: "@")), domain.contains(UInt8(ascii: ".")),
            domain.first != UInt8(ascii: "."), domain.last != UInt8(ascii: ".")
        else { return false }
        return true
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
