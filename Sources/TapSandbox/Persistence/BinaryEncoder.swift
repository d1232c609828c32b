/// Encodes `Encodable` values in `BinaryFormat`, streaming into one byte array.
///
/// Faster than Foundation's `JSONEncoder` by an order of magnitude on our state types (measured in
/// BENCHMARKS.md), which matters because every acknowledged write is encoded once. Containers are
/// written as they are filled: a container is closed when its value's `encode(to:)` returns or when an
/// outer container writes its next member, which is how synthesized conformances (enums with payloads
/// included) use them. Going back to a container after writing to an outer one, and `superEncoder`, are
/// programmer errors here.
final class BinaryEncoder: Encoder {
    // Unchecked exclusivity: every access to these would otherwise go through the runtime's dynamic
    // exclusivity check, measured at about a third of the encoding time. Only this class touches them, on
    // one thread at a time.
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    /// The containers open now, innermost last.
    @exclusivity(unchecked) private var open: [OpenContainer] = []
    /// Where in `open` the containers of the value being encoded start.
    @exclusivity(unchecked) private var frame = 0

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// An encoder whose output starts with `prefix` (room for a record header).
    init(prefix: [UInt8] = [], capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
        bytes.append(contentsOf: prefix)
    }

    /// The encoding of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = BinaryEncoder()
        try encoder.encodeValue(value)
        return encoder.bytes
    }

    /// Appends `value`, closing whatever container its `encode(to:)` opened.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == [UInt8].self, let raw = value as? [UInt8] {
            writeBytes(raw)
            return
        }
        let outer = frame
        frame = open.count
        let start = bytes.count
        try value.encode(to: self)
        close(deeperThan: frame - 1)
        // A value that wrote nothing (an empty struct) still needs a decodable encoding.
        if bytes.count == start {
            _ = push(BinaryFormat.keyed)
            close(deeperThan: open.count - 2)
        }
        frame = outer
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(BinaryKeyedWriter<Key>(encoder: self, level: openContainer(BinaryFormat.keyed)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        BinaryUnkeyedWriter(encoder: self, level: openContainer(BinaryFormat.unkeyed))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        BinarySingleValueWriter(encoder: self)
    }

    /// The value's own container: opened on the first request, the same one on later requests.
    private func openContainer(_ kind: UInt8) -> Int {
        if open.count > frame {
            precondition(open[frame].kind == kind, "BinaryEncoder: a value opened two kinds of container")
            close(deeperThan: frame)
            return frame
        }
        return push(kind)
    }

    /// Opens a container inside the one at `level` (the member's key is written already).
    func openNested(_ kind: UInt8) -> Int {
        push(kind)
    }

    private struct OpenContainer {
        var kind: UInt8
        /// Where its length field is, to fill in when it closes.
        var lengthAt: Int
    }

    private func push(_ kind: UInt8) -> Int {
        bytes.append(kind)
        open.append(OpenContainer(kind: kind, lengthAt: bytes.count))
        bytes.append(contentsOf: [0, 0, 0, 0])
        return open.count - 1
    }

    /// Ends every container opened inside the one at `level` (all of this value's when `level` is
    /// `frame - 1`): a container writing its next member is done with those.
    func close(deeperThan level: Int) {
        while open.count > level + 1 {
            let container = open.removeLast()
            bytes.append(container.kind == BinaryFormat.keyed ? 0 : BinaryFormat.end)
            let length = UInt32(bytes.count - container.lengthAt - BinaryFormat.lengthSize)
            for index in 0..<BinaryFormat.lengthSize {
                bytes[container.lengthAt + index] = UInt8(truncatingIfNeeded: length >> (8 * index))
            }
        }
    }

    // MARK: Primitive values, each with its tag.

    func writeNil() { bytes.append(BinaryFormat.null) }

    func write(_ value: Bool) { bytes.append(value ? BinaryFormat.trueValue : BinaryFormat.falseValue) }

    func write<I: FixedWidthInteger>(_ value: I) {
        if I.isSigned {
            bytes.append(BinaryFormat.signed)
            BinaryFormat.appendVarint(BinaryFormat.zigzag(Int64(value)), to: &bytes)
        } else {
            bytes.append(BinaryFormat.unsigned)
            BinaryFormat.appendVarint(UInt64(value), to: &bytes)
        }
    }

    func write(_ value: Double) {
        bytes.append(BinaryFormat.double)
        var pattern = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: pattern))
            pattern >>= 8
        }
    }

    func write(_ value: String) {
        bytes.append(BinaryFormat.string)
        var text = value
        text.withUTF8 { utf8 in
            BinaryFormat.appendVarint(UInt64(utf8.count), to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }

    func writeBytes(_ value: [UInt8]) {
        bytes.append(BinaryFormat.bytes)
        BinaryFormat.appendVarint(UInt64(value.count), to: &bytes)
        bytes.append(contentsOf: value)
    }

    /// A member's key: its UTF-8 length plus one (zero ends the container), then the UTF-8.
    func writeKey(_ key: some CodingKey) {
        var text = key.stringValue
        text.withUTF8 { utf8 in
            BinaryFormat.appendVarint(UInt64(utf8.count) + 1, to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }
}
