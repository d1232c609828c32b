/// Decodes `Decodable` values from `BinaryFormat`. Malformed input throws `DecodingError`, never traps:
/// a data file is outside input, even behind a checksum.
final class BinaryDecoder: Decoder {
    let bytes: [UInt8]
    /// Where the next value starts (unchecked exclusivity, as in `BinaryEncoder`).
    @exclusivity(unchecked) var position: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// The value encoded in `bytes`, which must hold exactly one value.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let decoder = BinaryDecoder(bytes)
        let value = try decoder.decodeValue(type)
        guard decoder.position == bytes.count else {
            throw corrupt("\(bytes.count - decoder.position) bytes left over")
        }
        return value
    }

    /// Decodes the value at `position` and moves past all of it (members its type ignored included).
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == [UInt8].self, let raw = try readBytes() as? T { return raw }
        let end = try skip(from: position)
        let value = try T(from: self)
        position = end
        return value
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try expect(BinaryFormat.keyed)
        _ = try containerLength()
        return KeyedDecodingContainer(BinaryKeyedReader<Key>(decoder: self, start: position))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try expect(BinaryFormat.unkeyed)
        _ = try containerLength()
        return BinaryUnkeyedReader(decoder: self, position: position)
    }

    /// Reads a container's length field; the content it announces must lie within the bytes.
    private func containerLength() throws -> Int {
        let field = try span(BinaryFormat.lengthSize)
        let length = field.reversed().reduce(0) { $0 << 8 | Int(bytes[$1]) }
        guard length <= bytes.count - position else { throw Self.corrupt("container length \(length) past the end") }
        return length
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        BinarySingleValueReader(decoder: self)
    }

    static func corrupt(_ reason: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: reason))
    }

    // MARK: Reading at `position`.

    func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Self.corrupt("truncated at byte \(position)") }
        defer { position += 1 }
        return bytes[position]
    }

    func expect(_ tag: UInt8) throws {
        let found = try byte()
        guard found == tag else { throw Self.corrupt("tag \(found) at byte \(position - 1), expected \(tag)") }
    }

    var isNull: Bool { position < bytes.count && bytes[position] == BinaryFormat.null }

    func varint() throws -> UInt64 {
        let (value, next) = try varint(at: position)
        position = next
        return value
    }

    /// The varint starting at `start`, and where it ends.
    func varint(at start: Int) throws -> (UInt64, next: Int) {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        var index = start
        while index < bytes.count, shift < 64 {
            let next = bytes[index]
            index += 1
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return (value, index) }
            shift += 7
        }
        throw Self.corrupt("bad varint at byte \(start)")
    }

    func readBool() throws -> Bool {
        switch try byte() {
        case BinaryFormat.trueValue: return true
        case BinaryFormat.falseValue: return false
        case let tag: throw Self.corrupt("tag \(tag) at byte \(position - 1), expected a Bool")
        }
    }

    func readInteger<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let tag = try byte()
        let value: I?
        switch tag {
        case BinaryFormat.signed: value = I(exactly: BinaryFormat.unzigzag(try varint()))
        case BinaryFormat.unsigned: value = I(exactly: try varint())
        default: throw Self.corrupt("tag \(tag) at byte \(position - 1), expected an integer")
        }
        guard let value else { throw Self.corrupt("integer out of range for \(I.self) at byte \(position)") }
        return value
    }

    func readDouble() throws -> Double {
        try expect(BinaryFormat.double)
        let end = position + 8
        guard end <= bytes.count else { throw Self.corrupt("truncated Double at byte \(position)") }
        var pattern: UInt64 = 0
        for index in (position..<end).reversed() { pattern = pattern << 8 | UInt64(bytes[index]) }
        position = end
        return Double(bitPattern: pattern)
    }

    func readString() throws -> String {
        try expect(BinaryFormat.string)
        let range = try span(Int(clamping: try varint()))
        return String(decoding: bytes[range], as: UTF8.self)
    }

    func readBytes() throws -> [UInt8] {
        try expect(BinaryFormat.bytes)
        return Array(bytes[try span(Int(clamping: try varint()))])
    }

    /// The next `count` bytes, moving past them.
    func span(_ count: Int) throws -> Range<Int> {
        guard count <= bytes.count - position else {
            throw Self.corrupt("length \(count) past the end at byte \(position)")
        }
        defer { position += count }
        return position..<(position + count)
    }

    /// Where the value starting at `start` ends, without decoding it (containers announce their length).
    func skip(from start: Int) throws -> Int {
        let saved = position
        defer { position = saved }
        position = start
        switch try byte() {
        case BinaryFormat.null, BinaryFormat.falseValue, BinaryFormat.trueValue: break
        case BinaryFormat.signed, BinaryFormat.unsigned: _ = try varint()
        case BinaryFormat.double: _ = try span(8)
        case BinaryFormat.string, BinaryFormat.bytes: _ = try span(Int(clamping: try varint()))
        case BinaryFormat.keyed, BinaryFormat.unkeyed: _ = try span(containerLength())
        case let tag: throw Self.corrupt("unknown tag \(tag) at byte \(position - 1)")
        }
        return position
    }
}
