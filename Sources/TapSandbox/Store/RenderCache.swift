/// The JSON of recently retrieved payments, so that repeated `GET`s of an unchanged object cost a lookup
/// instead of a render. An entry holds the stored box it was rendered from and is used only while the store
/// still holds that very box: any change, by any path, stores a new box and misses. Holding the box also
/// keeps its identity from being reused. Bounded; derived data, never persisted.
public struct RenderCache: Sendable {
    public static let capacity = 512
    private var entries: [String: (stored: Stored<Payment>, json: [UInt8])] = [:]

    public init() {}

    /// The cached JSON of `stored`, if it was rendered from this very box.
    public func json(for stored: Stored<Payment>) -> [UInt8]? {
        guard let entry = entries[stored.value.id], entry.stored === stored else { return nil }
        return entry.json
    }

    public mutating func store(_ json: [UInt8], for stored: Stored<Payment>) {
        let id = stored.value.id
        if entries.count >= Self.capacity && entries[id] == nil { entries.removeAll(keepingCapacity: true) }
        entries[id] = (stored, json)
    }
}
