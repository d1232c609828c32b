import Testing

@testable import TapSandbox

struct JSONWriterTests {
    static func text(_ write: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(capacity: 16)
        write(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    static let escapes: [(String, String)] = [
        ("plain", #""plain""#),
        ("", #""""#),
        ("\"", #""\"""#),
        ("\\", #""\\""#),
        ("a/b", #""a/b""#),
        ("\n\r\t", #""\n\r\t""#),
        ("\u{8}\u{C}", #""\b\f""#),
        ("\u{0}", #""\u0000""#),
        ("\u{1}\u{1F}", #""\u0001\u001f""#),
        ("\u{1B}[0m", #""\u001b[0m""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("é€😀", "\"é€😀\""),
        ("\u{2028}\u{2029}", "\"\u{2028}\u{2029}\""),
        ("say \"hi\"\\\n", #""say \"hi\"\\\n""#),
    ]

    @Test(arguments: escapes)
    func string_EscapesPerRFC8259(input: String, expected: String) throws {
        #expect(Self.text { $0.string(input) } == expected)
        #expect(try JSONParser.parse(expected) == .string(input))
    }

    @Test(arguments: [0, 1, -1, 9, 10, -10, 99, 100, 1_234_567_890, Int64.max, Int64.min, Int64.min + 1] as [Int64])
    func int_WritesDecimalDigits(value: Int64) {
        #expect(Self.text { $0.int(value) } == String(value))
    }

    @Test func writer_InsertsCommas_InNestedContainers() {
        let json = Self.text { writer in
            writer.beginObject()
            writer.field("id", "chg_1")
            writer.key("list")
            writer.beginArray()
            writer.int(1)
            writer.beginObject()
            writer.endObject()
            writer.beginArray()
            writer.endArray()
            writer.null()
            writer.endArray()
            writer.field("live", false)
            writer.key("empty")
            writer.beginObject()
            writer.endObject()
            writer.endObject()
        }
        #expect(json == #"{"id":"chg_1","list":[1,{},[],null],"live":false,"empty":{}}"#)
    }

    @Test func writer_TopLevelSequence_IsCommaSeparated() {
        let json = Self.text { writer in
            writer.bool(true)
            writer.string("x")
            writer.int(2)
        }
        #expect(json == #"true,"x",2"#)
    }

    @Test func field_SkipsNilOptionals_AndWritesOthers() {
        let missing: String? = nil
        let present: String? = "x"
        let json = Self.text { writer in
            writer.beginObject()
            writer.field("a", missing)
            writer.field("b", present)
            writer.field("c", nil as Int64?)
            writer.field("d", 5 as Int64?)
            writer.field("e", nil as JSONNumber?)
            writer.field("f", JSONNumber(text: "1.500"))
            writer.field("g", 7)
            writer.field("h", ["k": [1, "v"]] as JSONValue)
            writer.endObject()
        }
        #expect(json == #"{"b":"x","d":5,"f":1.500,"g":7,"h":{"k":[1,"v"]}}"#)
    }

    @Test func key_String_IsEscaped() {
        let json = Self.text { writer in
            writer.beginObject()
            writer.key(escaping: "a\"b\n")
            writer.rawNumber("10.120")
            writer.endObject()
        }
        #expect(json == #"{"a\"b\n":10.120}"#)
    }

    @Test func encoded_PreservesOrderDuplicatesAndNumberText() {
        let value: JSONValue = .object(JSONObject([("z", .numberLiteral("1.0")), ("a", "é"), ("z", [nil, true])]))
        #expect(String(decoding: value.encoded(), as: UTF8.self) == #"{"z":1.0,"a":"é","z":[null,true]}"#)
        #expect(value.description == #"{"z":1.0,"a":"é","z":[null,true]}"#)
    }

    @Test func prettyPrinted_IndentsTwoSpaces() {
        let value: JSONValue = [
            "id": "chg_1", "amount": .numberLiteral("10.500"), "tags": ["a", 1], "meta": [:], "list": [],
        ]
        let expected = """
            {
              "id": "chg_1",
              "amount": 10.500,
              "tags": [
                "a",
                1
              ],
              "meta": {},
              "list": []
            }
            """
        #expect(value.prettyPrinted() == expected)
        #expect(JSONValue.string("a\nb").prettyPrinted() == #""a\nb""#)
    }

    @Test func raw_WritesPreencodedValue() {
        let inner: JSONValue = ["a": 1]
        let json = Self.text { writer in
            writer.beginArray()
            writer.raw(inner.encoded())
            writer.raw(inner.encoded())
            writer.endArray()
        }
        #expect(json == #"[{"a":1},{"a":1}]"#)
    }
}
