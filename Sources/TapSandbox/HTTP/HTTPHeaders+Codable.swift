/// Headers are stored as a flat list `[name, value, name, value, …]`, in order.
extension HTTPHeaders: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for field in fields {
            try container.encode(field.name)
            try container.encode(field.value)
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd {
            add(name: try container.decode(String.self), value: try container.decode(String.self))
        }
    }
}
