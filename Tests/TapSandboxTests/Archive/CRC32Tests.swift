import Testing

@testable import TapSandbox

/// CRC-32 against published check values (the "123456789" check value of the CRC catalogue, and values
/// that zlib's `crc32` gives).
@Suite struct CRC32Tests {
    @Test(arguments: [
        ("123456789", UInt32(0xCBF4_3926)),
        ("", 0),
        ("a", 0xE8B7_BE43),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func checksum_MatchesKnownVectors(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
    }

    @Test func update_InPieces_EqualsOneCall() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var crc = CRC32()
        crc.update(bytes[..<3])
        crc.update(bytes[3..<4_097])
        crc.update(bytes[4_097...])
        #expect(crc.value == CRC32.checksum(bytes))
        #expect(crc.value != CRC32.checksum(bytes.dropLast()))
    }
}
