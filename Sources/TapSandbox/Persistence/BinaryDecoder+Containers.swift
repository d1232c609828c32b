/// The members of a struct. Members are looked for where the previous one ended (they come in the
/// order they were written, which is the order a synthesized `init(from:)` asks for them), then from the
/// start, so reordered, unknown and missing members are all handled.
struct BinaryKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BinaryDecoder
    /// Where the first member's key starts.
    let start: Int
    /// Where the member after the last one read starts (a class: the protocol's reads are not mutating).
    private let cursor: Cursor
    var codingPath: [any CodingKey] { [] }

    private final class Cursor {
        var next: Int
        init(_ next: Int) { self.next = next }
    }

    init(decoder: BinaryDecoder, start: Int) {
        self.decoder = decoder
        self.start = start
        cursor = Cursor(start)
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var entry = start
        while let name = try? keyRange(at: entry), let next = try? decoder.skip(from: name.upperBound) {
            if let key = Key(stringValue: String(decoding: decoder.bytes[name], as: UTF8.self)) { keys.append(key) }
            entry = next
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { (try? find(key)) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = try find(key) else { return true }
        decoder.position = value
        return decoder.isNull
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(key) { try $0.readBool() } }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(key) { try $0.readString() } }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(key) { try $0.readDouble() } }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try decode(Double.self, forKey: key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try read(key) { try $0.decodeValue(type) }
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try readIfPresent(key) { try $0.readString() }
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try readIfPresent(key) { try $0.readBool() }
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try readIfPresent(key) { try $0.readInteger(Int.self) }
    }

    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try readIfPresent(key) { try $0.readInteger(Int64.self) }
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try readIfPresent(key) { try $0.decodeValue(type) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try nested(key) { decoder in try decoder.container(keyedBy: type) }
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try nested(key) { decoder in try decoder.unkeyedContainer() }
    }

    func superDecoder() throws -> any Decoder {
        throw BinaryDecoder.corrupt("BinaryDecoder does not support superDecoder")
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        throw BinaryDecoder.corrupt("BinaryDecoder does not support superDecoder")
    }

    private func integer<I: FixedWidthInteger>(_ key: Key) throws -> I {
        try read(key) { try $0.readInteger(I.self) }
    }

    /// Reads the member `key` with `body`, which starts at its value and must read all of it.
    private func read<T>(_ key: Key, _ body: (BinaryDecoder) throws -> T) throws -> T {
        decoder.position = try value(of: key)
        let result = try body(decoder)
        cursor.next = decoder.position
        return result
    }

    /// Opens a container on the member `key`; the member after it is found by skipping the whole value.
    private func nested<T>(_ key: Key, _ body: (BinaryDecoder) throws -> T) throws -> T {
        let value = try value(of: key)
        cursor.next = try decoder.skip(from: value)
        decoder.position = value
        return try body(decoder)
    }

    private func value(of key: Key) throws -> Int {
        guard let value = try find(key) else {
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: [], debugDescription: "no member \(key.stringValue)"))
        }
        return value
    }

    private func readIfPresent<T>(_ key: Key, _ body: (BinaryDecoder) throws -> T) throws -> T? {
        guard let value = try find(key) else { return nil }
        decoder.position = value
        if decoder.isNull {
            cursor.next = value + 1
            return nil
        }
        let result = try body(decoder)
        cursor.next = decoder.position
        return result
    }

    /// Where the value of member `key` starts, or nil when there is no such member.
    private func find(_ key: Key) throws -> Int? {
        var name = key.stringValue
        return try name.withUTF8 { wanted throws -> Int? in
            if let range = try keyRange(at: cursor.next), decoder.bytes[range].elementsEqual(wanted) {
                return range.upperBound
            }
            var entry = start
            while let range = try keyRange(at: entry) {
                if decoder.bytes[range].elementsEqual(wanted) { return range.upperBound }
                entry = try decoder.skip(from: range.upperBound)
            }
            return nil
        }
    }

    /// The bytes of the key of the member starting at `entry`; nil at the end of the container.
    private func keyRange(at entry: Int) throws -> Range<Int>? {
        let (length, keyStart) = try decoder.varint(at: entry)
        guard length > 0 else { return nil }
        guard length - 1 <= UInt64(decoder.bytes.count - keyStart) else {
            throw BinaryDecoder.corrupt("key length \(length - 1) past the end at byte \(entry)")
        }
        return keyStart..<(keyStart + Int(length - 1))
    }
}

/// The elements of an array, up to the `end` tag.
struct BinaryUnkeyedReader: UnkeyedDecodingContainer {
    let decoder: BinaryDecoder
    var position: Int
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var count: Int? { nil }

    init(decoder: BinaryDecoder, position: Int) {
        self.decoder = decoder
        self.position = position
    }

    var isAtEnd: Bool { position >= decoder.bytes.count || decoder.bytes[position] == BinaryFormat.end }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.bytes[position] == BinaryFormat.null else { return false }
        position += 1
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.readBool() } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.readString() } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.readDouble() } }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.readInteger(type) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.readInteger(type) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.decodeValue(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let start = position
        position = try decoder.skip(from: start)
        currentIndex += 1
        decoder.position = start
        return try decoder.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let start = position
        position = try decoder.skip(from: start)
        currentIndex += 1
        decoder.position = start
        return try decoder.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        throw BinaryDecoder.corrupt("BinaryDecoder does not support superDecoder")
    }

    private mutating func next<T>(_ body: (BinaryDecoder) throws -> T) throws -> T {
        guard !isAtEnd else { throw BinaryDecoder.corrupt("no element \(currentIndex): the array has ended") }
        decoder.position = position
        let value = try body(decoder)
        position = decoder.position
        currentIndex += 1
        return value
    }
}

/// One primitive value.
struct BinarySingleValueReader: SingleValueDecodingContainer {
    let decoder: BinaryDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { decoder.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.readBool() }
    func decode(_ type: String.Type) throws -> String { try decoder.readString() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.readDouble() }
    func decode(_ type: Float.Type) throws -> Float { Float(try decoder.readDouble()) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.readInteger(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.readInteger(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.readInteger(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.readInteger(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.readInteger(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.readInteger(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.readInteger(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.readInteger(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.readInteger(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.readInteger(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
}
