import Testing

@testable import TapSandbox

struct HMACSHA256Tests {
    /// One RFC 4231 §4 test case; `expected` may be truncated (case 5 keeps the first 128 bits).
    struct Vector: Sendable, CustomTestStringConvertible {
        let number: Int
        let key: [UInt8]
        let message: [UInt8]
        let expected: String
        var testDescription: String { "RFC 4231 case \(number)" }
    }

    static let rfc4231: [Vector] = [
        Vector(
            number: 1,
            key: .init(repeating: 0x0b, count: 20),
            message: Array("Hi There".utf8),
            expected: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        Vector(
            number: 2,
            key: Array("Jefe".utf8),
            message: Array("what do ya want for nothing?".utf8),
            expected: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        Vector(
            number: 3,
            key: .init(repeating: 0xaa, count: 20),
            message: .init(repeating: 0xdd, count: 50),
            expected: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        Vector(
            number: 4,
            key: Array(1...25),
            message: .init(repeating: 0xcd, count: 50),
            expected: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        Vector(
            number: 5,
            key: .init(repeating: 0x0c, count: 20),
            message: Array("Test With Truncation".utf8),
            expected: "a3b6167473100ee06e0c796c2955552b"
        ),
        Vector(
            number: 6,
            key: .init(repeating: 0xaa, count: 131),
            message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            expected: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        Vector(
            number: 7,
            key: .init(repeating: 0xaa, count: 131),
            message: Array(
                ("This is a test using a larger than block-size key and a larger than block-size data. "
                    + "The key needs to be hashed before being used by the HMAC algorithm.").utf8
            ),
            expected: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ]

    @Test(arguments: rfc4231)
    func digest_MatchesRFC4231(_ vector: Vector) {
        let digest = HMACSHA256.digest(key: vector.key, message: vector.message)
        #expect(digest.count == 32)
        let truncated = Array(digest.prefix(vector.expected.utf8.count / 2))
        #expect(HMACSHA256.hexEncoded(truncated) == vector.expected)
    }

    @Test func hex_SignsUTF8Bytes_RFC4231Case2() {
        let hex = HMACSHA256.hex(key: "Jefe", message: "what do ya want for nothing?")
        #expect(hex == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func digest_AcceptsEmptyKeyAndMessage() {
        // Python: hmac.new(b"", b"", hashlib.sha256).hexdigest()
        let hex = HMACSHA256.hexEncoded(HMACSHA256.digest(key: [], message: []))
        #expect(hex == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }

    @Test func hexEncoded_IsLowercaseTwoDigitsPerByte() {
        #expect(HMACSHA256.hexEncoded([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(HMACSHA256.hexEncoded([]) == "")
    }

    @Test(
        arguments: [
            ([UInt8](), [UInt8](), true),
            ([1, 2, 3], [1, 2, 3], true),
            ([1, 2, 3], [1, 2, 4], false),
            ([9, 2, 3], [1, 2, 3], false),
            ([1, 2, 3], [1, 2], false),
            ([], [0], false),
        ] as [([UInt8], [UInt8], Bool)]
    )
    func isEqual_ComparesBytes(_ lhs: [UInt8], _ rhs: [UInt8], _ expected: Bool) {
        #expect(HMACSHA256.isEqual(lhs, rhs) == expected)
    }

    @Test func isEqual_ComparesStrings() {
        let signature = HMACSHA256.hex(key: "k", message: "m")
        #expect(HMACSHA256.isEqual(signature, HMACSHA256.hex(key: "k", message: "m")))
        #expect(!HMACSHA256.isEqual(signature, HMACSHA256.hex(key: "k", message: "n")))
        #expect(!HMACSHA256.isEqual(signature, signature.uppercased()))
    }
}
