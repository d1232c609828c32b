/// Everything one merchant account owns. It is only ever changed inside `Account.transact`, under the
/// account's lock; every `put` also notes the key of what changed, for the journal.
///
/// A new kind of state is persisted by `--data-dir` once it is listed in `StoredObject`
/// (Persistence/StoredObject.swift says how); a test fails until it is.
public struct AccountState: Sendable, Equatable {
    /// This account's offset from the base time source (CONTRACT.md §8 `clock/advance`).
    public var clockOffsetMs: Int64 = 0
    public private(set) var charges = OrderedStore<Payment>()
    public private(set) var authorizes = OrderedStore<Payment>()
    public private(set) var customers = OrderedStore<Customer>()
    private(set) var customerIndex = CustomerIndex()
    public private(set) var refunds = OrderedStore<Refund>()
    public private(set) var payouts = PayoutBook()
    public private(set) var payoutSettings = PayoutSettings()
    /// `reference.idempotent` keys (CONTRACT.md §3): (resource family, value) → object id and expiry.
    public private(set) var idempotency: [IdempotencyKey: IdempotencyEntry] = [:]
    public private(set) var tasks = TaskQueue()
    /// Webhook deliveries and their attempts (CONTRACT.md §7, `GET /_sandbox/webhooks`).
    public private(set) var deliveries = DeliveryLog()
    /// What the integration review needs beyond the objects (CONTRACT.md §9, `GET /_sandbox/review`).
    public private(set) var review = ReviewEvidence()
    /// Requests answered so far by each sequence scenario (CONTRACT.md §6).
    public internal(set) var scenarioCounters = ScenarioCounters()
    /// Keys of what changed in the current transaction, in order; drained at commit.
    public internal(set) var changes: [ObjectKey] = []

    public init() {}

    /// The charge or authorize with this id.
    public func payment(_ id: String) -> Payment? {
        id.hasPrefix("auth_") ? authorizes[id] : charges[id]
    }

    public mutating func put(_ payment: Payment) {
        switch payment.kind {
        case .charge: charges.put(payment, id: payment.id, serial: payment.serial)
        case .authorize: authorizes.put(payment, id: payment.id, serial: payment.serial)
        }
        changes.append(ObjectKey(kind: payment.kind.rawValue, id: payment.id))
    }

    public mutating func put(_ customer: Customer) {
        customerIndex.put(customer, replacing: customers[customer.id])
        customers.put(customer, id: customer.id, serial: customer.serial)
        changes.append(ObjectKey(kind: "customer", id: customer.id))
    }

    public mutating func removeCustomer(_ id: String) {
        if let customer = customers[id] { customerIndex.remove(customer) }
        customers.remove(id)
        changes.append(ObjectKey(kind: "customer", id: id))
    }

    public mutating func put(_ refund: Refund) {
        refunds.put(refund, id: refund.id, serial: refund.serial)
        changes.append(ObjectKey(kind: "refund", id: refund.id))
    }

    public mutating func put(_ payout: Payout) {
        payouts.put(payout)
        changes.append(ObjectKey(kind: "payout", id: payout.id))
    }

    public mutating func put(_ settings: PayoutSettings) {
        payoutSettings = settings
        changes.append(ObjectKey(kind: "payout-settings", id: ""))
    }

    public mutating func put(_ delivery: WebhookDelivery) {
        deliveries.put(delivery)
        changes.append(ObjectKey(kind: "delivery", id: delivery.id))
    }

    public mutating func put(_ retrieval: RedirectRetrieval) {
        review.put(retrieval)
        changes.append(ObjectKey(kind: "review-retrieval", id: retrieval.paymentID))
    }

    public mutating func put(_ probe: ReviewProbe) {
        review.put(probe)
        changes.append(ObjectKey(kind: "review-probe", id: probe.id))
    }

    /// Schedules `action` at `dueAt` on this account's clock.
    public mutating func schedule(_ action: TaskAction, at dueAt: Int64) {
        let task = tasks.push(dueAt: dueAt, action: action)
        changes.append(.task(task.sequence))
    }

    /// Removes and returns the earliest task if it is due at `now`.
    public mutating func popDueTask(now: Int64) -> ScheduledTask? {
        guard let task = tasks.popDue(now: now) else { return nil }
        changes.append(.task(task.sequence))
        return task
    }

    /// Points an idempotency key at an object, or forgets it (`nil`).
    public mutating func setIdempotency(_ entry: IdempotencyEntry?, for key: IdempotencyKey) {
        idempotency[key] = entry
        changes.append(ObjectKey(kind: "idempotency", id: key.family + ":" + key.value))
    }

