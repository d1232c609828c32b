import Foundation

@testable import TapSandbox

extension TestSandbox {
    /// A sandbox on `folder` as its `--data-dir`. Its public URL is fixed (`transaction.url` would otherwise
    /// change with the ephemeral port from one start to the next).
    static func persistent(
        _ folder: TemporaryFolder, time: ManualTimeSource = ManualTimeSource(), fsync: FsyncPolicy = .always,
        options: PersistenceOptions = PersistenceOptions(), _ configure: (inout Configuration) -> Void = { _ in }
    ) throws -> TestSandbox {
        try TestSandbox(time: time, persistence: options) { configuration in
            configuration.dataDir = folder.path
            configuration.fsync = fsync
            configuration.publicURL = "http://sandbox.test"
            configure(&configuration)
        }
    }

    /// Stops this sandbox (flushing its journal) and starts another on the same folder and clock.
    func restarted(
        _ folder: TemporaryFolder, options: PersistenceOptions = PersistenceOptions(),
        _ configure: (inout Configuration) -> Void = { _ in }
    ) throws -> TestSandbox {
        sandbox.stop()
        return try .persistent(folder, time: time, fsync: sandbox.configuration.fsync, options: options, configure)
    }

    var persistence: Persistence? { sandbox.persistence }

    /// Everything the data directory keeps, to compare a sandbox with its restart.
    var persistedState: PersistedState { PersistedState(store: store) }

    /// The exact bytes `GET path` answers.
    func body(_ path: String, key: String = TestSandbox.key) -> String {
        call(.get, path, key: key).text
    }
}

/// The state of every account that holds something, and the tokens still alive.
struct PersistedState: Equatable {
    var accounts: [String: AccountState]
    var tokens: [String: Token]

    init(store: Store) {
        accounts = [:]
        for account in store.allAccounts {
            let state = account.read { $0 }
            if state != AccountState() { accounts[account.key] = state }
        }
        let now = store.time.nowMilliseconds()
        tokens = store.tokens.withLock { vault in
            Dictionary(uniqueKeysWithValues: vault.all.filter { !$0.isExpired(at: now) }.map { ($0.id, $0) })
        }
    }
}
