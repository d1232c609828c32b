/// Typed, validating reads of a JSON object from a request body. Tolerant where Tap's own clients are
/// loose (numbers sent as strings and strings as numbers, booleans as `"true"`), strict everywhere else:
/// a wrong type is an error with the field's Tap code, never a silent default.
public struct Fields: Sendable {
    public let object: JSONObject
    /// Dotted path of this object inside the body, for error messages ("customer.phone").
    public let path: String

    public init(_ object: JSONObject, path: String = "") {
        self.object = object
        self.path = path
    }

    func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Whether the field is present and not null.
    public func has(_ key: String) -> Bool {
        guard let value = object[key] else { return false }
        return !value.isNull
    }

    /// A text field: a JSON string, or a number or boolean read as its text. Null or absent is nil.
    public func string(_ key: String, code: String = "1103") throws(TapError) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case .number(let number)?: return number.text
        case .bool(let flag)?: return flag ? "true" : "false"
        case .array?, .object?: throw .invalid(code, "\(name(key)) must be a string")
        }
    }

    /// A text field no longer than `maxLength` characters (Tap's "should be less than N" rules).
    public func string(_ key: String, maxLength: Int, code: String, description: String) throws(TapError) -> String? {
        guard let text = try string(key, code: code) else { return nil }
        guard text.count <= maxLength else { throw .invalid(code, description) }
        return text
    }

    /// A flag: `true`/`false`, or the strings `"true"`/`"false"` (spec §1.2 tolerance).
    public func bool(_ key: String) throws(TapError) -> Bool? {
        switch object[key] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        case .string(let text)? where text.lowercased() == "true" || text == "1": return true
        case .string(let text)? where text.lowercased() == "false" || text == "0": return false
        case .number(let number)? where number.text == "1": return true
        case .number(let number)? where number.text == "0": return false
        default: throw .malformedBody("\(name(key)) must be true or false")
        }
    }

    /// A nested object, or nil when absent or null.
    public func object(_ key: String, code: String = "1103") throws(TapError) -> Fields? {
        switch object[key] {
        case nil, .null?: return nil
        case .object(let nested)?: return Fields(nested, path: name(key))
        default: throw .invalid(code, "\(name(key)) must be an object")
        }
    }

    /// An integer field (JSON number or numeric string), bounded.
    public func integer(_ key: String, in range: ClosedRange<Int>, code: String, description: String)
        throws(TapError) -> Int?
    {
        guard let text = try string(key, code: code) else { return nil }
        guard let value = Int(text), range.contains(value) else { throw .invalid(code, description) }
        return value
    }

    /// `metadata`: an object of scalar values, keys under 250 and values under 1000 characters
    /// (spec §3.3, codes 1127 and 1128). Values are echoed back as sent.
    public func metadata(_ key: String = "metadata") throws(TapError) -> JSONObject? {
        guard let nested = try object(key) else { return nil }
        for (metaKey, value) in nested.object {
            guard metaKey.count < 250 else {
                throw .invalid("1127", "The metadata key length should be less than 250 characters")
            }
            switch value {
            case .string(let text) where text.count >= 1000:
                throw .invalid("1128", "Metadata value length should be less than 1000 characters")
            case .array, .object:
                throw .invalid("1128", "Metadata values must be strings (\(name(key)).\(metaKey))")
            default:
                continue
            }
        }
        return nested.object
    }
}
