import Testing

@testable import TapSandbox

extension JSONValue {
    /// A number value from its literal, for expectation tables.
    static func numberLiteral(_ text: String) -> JSONValue {
        .number(JSONNumber(text: text)!)
    }
}

/// Documents RFC 8259 accepts (the `y_` side of JSONTestSuite), each with the exact value expected.
struct JSONParserAcceptTests {
    static let accepted: [(String, JSONValue)] = [
        ("null", .null),
        ("true", true),
        ("false", false),
        ("0", .numberLiteral("0")),
        ("-0", .numberLiteral("-0")),
        ("123", .numberLiteral("123")),
        ("-1.5e10", .numberLiteral("-1.5e10")),
        ("1E+2", .numberLiteral("1E+2")),
        ("1e-2", .numberLiteral("1e-2")),
        ("0.0", .numberLiteral("0.0")),
        ("[0e0]", [.numberLiteral("0e0")]),
        ("-0.0e-0", .numberLiteral("-0.0e-0")),
        ("\"a\"", "a"),
        ("\"\"", ""),
        ("[]", []),
        ("{}", [:]),
        ("[[]]", [[]]),
        ("[1,2,3]", [1, 2, 3]),
        ("{\"a\":1}", ["a": 1]),
        ("{\"a\":{\"b\":[true,false,null]}}", ["a": ["b": [true, false, nil]]]),
        (" \t\n\r[ 1 , 2 ]\r\n", [1, 2]),
        ("{ \"a\" : 1 , \"b\" : [ ] }", ["a": 1, "b": []]),
        ("\"\\u0000\"", "\u{0}"),
        ("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\u{8}\u{C}\n\r\t"),
        ("\"\\u00e9\\u00E9\"", "éé"),
        ("\"\\u20AC\"", "€"),
        ("\"\\ud83d\\ude00\"", "😀"),
        ("\"\\uD834\\uDD1E\"", "𝄞"),
        ("\"\\uFFFF\"", "\u{FFFF}"),
        ("[\"\\u0041BC\"]", ["ABC"]),
        ("\"a\\nb \\\"c\\\" d\"", "a\nb \"c\" d"),
        ("\"/\"", "/"),
        ("{\"\":0}", ["": 0]),
        ("{\"a\":1,\"a\":2}", .object(JSONObject([("a", 1), ("a", 2)]))),
        ("[1e400]", [.numberLiteral("1e400")]),
        ("\"😀 é € \u{10FFFF}\"", "😀 é € \u{10FFFF}"),
        ("\u{FEFF}[1]", [1]),
        ("{\"a\":[],\"b\":{},\"c\":\"\"}", ["a": [], "b": [:], "c": ""]),
    ]

    @Test(arguments: accepted)
    func parse_Accepts_ValidDocument(json: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(json) == expected)
        #expect(try JSONParser.parse(Array(json.utf8)) == expected)
    }

    @Test(arguments: ["10.120", "-0", "1e400", "0.1000", "-12.50E-007", String(repeating: "9", count: 300)])
    func parse_PreservesNumberLiteralText(literal: String) throws {
        let value = try JSONParser.parse("{\"amount\":\(literal)}")
        #expect(value["amount"]?.numberValue?.text == literal)
        #expect(String(decoding: value.encoded(), as: UTF8.self) == "{\"amount\":\(literal)}")
    }

    @Test func parse_DecodesSurrogatePair_ToOneScalar() throws {
        let value = try JSONParser.parse(#""\ud83d\ude00""#)
        #expect(value.stringValue?.unicodeScalars.map(\.value) == [0x1F600])
    }

    @Test func parse_KeepsEmbeddedNUL_FromEscape() throws {
        let value = try JSONParser.parse(#"["a\u0000b"]"#)
        #expect(value.arrayValue?.first?.stringValue?.utf8.elementsEqual([0x61, 0x00, 0x62]) == true)
    }

    @Test func parse_KeepsObjectMemberOrder() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test func parse_DuplicateKeys_LastOccurrenceWins() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":true,"a":"last"}"#)
        #expect(value["a"] == "last")
        #expect(value.objectValue?.count == 3)
    }

    @Test func parse_AcceptsSliceAndRawBuffer_WithSliceRelativeOffsets() throws {
        let bytes = Array("xx[1,2]yy".utf8)
        #expect(try JSONParser.parse(bytes[2..<7]) == [1, 2])
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes[2..<8]) }
        #expect(error?.offset == 5)
        let raw = try bytes[2..<7].withUnsafeBytes { buffer in try JSONParser.parse(buffer) }
        #expect(raw == [1, 2])
    }

    @Test func parse_LongStrings_WithAndWithoutEscapes() throws {
        let plain = String(repeating: "abcdéf😀", count: 10_000)
        #expect(try JSONParser.parse("\"\(plain)\"") == .string(plain))
        let escaped = String(repeating: "a\\n\\u00e9", count: 10_000)
        let expected = String(repeating: "a\né", count: 10_000)
        #expect(try JSONParser.parse("[\"\(escaped)\"]") == [.string(expected)])
    }

    @Test func parse_LargeInputs_StayLinear() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let array = "[" + Array(repeating: "0", count: 200_000).joined(separator: ",") + "]"
        #expect(try JSONParser.parse(array).arrayValue?.count == 200_000)
        let members = (0..<50_000).map { "\"k\($0)\":[\($0)]" }.joined(separator: ",")
        #expect(try JSONParser.parse("{\(members)}").objectValue?.count == 50_000)
        #expect(clock.now - start < .seconds(10))
    }
}
