/// Keeps card data out of the request journal (`GET /_sandbox/requests`): a create-token body keeps its
/// shape, but `card.number` shows only its first six and last four digits and `card.cvc` never appears,
/// as a PCI-minded log would. A body that cannot be read is withheld whole, since it may hold a number.
enum CardDataRedaction {
    /// The body to record for `request`; unchanged unless it is a create-token request.
    static func journalBody(of request: HTTPRequest) -> [UInt8] {
        guard request.method == .post, request.path.hasPrefix("/v2/tokens"), !request.body.isEmpty else {
            return request.body
        }
        guard case .object(var body) = try? BodyDecoding.decode(request) else {
            return Array("(withheld: an unreadable create-token body may hold card data)".utf8)
        }
        if case .object(var card)? = body["card"] {
            if let number = card["number"] { card["number"] = .string(masked(number)) }
            if card["cvc"] != nil { card["cvc"] = "***" }
            if card["crypted_data"] != nil { card["crypted_data"] = "***" }
            body["card"] = .object(card)
        }
        return JSONValue.object(body).encoded()
    }

    private static func masked(_ number: JSONValue) -> String {
        let digits = number.stringValue ?? number.numberValue?.text ?? ""
        guard digits.count > 10 else { return String(repeating: "*", count: digits.count) }
        return String(digits.prefix(6)) + String(repeating: "*", count: digits.count - 10) + String(digits.suffix(4))
    }
}
