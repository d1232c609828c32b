import Foundation
import Testing

@testable import TapSandbox

/// SplitMix64: a tiny seeded generator, so every failing value can be reproduced from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Random JSON values with hostile strings: controls, quotes, backslashes, astral scalars, duplicates.
struct RandomJSON {
    var generator: SeededGenerator
    /// Foundation refuses numbers beyond `Double`'s range; our parser keeps any exponent.
    var maxExponent = 400

    mutating func value(depth: Int = 0) -> JSONValue {
        switch Int.random(in: 0..<(depth < 4 ? 8 : 5), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .number(number())
        case 3, 4: return .string(string())
        case 5: return .array((0..<Int.random(in: 0..<5, using: &generator)).map { _ in value(depth: depth + 1) })
        default:
            let count = Int.random(in: 0..<5, using: &generator)
            return .object(JSONObject((0..<count).map { _ in (key(), value(depth: depth + 1)) }))
        }
    }

    mutating func key() -> String {
        Bool.random(using: &generator) ? ["a", "id", "amount", ""].randomElement(using: &generator)! : string()
    }

    mutating func string() -> String {
        let pools: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x20...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF,
        ]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0..<12, using: &generator) {
            let pool = pools.randomElement(using: &generator)!
            scalars.append(Unicode.Scalar(UInt32.random(in: pool, using: &generator))!)
            if Int.random(in: 0..<6, using: &generator) == 0 { scalars.append(contentsOf: "\"\\/".unicodeScalars) }
        }
        return String(scalars)
    }

    mutating func number() -> JSONNumber {
        var text = Bool.random(using: &generator) ? "-" : ""
        text += Bool.random(using: &generator) ? "0" : String(UInt64.random(in: 1...UInt64.max, using: &generator))
        if Bool.random(using: &generator) { text += "." + String(UInt32.random(in: 0...9999, using: &generator)) + "0" }
        if Bool.random(using: &generator) {
            text +=
                ["e", "E", "e+", "e-", "E-"].randomElement(using: &generator)!
                + String(Int.random(in: 0...maxExponent, using: &generator))
        }
        return JSONNumber(text: text)!
    }
}

struct JSONRoundTripTests {
    @Test(arguments: 0..<8)
    func parse_OfEncoded_ReturnsSameValue(seed: Int) throws {
        var random = RandomJSON(generator: SeededGenerator(state: UInt64(seed)))
        for _ in 0..<250 {
            let value = random.value()
            #expect(try JSONParser.parse(value.encoded()) == value)
            #expect(try JSONParser.parse(value.prettyPrinted()) == value)
        }
    }

    @Test func encoded_IsAcceptedByFoundation_WithSameStrings() throws {
        var random = RandomJSON(generator: SeededGenerator(state: 42))
        for _ in 0..<100 {
            let original = random.string()
            let encoded = JSONValue.array([.string(original)]).encoded()
            let decoded = try JSONSerialization.jsonObject(with: Data(encoded)) as? [String]
            #expect(decoded?.first?.unicodeScalars.elementsEqual(original.unicodeScalars) == true)
        }
    }

    @Test func encoded_RandomTrees_AreValidForFoundation() throws {
        var random = RandomJSON(generator: SeededGenerator(state: 7), maxExponent: 250)
        for _ in 0..<100 {
            let value: JSONValue = [random.value()]
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(value.encoded())) }
        }
    }

    @Test func parse_AgreesWithFoundation_OnFoundationOutput() throws {
        let object: [String: Any] = [
            "name": "Ahmad \"A\" \u{1}\n/é😀", "list": [1, 2.5, true, NSNull()], "nested": ["k": "v"],
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        let value = try JSONParser.parse([UInt8](data))
        #expect(value["name"] == "Ahmad \"A\" \u{1}\n/é😀")
        #expect(value["list"]?.arrayValue?.count == 4)
        #expect(value["list"]?.arrayValue?[2] == true)
        #expect(value["list"]?.arrayValue?[3] == .null)
        #expect(value["nested"]?["k"] == "v")
    }
}
