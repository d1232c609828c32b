// Hand-written Codable for the value types that refunds and payouts hold, so those models can synthesize
// theirs for storage (`Amount` and `Callback` synthesize their own, declared where they are). Kept in one file
// so that the persistence layer can take them over, or replace them, in one place.

extension Currency: Codable {
    /// Encoded as its code (`"KWD"`); decoding goes through `parse`, so only supported currencies come back.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        switch Currency.parse(code) {
        case .success(let currency): self = currency
        case .failure(let error):
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.reason)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

extension JSONObject: Codable {
    /// Encoded as its JSON text: lossless (member order, duplicate keys and number literals such as `1.0`
    /// survive, which a keyed container or `Decimal` would not keep).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard case .object(let object)? = try? JSONParser.parse(Array(text.utf8)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON object: \(text)")
        }
        self = object
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(JSONValue.object(self).description)
    }
}
