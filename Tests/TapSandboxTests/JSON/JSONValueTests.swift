import Testing

@testable import TapSandbox

struct JSONValueTests {
    @Test(arguments: [
        "0", "-0", "1", "-1", "10.120", "1e400", "1E+2", "1e-2", "0.5", "-0.0e-0", "123456789012345678901234567890",
    ])
    func number_Accepts_ValidLiteral(text: String) {
        #expect(JSONNumber(text: text)?.text == text)
    }

    @Test(arguments: [
        "", " 1", "1 ", "+1", "01", "-01", ".5", "1.", "1e", "1e+", "-", "NaN", "Infinity", "0x1", "1_000", "1,5", "١",
    ])
    func number_Rejects_InvalidLiteral(text: String) {
        #expect(JSONNumber(text: text) == nil)
    }

    @Test(
        arguments: [
            ("42", 42), ("-0", 0), ("-9223372036854775808", Int64.min), ("9223372036854775808", nil), ("1.0", nil),
            ("1e2", nil),
        ] as [(String, Int64?)]
    )
    func number_Int64Value_OnlyForIntegerLiterals(text: String, expected: Int64?) throws {
        #expect(try #require(JSONNumber(text: text)).int64Value == expected)
    }

    @Test func number_EqualityIsByText() {
        #expect(JSONNumber(text: "1.0") != JSONNumber(text: "1"))
        #expect(JSONNumber(Int64(-5)) == JSONNumber(text: "-5"))
    }

    @Test func accessors_ReturnPayload_OnlyForMatchingCase() {
        let value: JSONValue = ["s": "x", "b": true, "n": 1, "a": [nil], "o": ["k": "v"], "z": nil]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["b"]?.boolValue == true)
        #expect(value["n"]?.numberValue?.text == "1")
        #expect(value["a"]?.arrayValue == [.null])
        #expect(value["o"]?.objectValue?["k"] == "v")
        #expect(value["z"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value["s"]?.boolValue == nil)
        #expect(value["n"]?.stringValue == nil)
        #expect(value["a"]?["k"] == nil)
        #expect(JSONValue.string("x").isNull == false)
    }

    @Test func object_Set_ReplacesInPlace_OrAppends() {
        var object: JSONObject = ["a": 1, "b": 2]
        object["a"] = "one"
        object["c"] = 3
        #expect(object.keys == ["a", "b", "c"])
        #expect(object["a"] == "one")
        #expect(object.count == 3)
    }

    @Test func object_Set_OnDuplicates_KeepsOnlyLastPosition() {
        var object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(object["a"] == 3)
        object["a"] = 4
        #expect(Array(object.map(\.key)) == ["b", "a"])
        #expect(object["a"] == 4)
    }

    @Test func object_SetNil_RemovesEveryOccurrence() {
        var object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        object["a"] = nil
        #expect(object.keys == ["b"])
        object["b"] = nil
        #expect(object.isEmpty)
    }

    @Test func object_Equality_IsOrderSensitive() {
        let ab: JSONObject = ["a": 1, "b": 2]
        #expect(ab == JSONObject([("a", 1), ("b", 2)]))
        #expect(ab != ["b": 2, "a": 1])
        #expect(Set([ab, JSONObject([("a", 1), ("b", 2)])]).count == 1)
    }

    @Test func object_Iterates_InInsertionOrder() {
        var object = JSONObject()
        object.append(key: "x", value: 1)
        object.append(key: "x", value: 2)
        object.append(key: "y", value: 3)
        #expect(object.map(\.key) == ["x", "x", "y"])
        #expect(object.map(\.value) == [1, 2, 3])
    }
}
