/// An amount is stored as its minor units and currency code.
extension Amount: Codable {
    private enum CodingKeys: String, CodingKey {
        case minorUnits
        case currency
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(minorUnits, forKey: .minorUnits)
        try container.encode(currency, forKey: .currency)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            minorUnits: try container.decode(Int64.self, forKey: .minorUnits),
            currency: try container.decode(Currency.self, forKey: .currency))
    }
}

/// A currency is stored as its code; a code this build does not support is a decoding error.
extension Currency: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        switch Currency.parse(code) {
        case .success(let currency): self = currency
        case .failure:
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "unsupported currency \(code)"))
        }
    }
}
