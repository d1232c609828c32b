extension JSONWriter {
    /// Writes a whole value tree, preserving object member order and number text.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let bool): self.bool(bool)
        case .number(let number): self.number(number)
        case .string(let string): self.string(string)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let object):
            beginObject()
            for (key, member) in object {
                self.key(escaping: key)
                self.value(member)
            }
            endObject()
        }
    }
}

extension JSONValue {
    /// The compact UTF-8 JSON text of this value.
    public func encoded() -> [UInt8] {
        var writer = JSONWriter(capacity: 256)
        writer.value(self)
        return writer.bytes
    }

    /// Indented JSON for humans (2 spaces, `"key": value`), with no trailing newline.
    public func prettyPrinted() -> String {
        var buffer = ByteBuffer(capacity: 256)
        appendPretty(to: &buffer, indent: 0)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    private func appendPretty(to buffer: inout ByteBuffer, indent: Int) {
        switch self {
        case .null, .bool, .number, .string:
            buffer.append(encoded())
        case .array(let elements):
            guard !elements.isEmpty else { return buffer.append("[]") }
            buffer.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                Self.appendLineBreak(to: &buffer, indent: indent + 1, isFirst: position == 0)
                element.appendPretty(to: &buffer, indent: indent + 1)
            }
            Self.appendLineBreak(to: &buffer, indent: indent, isFirst: true)
            buffer.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else { return buffer.append("{}") }
            buffer.append(UInt8(ascii: "{"))
            for (position, member) in object.enumerated() {
                Self.appendLineBreak(to: &buffer, indent: indent + 1, isFirst: position == 0)
                JSONWriter.appendEscaped(member.key, to: &buffer)
                buffer.append(": ")
                member.value.appendPretty(to: &buffer, indent: indent + 1)
            }
            Self.appendLineBreak(to: &buffer, indent: indent, isFirst: true)
            buffer.append(UInt8(ascii: "}"))
        }
    }

    private static func appendLineBreak(to buffer: inout ByteBuffer, indent: Int, isFirst: Bool) {
        if !isFirst { buffer.append(UInt8(ascii: ",")) }
        buffer.append(UInt8(ascii: "\n"))
        for _ in 0..<(2 * indent) { buffer.append(UInt8(ascii: " ")) }
    }
}
