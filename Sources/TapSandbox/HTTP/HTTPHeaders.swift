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
        for field in fields where Self.name(field.name, matches: name) { return field.value }
        return nil
    }

    /// Every value of the field `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { Self.name($0.name, matches: name) }.map(\.value)
    }

    /// Whether a stored (lowercase) name equals `probe` ignoring ASCII case, without lowercasing the probe:
    /// lengths first, so most fields are rejected at once.
    @inline(__always)
    private static func name(_ stored: String, matches probe: String) -> Bool {
        stored.utf8.count == probe.utf8.count
            && stored.utf8.elementsEqual(probe.utf8) { $0 == $1.asciiLowercased }
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
