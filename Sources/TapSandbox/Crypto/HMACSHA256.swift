import COpenSSL

/// HMAC-SHA256 (RFC 2104, FIPS 180-4) through OpenSSL's one-shot `HMAC()`.
public enum HMACSHA256 {
    /// Length of a digest in bytes.
    public static let digestLength = 32

    /// The 32-byte MAC of `message` under `key`; keys longer than the 64-byte block are hashed first (RFC 2104).
    public static func digest(key: [UInt8], message: [UInt8]) -> [UInt8] {
        precondition(key.count <= Int(Int32.max), "HMAC key longer than OpenSSL's int length")
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        // An empty array may hand out a nil base address; OpenSSL wants a pointer even for a zero-length key.
        let keyBytes = key.isEmpty ? [0] : key
        let result = keyBytes.withUnsafeBytes { keyBuffer in
            message.withUnsafeBufferPointer { messageBuffer in
                HMAC(
                    EVP_sha256(),
                    keyBuffer.baseAddress,
                    Int32(key.count),
                    messageBuffer.baseAddress,
                    messageBuffer.count,
                    &output,
                    &length
                )
            }
        }
        precondition(result != nil && length == digestLength, "OpenSSL HMAC-SHA256 failed")
        return Array(output.prefix(digestLength))
    }

    /// Lowercase hex of the MAC of the UTF-8 bytes of `message` under the UTF-8 bytes of `key`.
    ///
    /// This is the `hashstring` form: PHP's `hash_hmac('sha256', $message, $key)` (spec §9.2).
    public static func hex(key: String, message: String) -> String {
        hexEncoded(digest(key: Array(key.utf8), message: Array(message.utf8)))
    }

    /// Lowercase hexadecimal, two digits per byte.
    public static func hexEncoded(_ bytes: [UInt8]) -> String {
        let alphabet = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(alphabet[Int(byte >> 4)])
            text.append(alphabet[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Compares two MACs in time independent of where they differ (`CRYPTO_memcmp`), so a receiver probing
    /// signatures learns nothing from timing. Different lengths are unequal (length is not secret).
    public static func isEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard !lhs.isEmpty else { return true }
        return lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in
                CRYPTO_memcmp(left.baseAddress, right.baseAddress, left.count) == 0
            }
        }
    }

    /// `isEqual(_:_:)` over the UTF-8 bytes of two strings, e.g. a received `hashstring` header and the expected one.
    public static func isEqual(_ lhs: String, _ rhs: String) -> Bool {
        isEqual(Array(lhs.utf8), Array(rhs.utf8))
    }
}
