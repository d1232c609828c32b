/// One persisted piece of an account's state: the list of what `--data-dir` keeps of `AccountState`.
///
/// To persist a new kind of state:
/// 1. make its type `Codable` and `Equatable`, keep it in `AccountState`, and change it only through a
///    method that notes `ObjectKey(kind: "refund", id: …)` in `changes` (like `put(_ customer:)`);
/// 2. add a case below, and one line to each of `capture`, `apply`, `remove` (if it can be deleted) and
///    `all`;
/// 3. add the `AccountState` property's name to `persistedProperties`.
/// `StoredObjectTests` fails while a property of `AccountState` is in neither list, and the round-trip
/// tests compare whole states, so a forgotten step shows up as a failing test, not as lost data.
enum StoredObject: Codable, Equatable, Sendable {
    case payment(Payment)
    case customer(Customer)
    case refund(Refund)
    case payout(Payout)
    case payoutSettings(PayoutSettings)
    case scenarioCounter(name: String, count: Int)
    case delivery(WebhookDelivery)
    case task(ScheduledTask)
    case idempotency(IdempotencyKey, IdempotencyEntry)
    case clock(offsetMs: Int64)
    case reviewRetrieval(RedirectRetrieval)
    case reviewProbe(ReviewProbe)

    /// The properties of `AccountState` this enum covers.
    static let persistedProperties: Set = [
        "clockOffsetMs", "charges", "authorizes", "customers", "refunds", "payouts", "payoutSettings",
        "idempotency", "tasks", "deliveries", "scenarioCounters", "review",
    ]
    /// The properties of `AccountState` that are deliberately not persisted.
    static let transientProperties: Set = ["changes", "customerIndex"]

    /// What a change key names in a state after a transaction.
    enum Captured: Equatable {
        case put(StoredObject)
        case deleted
        /// A kind this enum does not know (`AccountChanges` leaves it out; see the steps above).
        case unknown
    }

    /// The current value named by `key` in `state`.
    static func capture(_ key: ObjectKey, in state: AccountState) -> Captured {
        let value: StoredObject?
        switch key.kind {
        case Payment.Kind.charge.rawValue, Payment.Kind.authorize.rawValue:
            value = state.payment(key.id).map { .payment($0) }
        case "customer": value = state.customers[key.id].map { .customer($0) }
        case "refund": value = state.refunds[key.id].map { .refund($0) }
        case "payout": value = state.payouts[key.id].map { .payout($0) }
        case "payout-settings": value = .payoutSettings(state.payoutSettings)
        case "scenario-counter": value = .scenarioCounter(name: key.id, count: state.scenarioCounters[key.id])
        case "delivery": value = state.deliveries[key.id].map { .delivery($0) }
        case "task": value = Int64(key.id).flatMap { state.tasks[sequence: $0] }.map { .task($0) }
        case "idempotency":
            guard let stored = idempotencyKey(key.id) else { return .unknown }
            value = state.idempotency[stored].map { .idempotency(stored, $0) }
        case "clock": value = .clock(offsetMs: state.clockOffsetMs)
        case "review-retrieval": value = state.review.retrievals[key.id].map { .reviewRetrieval($0) }
        case "review-probe": value = state.review.probes.first { $0.id == key.id }.map { .reviewProbe($0) }
        default: return .unknown
        }
        return value.map { .put($0) } ?? .deleted
    }

    /// Writes this value into `state` (replay); the puts note change keys, which the restore drops.
    func apply(to state: inout AccountState) {
        switch self {
        case .payment(let payment): state.put(payment)
        case .customer(let customer): state.put(customer)
        case .refund(let refund): state.put(refund)
        case .payout(let payout): state.put(payout)
        case .payoutSettings(let settings): state.put(settings)
        case .scenarioCounter(let name, let count): state.setScenarioCount(name, to: count)
        case .delivery(let delivery): state.put(delivery)
        case .task(let task): state.restore(task)
        case .idempotency(let key, let entry): state.setIdempotency(entry, for: key)
        case .clock(let offset): state.clockOffsetMs = offset
        case .reviewRetrieval(let retrieval): state.put(retrieval)
        case .reviewProbe(let probe): state.put(probe)
        }
    }

    /// Removes what `key` names from `state` (replay of a deletion). Payments, refunds, payouts and deliveries
    /// are never deleted (only a reset forgets them, with their whole account).
    static func remove(_ key: ObjectKey, from state: inout AccountState) {
        switch key.kind {
        case "customer": state.removeCustomer(key.id)
        case "task": if let sequence = Int64(key.id) { state.forgetTask(sequence: sequence) }
        case "idempotency": if let stored = idempotencyKey(key.id) { state.setIdempotency(nil, for: stored) }
        default: return
        }
    }

    /// Everything persisted of `state`, for a snapshot; objects in creation order.
    static func all(in state: AccountState) -> [StoredObject] {
        var objects: [StoredObject] = [.clock(offsetMs: state.clockOffsetMs)]
        objects += state.customers.values.map { .customer($0) }
        objects += state.charges.values.map { .payment($0) }
        objects += state.authorizes.values.map { .payment($0) }
        objects += state.refunds.values.map { .refund($0) }
        objects += state.payouts.ordered.values.map { .payout($0) }
        objects.append(.payoutSettings(state.payoutSettings))
        objects += state.scenarioCounters.all.sorted { $0.key < $1.key }.map {
            .scenarioCounter(name: $0.key, count: $0.value)
        }
        objects += state.deliveries.all.map { .delivery($0) }
        objects += state.tasks.all.map { .task($0) }
        objects += state.idempotency.map { .idempotency($0.key, $0.value) }
        objects += state.review.retrievals.values.sorted { $0.paymentID < $1.paymentID }.map { .reviewRetrieval($0) }
        objects += state.review.probes.map { .reviewProbe($0) }
        return objects
    }

    /// The idempotency key in a change key's id, `family:value`.
    private static func idempotencyKey(_ id: String) -> IdempotencyKey? {
        guard let colon = id.firstIndex(of: ":") else { return nil }
        return IdempotencyKey(family: String(id[..<colon]), value: String(id[id.index(after: colon)...]))
    }
}
