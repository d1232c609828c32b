import Glibc
import Synchronization

/// `--data-dir`: restores the state on start, then journals every committed change before its response
/// is sent, and compacts the journal into a snapshot as it grows (README "Persistence").
///
/// The store calls it as its `ChangeRecorder`; each record holds the full new value of every object a
/// transaction changed, so replaying the journal in order rebuilds exactly the acknowledged state.
public final class Persistence: ChangeRecorder {
    let directory: DataDirectory
    let writer: JournalWriter
    let compactor: Compactor
    private let lockDescriptor: Int32
    private let closed = Atomic(false)
    private let logger: Logger?
    /// Change kinds met that `StoredObject` does not know, each logged once.
    private let unknownKinds = Mutex(Set<String>())
    /// What the start repaired (a torn final record dropped), also logged.
    public let recoveryNotes: [String]

    /// Locks `path`, restores its state into `store` (which must be empty and not serving yet) and starts
    /// the journal. `failure` is called if writing the journal fails later (the process should stop:
    /// acknowledging writes that cannot be made durable would break the contract).
    public init(
        path: String, store: Store, options: PersistenceOptions, logger: Logger?,
        failure: @escaping @Sendable (PersistenceError) -> Void
    ) throws(PersistenceError) {
        let directory = try DataDirectory(path: path)
        let lockDescriptor = try directory.lock()
        let outcome: Recovery.Outcome
        do {
            outcome = try Recovery.run(directory, into: store)
        } catch {
            Glibc.close(lockDescriptor)
            throw error
        }
        self.directory = directory
        self.lockDescriptor = lockDescriptor
        self.logger = logger
        recoveryNotes = outcome.notes
        let compactor = Compactor(
            directory: directory, store: store, options: options, snapshotSize: outcome.snapshotSize, logger: logger)
        self.compactor = compactor
        writer = JournalWriter(
            directory: directory, journal: outcome.journal, options: options,
            afterBatch: { size, writer in compactor.consider(journalSize: size, writer: writer) }, failure: failure)
        for note in outcome.notes { logger?.info(note) }
    }

    /// Flushes and syncs the journal, waits for a compaction in progress, and releases the lock. Later
    /// calls do nothing.
    public func close() {
        guard !closed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        writer.close()
        compactor.waitUntilIdle()
        Glibc.close(lockDescriptor)
    }

    public func record(_ changes: [ObjectKey], account: Account, state: AccountState, store: Store) -> ResponseGate? {
        var entry = AccountChanges(key: account.key, serials: store.ids.lastSerial)
        var seen = Set<ObjectKey>()
        for key in changes where seen.insert(key).inserted {
            if key.kind == "token" {
                if let token = store.tokens.withLock({ $0[key.id] }) { entry.tokens.append(token) }
                continue
            }
            switch StoredObject.capture(key, in: state) {
            case .put(let object): entry.puts.append(object)
            case .deleted: entry.deletions.append(key)
            case .unknown: warnUnknown(key.kind)
            }
        }
        // Checked under the writer's lock, where a reset marks the accounts it forgets (see `recordReset`).
        return writer.append(.account(entry)) { !account.isForgotten }
    }

    public func record(token: Token, store: Store) -> ResponseGate? {
        writer.append(.tokens([token], serials: store.ids.lastSerial))
    }

    public func recordReset(key: String?, store: Store, forget: () -> Void) -> ResponseGate? {
        let gate = writer.append(.reset(key: key)) {
            forget()
            return true
        }
        if gate == nil { forget() }
        return gate
    }

    private func warnUnknown(_ kind: String) {
        guard unknownKinds.withLock({ $0.insert(kind).inserted }) else { return }
        logger?.error("data directory: changes of kind \(kind) are not persisted (see Persistence/StoredObject.swift)")
    }
}

/// Tuning of the data directory: fixed in production, shrunk by tests.
public struct PersistenceOptions: Sendable {
    /// When journal writes reach the disk (`--fsync`).
    public var policy: FsyncPolicy = .always
    /// `batch`: how long the writer waits after the first record of a batch for more to join it.
    public var batchWindowMicroseconds: UInt32 = 2_000
    /// The journal is compacted once it holds this many bytes, or more than the last snapshot if larger.
    public var compactionMinimumBytes = 16 << 20
    /// Objects per snapshot record.
    public var snapshotChunk = 512

    public init(policy: FsyncPolicy = .always) {
        self.policy = policy
    }
}
