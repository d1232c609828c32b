/// The members of a struct, written in the order `encode(to:)` gives them.
struct BinaryKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: BinaryEncoder
    /// This container's place among the encoder's open containers.
    let level: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) {
        member(key)
        encoder.writeNil()
    }

    mutating func encode(_ value: Bool, forKey key: Key) {
        member(key)
        encoder.write(value)
    }

    mutating func encode(_ value: String, forKey key: Key) {
        member(key)
        encoder.write(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) {
        member(key)
        encoder.write(value)
    }

    mutating func encode(_ value: Float, forKey key: Key) {
        member(key)
        encoder.write(Double(value))
    }

    mutating func encode(_ value: Int, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { integer(value, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        member(key)
        try encoder.encodeValue(value)
    }

    // A nil optional is written as null rather than left out, so members stay in declaration order and
    // the decoder finds each key where it expects it.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { encodeNil(forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { encodeNil(forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { encodeNil(forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) {
        if let value { encode(value, forKey: key) } else { encodeNil(forKey: key) }
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        member(key)
        return KeyedEncodingContainer(
            BinaryKeyedWriter<NestedKey>(encoder: encoder, level: encoder.openNested(BinaryFormat.keyed)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        member(key)
        return BinaryUnkeyedWriter(encoder: encoder, level: encoder.openNested(BinaryFormat.unkeyed))
    }

    mutating func superEncoder() -> any Encoder {
        preconditionFailure("BinaryEncoder does not support superEncoder")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        preconditionFailure("BinaryEncoder does not support superEncoder")
    }

    private func integer<I: FixedWidthInteger>(_ value: I, _ key: Key) {
        member(key)
        encoder.write(value)
    }

    /// Starts a member: containers opened for earlier members are done.
    private func member(_ key: Key) {
        encoder.close(deeperThan: level)
        encoder.writeKey(key)
    }
}

/// The elements of an array, closed by `BinaryFormat.end` once the array's `encode(to:)` returns.
struct BinaryUnkeyedWriter: UnkeyedEncodingContainer {
    let encoder: BinaryEncoder
    let level: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(encoder: BinaryEncoder, level: Int) {
        self.encoder = encoder
        self.level = level
    }

    mutating func encodeNil() {
        element()
        encoder.writeNil()
    }

    mutating func encode(_ value: Bool) {
        element()
        encoder.write(value)
    }

    mutating func encode(_ value: String) {
        element()
        encoder.write(value)
    }

    mutating func encode(_ value: Int64) {
        element()
        encoder.write(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        element()
        try encoder.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        element()
        return KeyedEncodingContainer(
            BinaryKeyedWriter<NestedKey>(encoder: encoder, level: encoder.openNested(BinaryFormat.keyed)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        element()
        return BinaryUnkeyedWriter(encoder: encoder, level: encoder.openNested(BinaryFormat.unkeyed))
    }

    private mutating func element() {
        count += 1
        encoder.close(deeperThan: level)
    }

    mutating func superEncoder() -> any Encoder {
        preconditionFailure("BinaryEncoder does not support superEncoder")
    }
}

/// One primitive value (enums with raw values, `JSONValue` as text).
struct BinarySingleValueWriter: SingleValueEncodingContainer {
    let encoder: BinaryEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.writeNil() }
    mutating func encode(_ value: Bool) { encoder.write(value) }
    mutating func encode(_ value: String) { encoder.write(value) }
    mutating func encode(_ value: Double) { encoder.write(value) }
    mutating func encode(_ value: Float) { encoder.write(Double(value)) }
    mutating func encode(_ value: Int) { encoder.write(value) }
    mutating func encode(_ value: Int8) { encoder.write(value) }
    mutating func encode(_ value: Int16) { encoder.write(value) }
    mutating func encode(_ value: Int32) { encoder.write(value) }
    mutating func encode(_ value: Int64) { encoder.write(value) }
    mutating func encode(_ value: UInt) { encoder.write(value) }
    mutating func encode(_ value: UInt8) { encoder.write(value) }
    mutating func encode(_ value: UInt16) { encoder.write(value) }
    mutating func encode(_ value: UInt32) { encoder.write(value) }
    mutating func encode(_ value: UInt64) { encoder.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
}
