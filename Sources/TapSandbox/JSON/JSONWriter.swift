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
public struct JSONWriter: ~Copyable {
    /// Where the JSON goes.
    public internal(set) var buffer: ByteBuffer

    /// Whether the next value or key follows a sibling and needs a comma. One flag is enough: after a key
    /// or an opening bracket it is `false`, after any complete value (including a closed container) `true`.
    var needsComma = false

    /// Creates an empty writer with room for `capacity` bytes.
    public init(capacity: Int = 1024) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// The JSON written so far.
    public var bytes: [UInt8] { buffer.bytes }

    @inline(__always)
    mutating func separate() {
        if needsComma { buffer.append(UInt8(ascii: ",")) }
    }

    /// Writes `{`.
    public mutating func beginObject() {
        separate()
        buffer.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Writes `}`.
    public mutating func endObject() {
        buffer.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes `[`.
    public mutating func beginArray() {
        separate()
        buffer.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Writes `]`.
    public mutating func endArray() {
        buffer.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"key":` without escaping; the key must not contain `"`, `\` or control characters.
    public mutating func key(_ key: StaticString) {
        assert(!key.withUTF8Buffer { $0.contains(where: Self.needsEscape) }, "key \(key) needs escaping")
        separate()
        buffer.append(UInt8(ascii: "\""))
        buffer.append(key)
        buffer.append(UInt8(ascii: "\""))
        buffer.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes `"key":`, escaping the key; for keys known only at run time.
    ///
    /// Labelled on purpose: with an unlabelled `String` overload, Swift would pick it for string literals too
    /// (String is the default literal type) and `key("amount")` would lose the `StaticString` fast path.
    public mutating func key(escaping key: String) {
        separate()
        Self.appendEscaped(key, to: &buffer)
        buffer.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes an escaped string value.
    public mutating func string(_ value: String) {
        separate()
        Self.appendEscaped(value, to: &buffer)
        needsComma = true
    }

    /// Writes a number with its exact literal text.
    public mutating func number(_ value: JSONNumber) {
        rawNumber(value.text)
    }

    /// Writes `literal` as a number; the caller guarantees it is a valid JSON number.
    public mutating func rawNumber(_ literal: String) {
        separate()
        buffer.append(utf8: literal)
        needsComma = true
    }

    /// Writes an integer.
    public mutating func int(_ value: Int64) {
        separate()
        buffer.appendDecimal(value)
        needsComma = true
    }

    /// Writes an integer.
    public mutating func int(_ value: Int) {
        int(Int64(value))
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        buffer.append(value ? "true" : "false")
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        buffer.append("null")
        needsComma = true
    }

    /// Writes `bytes` verbatim as one value; the caller guarantees they are valid compact JSON.
    public mutating func raw(_ json: [UInt8]) {
        separate()
        buffer.append(json)
        needsComma = true
    }
}

extension JSONWriter {
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Appends `value` as a quoted JSON string, copying unescaped runs in bulk.
    static func appendEscaped(_ value: String, to buffer: inout ByteBuffer) {
        var value = value
        value.withUTF8 { appendEscaped(UnsafeRawBufferPointer($0), to: &buffer) }
    }

    /// Appends UTF-8 `bytes` as a quoted JSON string.
    static func appendEscaped(_ bytes: UnsafeRawBufferPointer, to buffer: inout ByteBuffer) {
        buffer.append(UInt8(ascii: "\""))
        appendEscapedContent(bytes, to: &buffer)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 `bytes` escaped, without the quotes.
    static func appendEscapedContent(_ bytes: UnsafeRawBufferPointer, to buffer: inout ByteBuffer) {
        var runStart = 0
        for index in 0..<bytes.count where needsEscape(bytes[index]) {
            buffer.append(UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
            appendEscape(for: bytes[index], to: &buffer)
            runStart = index + 1
        }
        buffer.append(UnsafeRawBufferPointer(rebasing: bytes[runStart...]))
    }

    private static func appendEscape(for byte: UInt8, to buffer: inout ByteBuffer) {
        buffer.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(byte)
        case 0x08: buffer.append(UInt8(ascii: "b"))
        case 0x09: buffer.append(UInt8(ascii: "t"))
        case 0x0A: buffer.append(UInt8(ascii: "n"))
        case 0x0C: buffer.append(UInt8(ascii: "f"))
        case 0x0D: buffer.append(UInt8(ascii: "r"))
        default:
            // RFC 8259 §7: other controls as `\u00XX`, lowercase like most encoders.
            let hex: (UInt8) -> UInt8 = { $0 < 10 ? $0 + UInt8(ascii: "0") : $0 - 10 + UInt8(ascii: "a") }
            buffer.append("u00")
            buffer.append(hex(byte >> 4))
            buffer.append(hex(byte & 0xF))
        }
    }
}
