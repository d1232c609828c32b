import Synchronization

/// One merchant account: everything a secret key owns (CONTRACT.md §2), behind one lock.
public final class Account: Sendable {
    /// The secret key (`sk_test_…`) that names the account.
    public let key: String
    public let merchant: Merchant
    let state: Locked<AccountState>
    let requests: Locked<RequestLog>
    /// JSON of recently retrieved payments (derived data: not state, not journaled).
    let renderings = Locked(RenderCache())
    private let forgotten = Atomic(false)

    init(key: String) {
        self.key = key
        merchant = Merchant(id: Identifier.digits(7, serial: Int64(truncatingIfNeeded: key.stableHash), salt: 0x3E2C))
        state = Locked(AccountState())
        requests = Locked(RequestLog())
    }

    /// The `GET` JSON of a stored payment, rendered by `render` unless this version was rendered before.
    public func retrievalJSON(of stored: Stored<Payment>, render: (Payment) -> [UInt8]) -> [UInt8] {
        if let cached = renderings.withLock({ $0.json(for: stored) }) { return cached }
        let json = render(stored.value)
        renderings.withLock { $0.store(json, for: stored) }
        return json
    }

    /// Whether a reset forgot this account: its later changes are invisible and never journaled.
    public var isForgotten: Bool { forgotten.load(ordering: .acquiring) }

    func forget() {
        forgotten.store(true, ordering: .releasing)
    }

    /// Reads the state under the lock.
    public func read<T>(_ body: (borrowing AccountState) throws(TapError) -> T) throws(TapError) -> T {
        try state.withLock { (state: inout AccountState) throws(TapError) -> T in try body(state) }
    }

    /// Reads the state under the lock (non-throwing form).
    public func read<T>(_ body: (borrowing AccountState) -> T) -> T {
        state.withLock { body($0) }
    }
}

/// What a transaction tells the layers above once it commits.
public enum DomainEvent: Sendable {
    /// A charge or authorize entered a new status (the payment as it is now).
    case payment(Payment)
    /// A refund entered a new status after its creation (the refund as it is now).
    case refund(Refund)
    /// A payout was made.
    case payout(Payout)
}

/// The time and the collected events of one transaction on an account.
public struct Transaction: Sendable {
    /// Now on the account's sandbox clock.
    public let now: Int64
    public let ids: IdentifierGenerator
    public internal(set) var events: [DomainEvent] = []

    /// Announces an event to the layers above (webhooks, review) once the transaction commits.
    public mutating func emit(_ event: DomainEvent) {
        events.append(event)
    }
}

/// Hooks of the layers above the store: run for every committed transaction.
public protocol TransactionObserver: Sendable {
    /// Runs inside the account's lock, right after the transaction body: may add state that must be
    /// atomic with the change (webhook deliveries for the events).
    func willCommit(_ state: inout AccountState, _ transaction: inout Transaction, account: Account)
    /// Runs after the lock is released with what changed; may return a gate the response must wait for
    /// (the journal reaching the disk).
    func didCommit(account: Account, changes: [ObjectKey], events: [DomainEvent]) -> ResponseGate?
}

/// A committed transaction's result, and the gate the response must wait for, if any.
public struct Committed<Value> {
    public var value: Value
    public var gate: ResponseGate?
}

extension Committed: Sendable where Value: Sendable {}

extension String {
    /// FNV-1a: a hash that, unlike `hashValue`, is the same in every process.
    var stableHash: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
