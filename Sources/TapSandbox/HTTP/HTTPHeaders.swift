/// An ordered list of header fields. Names are compared case-insensitively (RFC 9110 §5.1);
/// the parser stores them lowercased, so lookups lowercase only the probe.
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var fields: [(name: String, value: String)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { add(name: name, value: value) }
    }

    /// The first value of the field `name`, or nil.
    public subscript(name: String) -> String? {
        let probe = Self.lowercase(name)
        for field in fields where field.name == probe { return field.value }
        return nil
    }

    /// `name` lowercased; callers mostly pass lowercase literals, which are returned without allocating.
    private static func lowercase(_ name: String) -> String {
        name.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ? name.lowercased() : name
    }

    /// Every value of the field `name`, in order.
    public func values(for name: String) -> [String] {
        let probe = Self.lowercase(name)
        return fields.filter { $0.name == probe }.map(\.value)
    }

    public var count: Int { fields.count }

    /// Appends a field; the name is stored lowercased.
    public mutating func add(name: String, value: String) {
        fields.append((name.lowercased(), value))
    }

    /// Appends a field whose name is already lowercase (the parser's fast path).
    mutating func appendLowercased(name: String, value: String) {
        fields.append((name, value))
    }

    /// Replaces every value of `name` with one value.
    public mutating func set(name: String, value: String) {
        remove(name: name)
        add(name: name, value: value)
    }

    public mutating func remove(name: String) {
        let probe = name.lowercased()
        fields.removeAll { $0.name == probe }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }
}
