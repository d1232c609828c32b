/// The JSON of recently retrieved payments, so that repeated `GET`s of an unchanged object cost a lookup
/// instead of a render. An entry keeps the payment value it was rendered from and is used only while the
/// stored payment still equals it: any change, by any path, misses. Cheap to check, because an unchanged
/// payment shares its strings and arrays with the cached copy. Bounded; never persisted.
public struct RenderCache: Sendable {
    public static let capacity = 512
    private var entries: [String: (payment: Payment, json: [UInt8])] = [:]

    public init() {}

    /// The cached JSON of `payment`, if it was rendered from an equal value.
    public func json(for payment: Payment) -> [UInt8]? {
        guard let entry = entries[payment.id], entry.payment == payment else { return nil }
        return entry.json
    }

    public mutating func store(_ json: [UInt8], for payment: Payment) {
        if entries.count >= Self.capacity && entries[payment.id] == nil { entries.removeAll(keepingCapacity: true) }
        entries[payment.id] = (payment, json)
    }
}
