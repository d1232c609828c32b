import Testing

@testable import TapSandbox

/// Depth limits and UTF-8 validation: the parts of the parser a fuzzer leans on.
struct JSONParserLimitsTests {
    static func nestedArrays(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }

    static func nestedObjects(_ depth: Int) -> String {
        String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
    }

    @Test func parse_AcceptsNesting_AtDefaultLimit() throws {
        var value = try JSONParser.parse(Self.nestedArrays(64))
        var depth = 0
        while let inner = value.arrayValue {
            depth += 1
            value = inner.first ?? .null
        }
        #expect(depth == 64)
        #expect(try JSONParser.parse(Self.nestedObjects(64)).objectValue != nil)
    }

    @Test func parse_Rejects_NestingBeyondDefaultLimit() {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(Self.nestedArrays(65)) }
        #expect(error?.message == "nesting deeper than 64 levels")
        #expect(error?.offset == 64)
        let objectError = #expect(throws: JSONParseError.self) { try JSONParser.parse(Self.nestedObjects(65)) }
        #expect(objectError?.offset == 64 * 5)
    }

    @Test func parse_HonoursCustomMaxDepth() throws {
        #expect(try JSONParser.parse("[[[1]]]", maxDepth: 3) == [[[1]]])
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse("[[[[1]]]]", maxDepth: 3) }
        #expect(error?.message == "nesting deeper than 3 levels")
        #expect(try JSONParser.parse("1", maxDepth: 0) == 1)
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[]", maxDepth: 0) }
    }

    @Test func parse_Rejects_100kDeepArray_Quickly() {
        let input = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(input) }
        #expect(clock.now - start < .seconds(1))
        #expect(error?.offset == 64)
        let mixed = Array(String(repeating: "{\"a\":[", count: 50_000).utf8)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(mixed) }
    }

    /// Invalid UTF-8 inside a string, reported at the first byte of the bad sequence (offset 1, after `"`).
    static let invalidUTF8: [[UInt8]] = [
        [0xC3],  // lead byte, then the closing quote
        [0xC0, 0x80],  // overlong NUL
        [0xC1, 0xBF],  // overlong
        [0xE0, 0x80, 0x80],  // overlong
        [0xE0, 0x9F, 0xBF],  // overlong U+07FF
        [0xF0, 0x80, 0x80, 0x80],  // overlong
        [0xF0, 0x8F, 0xBF, 0xBF],  // overlong U+FFFF
        [0xED, 0xA0, 0x80],  // UTF-8-encoded surrogate U+D800
        [0xED, 0xBF, 0xBF],  // UTF-8-encoded surrogate U+DFFF
        [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80],  // CESU-8 surrogate pair
        [0xF4, 0x90, 0x80, 0x80],  // U+110000
        [0xF5, 0x80, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0xFE],
        [0xFF],
        [0x80],  // stray continuation
        [0xBF],
        [0xE2, 0x82],  // truncated €
        [0xF0, 0x9F, 0x98],  // truncated 😀
        [0xE2, 0x28, 0xA1],  // bad continuation
        [0xC3, 0xC3, 0xA9],
    ]

    @Test(arguments: invalidUTF8)
    func parse_Rejects_InvalidUTF8InString(sequence: [UInt8]) {
        let input = [UInt8(ascii: "\"")] + sequence + [UInt8(ascii: "\"")]
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(input) }
        #expect(error?.offset == 1)
        #expect(error?.message == "invalid UTF-8 byte \(JSONParseError.hex(sequence[0]))")
    }

    @Test(arguments: [[0xE2, 0x82], [0xF0, 0x9F], [0xC3]] as [[UInt8]])
    func parse_Rejects_UTF8TruncatedAtEndOfInput(sequence: [UInt8]) {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse([UInt8(ascii: "\"")] + sequence) }
        #expect(error?.message.hasPrefix("invalid UTF-8 byte") == true)
    }

    @Test func parse_Rejects_InvalidUTF8InKey() {
        let error = #expect(throws: JSONParseError.self) {
            try JSONParser.parse(Array("{\"k".utf8) + [0xFF] + Array("\":1}".utf8))
        }
        #expect(error?.offset == 3)
    }

    /// Boundary scalars of every UTF-8 length, written raw.
    @Test(arguments: [0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF] as [UInt32])
    func parse_Accepts_BoundaryScalarsAsRawUTF8(scalarValue: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(scalarValue))
        let text = String(Character(scalar))
        #expect(try JSONParser.parse("[\"x\(text)y\"]") == [.string("x\(text)y")])
    }
}
