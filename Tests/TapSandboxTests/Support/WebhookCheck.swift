@testable import TapSandbox

/// A merchant's `hashstring` check written from spec §9.2 alone, independent of `HashString`: read the
/// fields from the posted JSON, format the amount with the currency's decimals, concatenate, HMAC.
enum WebhookCheck {
    /// Spec §9.2 / §13: currencies with three decimals; the rest have two.
    static let threeDecimals: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

    /// The message a charge, authorize or refund body signs: `created` is `transaction.created`, or the
    /// refund's own `created` (spec §9.2).
    static func message(of object: JSONValue) -> String? {
        guard let id = object["id"]?.stringValue, let currency = object["currency"]?.stringValue,
            let amount = object["amount"]?.numberValue?.text, let status = object["status"]?.stringValue,
            let created = object["transaction"]?["created"]?.stringValue ?? object["created"]?.stringValue,
            let gateway = object["reference"]?["gateway"]?.stringValue,
            let payment = object["reference"]?["payment"]?.stringValue
        else { return nil }
        guard let formatted = format(amount, places: threeDecimals.contains(currency) ? 3 : 2) else { return nil }
        return "x_id\(id)x_amount\(formatted)x_currency\(currency)x_gateway_reference\(gateway)"
            + "x_payment_reference\(payment)x_status\(status)x_created\(created)"
    }

    /// `1.5` → `1.500` for three places: the digits padded, never through a binary floating point.
    static func format(_ amount: String, places: Int) -> String? {
        let parts = amount.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        guard parts.count <= 2, fraction.count <= places, parts[0].allSatisfy(\.isNumber) else { return nil }
        return "\(parts[0])." + fraction + String(repeating: "0", count: places - fraction.count)
    }

    /// The `hashstring` a body should carry when signed with `key`.
    static func signature(of body: [UInt8], key: String) -> String? {
        guard let object = try? JSONParser.parse(body), let message = message(of: object) else { return nil }
        return HMACSHA256.hex(key: key, message: message)
    }
}
