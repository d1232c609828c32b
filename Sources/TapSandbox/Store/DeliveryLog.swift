/// An account's webhook deliveries in creation order, with an index by the object they carry (for
/// `?object_id=` and for keeping one object's deliveries in the order of its transitions).
public struct DeliveryLog: Sendable, Equatable {
    private var deliveries = OrderedStore<WebhookDelivery>()
    private var byObject: [String: [String]] = [:]

    public subscript(id: String) -> WebhookDelivery? { deliveries[id] }

    public var count: Int { deliveries.count }

    /// Every delivery, oldest first.
    public var all: some Sequence<WebhookDelivery> { deliveries.values }

    /// The deliveries of one object, oldest first.
    public func of(object id: String) -> [WebhookDelivery] {
        (byObject[id] ?? []).compactMap { deliveries[$0] }
    }

    mutating func put(_ delivery: WebhookDelivery) {
        if deliveries[delivery.id] == nil { byObject[delivery.objectID, default: []].append(delivery.id) }
        deliveries.put(delivery, id: delivery.id, serial: delivery.serial)
    }
}
