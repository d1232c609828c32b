/// All sandbox state: the accounts by secret key, the base time and the id generator. Every change goes
/// through `transact`, which runs under the account's lock and then tells the observer what changed.
public final class Store: Sendable {
    public let time: any TimeSource
    public let ids: IdentifierGenerator
    private let accounts = Locked<[String: Account]>([:])
    private let hooks = Locked(Hooks())
    private let liveKeys = Locked(LiveKeyLog())
    /// Card tokens, shared by every account (CONTRACT.md §2).
    let tokens = Locked(TokenVault())

    public init(time: any TimeSource = SystemTimeSource(), ids: IdentifierGenerator = IdentifierGenerator()) {
        self.time = time
        self.ids = ids
    }

    private struct Hooks {
        var observer: (any TransactionObserver)?
        var scheduler: Scheduler?
        var recorder: (any ChangeRecorder)?
    }

    /// Connects the layers above; called once by the composition root before serving.
    public func connect(observer: (any TransactionObserver)?, scheduler: Scheduler?) {
        hooks.withLock {
            $0.observer = observer
            $0.scheduler = scheduler
        }
    }

    /// Sends every later change to `recorder` (`--data-dir`); called once the persisted state is restored.
    public func attach(recorder: (any ChangeRecorder)?) {
        hooks.withLock { $0.recorder = recorder }
    }

    /// The account of a secret key, created on first use (CONTRACT.md §2: each key is its own account).
    public func account(_ key: String) -> Account {
        accounts.withLock { accounts in
            if let account = accounts[key] { return account }
            let account = Account(key: key)
            accounts[key] = account
            return account
        }
    }

    /// Every account that exists now.
    public var allAccounts: [Account] {
        accounts.withLock { Array($0.values) }
    }

    /// The account's sandbox clock, now.
    public func now(_ account: Account) -> Int64 {
        time.nowMilliseconds() + account.read { $0.clockOffsetMs }
    }

    /// Runs `body` under the account's lock. Bodies validate before they mutate: a body that throws must
    /// not have changed `state` (STYLE.md §9.6 rule 7), because nothing is rolled back.
    public func transact<T>(
        _ account: Account, _ body: (inout AccountState, inout Transaction) throws(TapError) -> T
    ) throws(TapError) -> Committed<T> {
        let hooks = hooks.withLock { $0 }
        var earliestTask: Int64?
        let (value, changes, events, recorded) = try account.state.withLock {
            (state: inout AccountState) throws(TapError) -> (T, [ObjectKey], [DomainEvent], ResponseGate?) in
            var transaction = Transaction(now: time.nowMilliseconds() + state.clockOffsetMs, ids: ids)
            state.changes.removeAll(keepingCapacity: true)
            let value = try body(&state, &transaction)
            hooks.observer?.willCommit(&state, &transaction, account: account)
            defer { state.changes.removeAll(keepingCapacity: true) }
            // Inside the lock, so the journal holds an account's changes in the order they were made.
            let recorded =
                state.changes.isEmpty
                ? nil : hooks.recorder?.record(state.changes, account: account, state: state, store: self)
            // In base time, as the scheduler sleeps.
            earliestTask = state.tasks.nextDueAt.map { $0 - state.clockOffsetMs }
            return (value, state.changes, transaction.events, recorded)
        }
        let observed = hooks.observer?.didCommit(account: account, changes: changes, events: events)
        if let earliestTask, changes.contains(where: { $0.kind == ObjectKey.task(0).kind }) {
            hooks.scheduler?.wake(ifDueBefore: earliestTask)
        }
        let gates = [recorded, observed].compactMap { $0 }
        return Committed(value: value, gate: gates.count > 1 ? ResponseGate.all(gates) : gates.first)
    }

    /// Moves the account's clock forward and runs every task that falls due (CONTRACT.md §8).
    public func advanceClock(_ account: Account, byMilliseconds delta: Int64) -> ResponseGate? {
        let committed = try? transact(account) { state, _ in
            state.clockOffsetMs += delta
            state.noteChange(ObjectKey(kind: "clock", id: ""))
        }
        let scheduler = hooks.withLock { $0.scheduler }
        let gates = [committed?.gate].compactMap { $0 } + (scheduler?.runDueTasks(of: account) ?? [])
        return gates.isEmpty ? nil : ResponseGate.all(gates)
    }

    /// Notes a request that presented a live key; the key itself is never stored (CONTRACT.md §2).
    public func noteLiveKeyPresented(method: String, path: String) {
        let presentation = LiveKeyPresentation(time: time.nowMilliseconds(), method: method, path: path)
        liveKeys.withLock { $0.note(presentation) }
    }

    /// The requests that presented a live key since start or the last reset of every account (for the
    /// integration review).
    public var liveKeyLog: LiveKeyLog { liveKeys.withLock { $0 } }

    /// Forgets one account (or every account and token when `key` is nil): its objects, tasks, deliveries
    /// and clock. The response waits for the returned gate (the reset reaching the journal).
    @discardableResult
    public func reset(key: String?) -> ResponseGate? {
        let recorder = hooks.withLock { $0.recorder }
        return accounts.withLock { accounts -> ResponseGate? in
            let forgotten = key.map { key in accounts[key].map { [$0] } ?? [] } ?? Array(accounts.values)
            func forget() {
                if let key { accounts[key] = nil } else { accounts.removeAll() }
                for account in forgotten { account.forget() }
            }
            guard key == nil else { return Self.recordReset(key: key, recorder, store: self, forget) }
            return tokens.withLock { vault in
                Self.recordReset(key: nil, recorder, store: self) {
                    forget()
                    vault.removeAll()
                    liveKeys.withLock { $0 = LiveKeyLog() }
                }
            }
        }
    }

    private static func recordReset(
        key: String?, _ recorder: (any ChangeRecorder)?, store: Store, _ forget: () -> Void
    ) -> ResponseGate? {
        guard let recorder else {
            forget()
            return nil
        }
        return recorder.recordReset(key: key, store: store, forget: forget)
    }

    /// Adds a card token to the vault (CONTRACT.md §2); the response waits for the returned gate.
    public func addToken(_ token: Token, now: Int64) -> ResponseGate? {
        let recorder = hooks.withLock { $0.recorder }
        return tokens.withLock { vault in
            vault.insert(token, now: now)
            return recorder?.record(token: token, store: self)
        }
    }
}

extension AccountState {
    /// Records a change that is not an object put (clock offset, settings), for the journal.
    public mutating func noteChange(_ key: ObjectKey) {
        changes.append(key)
    }
}
