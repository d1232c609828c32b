/// Customer ids by name, email and phone, oldest first. A payment request that describes its customer
/// reuses the oldest customer with exactly those details (`AccountState.customer(matching:)`); scanning every
/// customer for that made each charge of a load test with distinct customers cost more than the one before.
/// Derived from `AccountState.customers` and kept with it, so it is not persisted.
struct CustomerIndex: Sendable, Equatable {
    private struct Entry: Sendable, Equatable {
        var serial: Int64
        var id: String
    }

    private var idsByDetails: [CustomerSnapshot: [Entry]] = [:]

    /// The id of the oldest customer with exactly these details (`id` ignored).
    func oldest(matching details: CustomerSnapshot) -> String? {
        idsByDetails[Self.key(details)]?.first?.id
    }

    /// Notes `customer`, stored in place of `old` (the same customer before an update), if any.
    mutating func put(_ customer: Customer, replacing old: Customer?) {
        let details = Self.key(customer.snapshot)
        if let old {
            guard Self.key(old.snapshot) != details else { return }
            remove(old)
        }
        var ids = idsByDetails[details, default: []]
        let position = ids.firstIndex { $0.serial > customer.serial } ?? ids.endIndex
        ids.insert(Entry(serial: customer.serial, id: customer.id), at: position)
        idsByDetails[details] = ids
    }

    mutating func remove(_ customer: Customer) {
        let details = Self.key(customer.snapshot)
        guard var ids = idsByDetails[details] else { return }
        ids.removeAll { $0.id == customer.id }
        idsByDetails[details] = ids.isEmpty ? nil : ids
    }

    private static func key(_ snapshot: CustomerSnapshot) -> CustomerSnapshot {
        var details = snapshot
        details.id = nil
        return details
    }
}
