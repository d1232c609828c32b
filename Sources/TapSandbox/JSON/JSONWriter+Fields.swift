/// One-call object members, so model encoders read as a list of fields.
extension JSONWriter {
    /// Writes `"key":"value"`.
    public mutating func field(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    /// Writes `"key":"value"`, or nothing when `value` is `nil` (nil optionals are omitted, not `null`).
    public mutating func field(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        field(key, value)
    }

    /// Writes `"key":123`.
    public mutating func field(_ key: StaticString, _ value: Int64) {
        self.key(key)
        int(value)
    }

    /// Writes `"key":123`.
    public mutating func field(_ key: StaticString, _ value: Int) {
        self.key(key)
        int(Int64(value))
    }

    /// Writes `"key":123`, or nothing when `value` is `nil`.
    public mutating func field(_ key: StaticString, _ value: Int64?) {
        guard let value else { return }
        field(key, value)
    }

    /// Writes `"key":true`.
    public mutating func field(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    /// Writes `"key":10.120` with the number's exact text.
    public mutating func field(_ key: StaticString, _ value: JSONNumber) {
        self.key(key)
        number(value)
    }

    /// Writes `"key":10.120`, or nothing when `value` is `nil`.
    public mutating func field(_ key: StaticString, _ value: JSONNumber?) {
        guard let value else { return }
        field(key, value)
    }

    /// Writes `"key":` followed by any JSON value.
    public mutating func field(_ key: StaticString, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    /// Writes a string value whose content `write` puts straight into the buffer; the content must need
    /// no escaping (ASCII identifiers, digits). Saves building a `String` for derived values.
    public mutating func asciiString(_ write: (inout ByteBuffer) -> Void) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        write(&buffer)
        buffer.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes a number value whose text `write` puts straight into the buffer.
    public mutating func rawNumber(_ write: (inout ByteBuffer) -> Void) {
        separate()
        write(&buffer)
        needsComma = true
    }

    /// Writes `"key":"<decimal>"`, an integer as a string (Tap's `transaction.created`).
    public mutating func field(_ key: StaticString, decimalString value: Int64) {
        self.key(key)
        asciiString { $0.appendDecimal(value) }
    }

    /// Writes one string value made of `first`, `middle` and `last` joined, escaping the strings.
    public mutating func string(_ first: String, _ middle: StaticString, _ last: String) {
        separate()
        var first = first
        var last = last
        buffer.append(UInt8(ascii: "\""))
        first.withUTF8 { Self.appendEscapedContent(UnsafeRawBufferPointer($0), to: &buffer) }
        Self.appendEscapedContent(UnsafeRawBufferPointer(start: middle.utf8Start, count: middle.utf8CodeUnitCount), to: &buffer)
        last.withUTF8 { Self.appendEscapedContent(UnsafeRawBufferPointer($0), to: &buffer) }
        buffer.append(UInt8(ascii: "\""))
        needsComma = true
    }
}
