/// How records sit in a data file (journal or snapshot):
///
///     file   = header record*
///     header = magic (8 bytes: "TAPSBXJ1" journal, "TAPSBXS1" snapshot) + generation (UInt64 LE)
///     record = length (UInt32 LE) + CRC-32C of the payload (UInt32 LE) + payload (length bytes)
///     payload = format version (1 byte) + one `JournalEntry` in `BinaryFormat`
///
/// The length and checksum make a record written only in part (a crash mid-write) detectable.
enum RecordFraming {
    static let fileHeaderSize = 16
    static let recordHeaderSize = 8
    /// The version byte of every payload this build writes and reads.
    static let version: UInt8 = 1
    /// A length above this is damage, not a record (a snapshot is written in records of bounded size).
    static let maxPayloadSize = 1 << 30

    enum FileKind: UInt8 {
        case journal = 0x4A  // "J"
        case snapshot = 0x53  // "S"
    }

    static func fileHeader(_ kind: FileKind, generation: UInt64) -> [UInt8] {
        var bytes = Array("TAPSBX".utf8) + [kind.rawValue, UInt8(ascii: "1")]
        appendUInt64(generation, to: &bytes)
        return bytes
    }

    /// The generation in a file header, or nil when `bytes` does not start with a header of `kind`.
    static func generation(ofHeader bytes: ArraySlice<UInt8>, _ kind: FileKind) -> UInt64? {
        guard bytes.count >= fileHeaderSize,
            bytes.prefix(8).elementsEqual(Array("TAPSBX".utf8) + [kind.rawValue, UInt8(ascii: "1")])
        else { return nil }
        return readUInt64(bytes, at: bytes.startIndex + 8)
    }

    /// `value` encoded and framed as one record, appended to `output`.
    static func appendRecord<T: Encodable>(_ value: T, to output: inout [UInt8]) throws {
        let encoder = BinaryEncoder(prefix: [0, 0, 0, 0, 0, 0, 0, 0, version])
        try encoder.encodeValue(value)
        var bytes = encoder.bytes
        let payloadLength = bytes.count - recordHeaderSize
        let checksum = bytes.withUnsafeBufferPointer {
            CRC32C.update(0, UnsafeBufferPointer(rebasing: $0[recordHeaderSize...]))
        }
        for index in 0..<4 {
            bytes[index] = UInt8(truncatingIfNeeded: UInt32(payloadLength) >> (8 * index))
            bytes[4 + index] = UInt8(truncatingIfNeeded: checksum >> (8 * index))
        }
        output.append(contentsOf: bytes)
    }

    static func appendUInt64(_ value: UInt64, to bytes: inout [UInt8]) {
        for index in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }

    static func readUInt64(_ bytes: ArraySlice<UInt8>, at start: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(bytes[start + $1]) << (8 * $1) }
    }

    static func readUInt32(_ bytes: [UInt8], at start: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[start + $1]) << (8 * $1) }
    }
}
