/// A JSON object: `(key, value)` pairs in input order, duplicates included.
///
/// Reading a key returns its last occurrence, as most JSON parsers do. Lookups scan linearly, which is
/// cheaper than hashing for the small objects of an API request; equality is order-sensitive.
public struct JSONObject: Sendable, Hashable {
    /// One member of an object.
    public typealias Element = (key: String, value: JSONValue)

    private var members: [Element]

    /// Creates an empty object.
    public init() {
        members = []
    }

    /// Creates an object holding `pairs` in order, duplicates included.
    public init(_ pairs: [(String, JSONValue)]) {
        members = pairs.map { (key: $0.0, value: $0.1) }
    }

    /// Creates an object from parallel key and value arrays (the parser's fast path).
    init(keys: ArraySlice<String>, values: ArraySlice<JSONValue>) {
        members = []
        members.reserveCapacity(keys.count)
        for (key, value) in zip(keys, values) {
            members.append((key: key, value: value))
        }
    }

    /// The number of members, duplicates included.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys in order, duplicates included.
    public var keys: [String] { members.map(\.key) }

    /// The value of the last member named `key`; setting replaces it in place (dropping earlier duplicates)
    /// or appends, and setting `nil` removes every member named `key`.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let index = members.lastIndex(where: { $0.key == key }) else { return nil }
            return members[index].value
        }
        set {
            guard let newValue else {
                members.removeAll { $0.key == key }
                return
            }
            guard let index = members.lastIndex(where: { $0.key == key }) else {
                members.append((key: key, value: newValue))
                return
            }
            members[index].value = newValue
            // Earlier duplicates were shadowed; drop them so the object now reads as it is written.
            if members[..<index].contains(where: { $0.key == key }) {
                members = members.indices.compactMap { position in
                    position == index || members[position].key != key ? members[position] : nil
                }
            }
        }
    }

    /// Appends a member without looking for an existing one with the same key.
    public mutating func append(key: String, value: JSONValue) {
        members.append((key: key, value: value))
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (left, right) in zip(lhs.members, rhs.members) where left.key != right.key || left.value != right.value {
            return false
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for member in members {
            hasher.combine(member.key)
            hasher.combine(member.value)
        }
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> IndexingIterator<[Element]> {
        members.makeIterator()
    }

    public var underestimatedCount: Int { members.count }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
