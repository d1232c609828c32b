/// A fast append-only writer of compact JSON into a byte array.
///
/// Commas are inserted automatically; the caller balances `begin…`/`end…` and writes a `key` before each
/// object member. Strings are escaped per RFC 8259 §7 (`"`, `\` and controls only; `/` and non-ASCII are
/// written as they are). Nothing goes through Foundation: integers are formatted digit by digit.
///
///     var writer = JSONWriter()
///     writer.beginObject()
///     writer.field("id", "chg_1")
///     writer.key("amount")
///     writer.number(amount)
///     writer.endObject()
public struct JSONWriter: Sendable {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8]

    /// Whether the next value or key follows a sibling and needs a comma. One flag is enough: after a key
    /// or an opening bracket it is `false`, after any complete value (including a closed container) `true`.
    private var needsComma = false

    /// Creates an empty writer with room for `capacity` bytes.
    public init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// Writes `{`.
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Writes `}`.
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes `[`.
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Writes `]`.
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"key":` without escaping; the key must not contain `"`, `\` or control characters.
    public mutating func key(_ key: StaticString) {
        assert(!key.withUTF8Buffer { $0.contains(where: Self.needsEscape) }, "key \(key) needs escaping")
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes `"key":`, escaping the key; for keys known only at run time.
    ///
    /// Labelled on purpose: with an unlabelled `String` overload, Swift would pick it for string literals too
    /// (String is the default literal type) and `key("amount")` would lose the `StaticString` fast path.
    public mutating func key(escaping key: String) {
        separate()
        Self.appendEscaped(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes an escaped string value.
    public mutating func string(_ value: String) {
        separate()
        Self.appendEscaped(value, to: &bytes)
        needsComma = true
    }

    /// Writes a number with its exact literal text.
    public mutating func number(_ value: JSONNumber) {
        rawNumber(value.text)
    }

    /// Writes `literal` as a number; the caller guarantees it is a valid JSON number.
    public mutating func rawNumber(_ literal: String) {
        separate()
        bytes.append(contentsOf: literal.utf8)
        needsComma = true
    }

    /// Writes an integer.
    public mutating func int(_ value: Int64) {
        separate()
        Self.appendDecimal(value, to: &bytes)
        needsComma = true
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        int(Int64(value))
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        Self.append(value ? "true" : "false", to: &bytes)
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        Self.append("null", to: &bytes)
        needsComma = true
    }

    /// Writes `bytes` verbatim as one value; the caller guarantees they are valid compact JSON.
    public mutating func raw(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
        needsComma = true
    }
}

extension JSONWriter {
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Appends a literal's bytes (no allocation, unlike an array literal).
    @inline(__always)
    static func append(_ literal: StaticString, to bytes: inout [UInt8]) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` as a quoted JSON string, copying unescaped runs in bulk.
    static func appendEscaped(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count where needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(for: utf8[index], to: &bytes)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(for byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            // RFC 8259 §7: other controls as `\u00XX`, lowercase like most encoders.
            let hex: (UInt8) -> UInt8 = { $0 < 10 ? $0 + UInt8(ascii: "0") : $0 - 10 + UInt8(ascii: "a") }
            append("u00", to: &bytes)
            bytes.append(hex(byte >> 4))
            bytes.append(hex(byte & 0xF))
        }
    }

    /// Appends the decimal digits of `value`, most significant first.
    static func appendDecimal(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digitCount = 1
        var limit: UInt64 = 10
        while digitCount < 20, magnitude >= limit {
            digitCount += 1
            limit = limit &* 10
        }
        let end = bytes.count + digitCount
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digitCount))
        var index = end
        repeat {
            index -= 1
            bytes[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}
