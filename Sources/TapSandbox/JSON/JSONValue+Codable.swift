/// JSON values are stored as their JSON text, so numbers keep their exact literal (`JSONNumber`) and objects
/// their member order and duplicates through any `Codable` format (the `--data-dir` files).
extension JSONValue: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(decoding: encoded(), as: UTF8.self))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try JSONParser.parse(text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "stored JSON: \(error)"))
        }
    }
}

extension JSONObject: Codable {
    public func encode(to encoder: any Encoder) throws {
        try JSONValue.object(self).encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        guard case .object(let object) = try JSONValue(from: decoder) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "stored JSON is not an object"))
        }
        self = object
    }
}
