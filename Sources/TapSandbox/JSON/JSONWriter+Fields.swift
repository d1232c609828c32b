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
}
