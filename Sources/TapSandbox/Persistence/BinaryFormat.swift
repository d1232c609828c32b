/// The byte format of `BinaryEncoder` and `BinaryDecoder`: a compact, self-describing encoding of `Codable`
/// values for the data directory (a small cousin of CBOR, RFC 8949).
///
/// Every value starts with a tag byte. A container starts with its tag and the byte length of what follows
/// (UInt32 little-endian), so any value is skipped in constant time. Keyed containers (structs) write each
/// member as its key (varint length + 1, then UTF-8) and its value, and end with a zero byte; unkeyed
/// containers (arrays) end with the `end` tag. Because every value can be skipped without knowing its
/// type, a decoder reads data written by an older or newer build as long as the types agree on the keys
/// they share: unknown keys are skipped and a missing optional is nil.
enum BinaryFormat {
    static let null: UInt8 = 0
    static let falseValue: UInt8 = 1
    static let trueValue: UInt8 = 2
    /// A signed integer as a zigzag varint.
    static let signed: UInt8 = 3
    /// An unsigned integer as a varint.
    static let unsigned: UInt8 = 4
    /// A `Double`'s bit pattern, 8 bytes little-endian.
    static let double: UInt8 = 5
    /// Varint length, then UTF-8.
    static let string: UInt8 = 6
    /// Varint length, then raw bytes (`[UInt8]`: request bodies stay compact).
    static let bytes: UInt8 = 7
    static let keyed: UInt8 = 8
    static let unkeyed: UInt8 = 9
    /// Closes an unkeyed container.
    static let end: UInt8 = 0xFF
    /// The size of a container's length field.
    static let lengthSize = 4

    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    static func unzigzag(_ value: UInt64) -> Int64 {
        Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }
}
