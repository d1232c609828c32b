// Hand-written Codable for the value types that the stored models hold, so those models can synthesize theirs
// for the `--data-dir` files (`Amount` and `Callback` synthesize their own, declared where they are; JSON values
// are coded as their text, in JSON/JSONValue+Codable.swift).

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
