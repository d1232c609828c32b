import TapSandbox

/// What the body fuzzer checks on the two body decoders themselves, before any endpoint: `JSONParser` and
/// `FormURLEncoded` never trap (a trap is the fuzzer's crash), and what they accept survives a round trip
/// through `JSONWriter` (compact and pretty) unchanged, member order, duplicates and number text included.
public enum JSONProperty {
    /// A description of the first broken rule, or nil when every rule holds.
    public static func check(_ bytes: [UInt8]) -> String? {
        if let value = try? JSONParser.parse(bytes), let problem = roundTrip(value, what: "JSON") {
            return problem
        }
        if let form = try? FormURLEncoded.parse(bytes) {
            let value = JSONValue.object(form)
            if let leaf = nonStringLeaf(in: value) { return "a form decoded to a \(leaf) leaf" }
            if let problem = roundTrip(value, what: "form") { return problem }
        }
        return nil
    }

    private static func roundTrip(_ value: JSONValue, what: String) -> String? {
        let compact = value.encoded()
        guard let again = try? JSONParser.parse(compact, maxDepth: 1_000) else {
            return "\(what) re-encoded as invalid JSON: \(String(decoding: compact.prefix(200), as: UTF8.self))"
        }
        if again != value { return "\(what) changed in a compact round trip" }
        let pretty = value.prettyPrinted()
        guard let fromPretty = try? JSONParser.parse(pretty, maxDepth: 1_000) else {
            return "\(what) pretty-printed as invalid JSON: \(pretty.prefix(200))"
        }
        return fromPretty == value ? nil : "\(what) changed in a pretty-printed round trip"
    }

    /// Form bodies carry no types: every leaf must be a string.
    private static func nonStringLeaf(in value: JSONValue) -> String? {
        switch value {
        case .string: nil
        case .array(let elements): elements.lazy.compactMap(nonStringLeaf).first
        case .object(let object): object.lazy.compactMap { nonStringLeaf(in: $0.value) }.first
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        }
    }
}