    /// Notes that the global token `id` changed in this transaction (it was spent), so that the journal
    /// writes it in the same record as the charge that spent it.
    public mutating func noteTokenChange(_ id: String) {
        changes.append(ObjectKey(kind: "token", id: id))
    }
}

extension AccountState {
    // Restoring from the data directory (Persistence/StoredObject.swift). Objects come back through the
    // ordinary `put` methods; tasks keep their sequence numbers and are ordered once, at the end.

    mutating func restore(_ task: ScheduledTask) {
        tasks.restore(task)
    }

    mutating func forgetTask(sequence: Int64) {
        tasks.forget(sequence: sequence)
    }

    /// Ends a restore: orders the restored tasks and forgets the change keys the puts noted.
    mutating func finishRestoring() {
        tasks.rebuild()
        changes.removeAll()
    }
}

/// Names one stored object, for the journal and the dashboard.
public struct ObjectKey: Hashable, Sendable, Codable {
    public var kind: String
    public var id: String

    public init(kind: String, id: String) {
        self.kind = kind
        self.id = id
    }

    /// A scheduled task, by its sequence number.
    public static func task(_ sequence: Int64) -> ObjectKey {
        ObjectKey(kind: "task", id: String(sequence))
    }
}

/// Scope of an idempotency key: (secret key, resource family, value) — the account is implicit.
public struct IdempotencyKey: Hashable, Sendable, Codable {
    public var family: String
    public var value: String

    public init(family: String, value: String) {
        self.family = family
        self.value = value
    }
}

/// What an idempotency key points at, and until when (24 h of sandbox time, spec §11).
public struct IdempotencyEntry: Sendable, Equatable, Codable {
    public var objectID: String
    public var expiresAt: Int64

    public init(objectID: String, expiresAt: Int64) {
        self.objectID = objectID
        self.expiresAt = expiresAt
    }
}

/// Objects by id plus their creation order, for newest-first paging.
///
/// Serials grow with creation, so the order array is sorted by serial and a cursor is found by binary
/// search instead of a scan. Values are kept boxed: a dictionary reserves room for up to twice its entries,
/// and a `Payment` is over 700 bytes inline, so unboxed the spare slots alone cost more than the objects.
public struct OrderedStore<Value: Sendable>: Sendable {
    private var byID = ShardedDictionary<String, Stored<Value>>()
    private var order: [(serial: Int64, id: String)] = []

    public var count: Int { byID.count }

    public subscript(id: String) -> Value? { byID[id]?.value }

    /// The stored box of `id`: the same box until the object is put again, so its identity is a version.
    public subscript(stored id: String) -> Stored<Value>? { byID[id] }

    mutating func put(_ value: Value, id: String, serial: Int64) {
        if byID.updateValue(Stored(value), forKey: id) == nil {
            if let last = order.last, last.serial > serial {
                order.insert((serial, id), at: insertionIndex(serial))
            } else {
                order.append((serial, id))
            }
        }
    }

    mutating func remove(_ id: String) {
        guard byID.removeValue(forKey: id) != nil else { return }
        order.removeAll { $0.id == id }
    }

    /// Values newest first, starting strictly after (older than) the object with serial `cursor`.
    public func newestFirst(after cursor: Int64? = nil) -> some Sequence<Value> {
        let end = cursor.map { insertionIndex($0) } ?? order.count
        return order[..<end].reversed().lazy.compactMap { byID[$0.id]?.value }
    }

    /// Values oldest first, starting strictly after (newer than) the object with serial `cursor`.
    public func oldestFirst(after cursor: Int64? = nil) -> some Sequence<Value> {
        let start = cursor.map { insertionIndex($0 + 1) } ?? 0
        return order[start...].lazy.compactMap { byID[$0.id]?.value }
    }

    /// Every value, oldest first.
    public var values: some Sequence<Value> { order.lazy.compactMap { byID[$0.id]?.value } }

    private func insertionIndex(_ serial: Int64) -> Int {
        var low = 0
        var high = order.count
        while low < high {
            let middle = (low + high) / 2
            if order[middle].serial < serial { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// One stored object, immutable: a change stores a new box. Comparing boxes by identity therefore tells
/// whether an object changed without comparing (or even copying) its fields.
public final class Stored<Value: Sendable>: Sendable {
    public let value: Value
    init(_ value: Value) { self.value = value }
}

extension OrderedStore: Equatable where Value: Equatable {
    /// Equal when they hold equal values under the same ids, in the same order.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.byID.count == rhs.byID.count
            && lhs.order.elementsEqual(rhs.order) { $0.serial == $1.serial && $0.id == $1.id }
            && lhs.order.allSatisfy { entry in
                guard let left = lhs.byID[entry.id], let right = rhs.byID[entry.id] else { return false }
                return left === right || left.value == right.value
            }
    }
}
