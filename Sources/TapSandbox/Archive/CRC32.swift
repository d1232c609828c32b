/// CRC-32 as ZIP uses it (ISO 3309 / ITU-T V.42: polynomial 0x04C11DB7, reflected as 0xEDB88320, initial value
/// and final XOR 0xFFFFFFFF; PKWARE APPNOTE §4.4.7). The check value of `"123456789"` is 0xCBF43926.
public struct CRC32: Sendable, Equatable {
    /// The checksum of everything fed so far.
    public var value: UInt32 { ~register }

    private var register: UInt32 = 0xFFFF_FFFF

    public init() {}

    /// The checksum of `bytes` in one call.
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Feeds more bytes, so a large input can be checked in pieces.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        var register = self.register
        for byte in bytes {
            register = Self.table[Int((register ^ UInt32(byte)) & 0xFF)] ^ (register >> 8)
        }
        self.register = register
    }

    /// The remainder of each byte value, one byte at a time instead of one bit.
    private static let table: [UInt32] = (0..<256).map { index in
        var entry = UInt32(index)
        for _ in 0..<8 {
            entry = entry & 1 == 1 ? (entry >> 1) ^ 0xEDB8_8320 : entry >> 1
        }
        return entry
    }
}
