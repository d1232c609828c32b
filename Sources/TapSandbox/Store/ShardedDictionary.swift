/// A dictionary split into 64 parts by a cheap function of the key. A single Swift dictionary rehashes
/// every key when it doubles: with 100,000 charges that held the account's lock for about 10 ms, and every
/// request of the account waited (it was most of the p99 of charge creation under load). Split, each
/// doubling moves one small part.
struct ShardedDictionary<Key: ShardKey, Value: Sendable>: Sendable {
    private static var shardCount: Int { 64 }
    private var shards = [[Key: Value]](repeating: [:], count: shardCount)
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    private static func shard(_ key: Key) -> Int { Int(truncatingIfNeeded: key.shardBits & UInt(shardCount - 1)) }

    subscript(key: Key) -> Value? {
        get { shards[Self.shard(key)][key] }
        set {
            if let newValue { updateValue(newValue, forKey: key) } else { removeValue(forKey: key) }
        }
    }

    @discardableResult
    mutating func updateValue(_ value: Value, forKey key: Key) -> Value? {
        let old = shards[Self.shard(key)].updateValue(value, forKey: key)
        if old == nil { count += 1 }
        return old
    }

    @discardableResult
    mutating func removeValue(forKey key: Key) -> Value? {
        let old = shards[Self.shard(key)].removeValue(forKey: key)
        if old != nil { count -= 1 }
        return old
    }

    /// Every value, in no particular order.
    var values: some Collection<Value> { shards.lazy.flatMap(\.values) }
    /// Every key, in no particular order.
    var keys: some Collection<Key> { shards.lazy.flatMap(\.keys) }
}

extension ShardedDictionary: Equatable where Value: Equatable {
    /// Keys decide their part, so equal contents mean equal parts.
    static func == (lhs: Self, rhs: Self) -> Bool { lhs.count == rhs.count && lhs.shards == rhs.shards }
}

/// A key with cheap bits to choose a part by; any function works, an even spread is faster.
protocol ShardKey: Hashable, Sendable {
    var shardBits: UInt { get }
}

extension String: ShardKey {
    /// The last bytes: our ids end in digits of their serial, which spread evenly.
    var shardBits: UInt {
        var bits: UInt = 0
        for byte in utf8.suffix(4) { bits = bits &* 31 &+ UInt(byte) }
        return bits
    }
}

extension Int64: ShardKey {
    var shardBits: UInt { UInt(truncatingIfNeeded: self) }
}
