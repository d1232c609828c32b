/// Applies journal entries, in order, to a store that is not serving yet.
///
/// Replaying an entry whose effect the snapshot already holds is harmless: each entry carries the full
/// values after its change, so the last entry touching an object decides it, as it did in memory.
struct StateRestorer {
    let store: Store
    private(set) var highestSerial: Int64 = -1
    private(set) var entries = 0
    /// The accounts restored so far, to finish once everything is applied.
    private var accounts: [String: Account] = [:]

    init(store: Store) {
        self.store = store
    }

    mutating func apply(_ entry: JournalEntry) {
        entries += 1
        switch entry {
        case .account(let changes):
            let account = accounts[changes.key] ?? store.account(changes.key)
            accounts[changes.key] = account
            account.state.withLock { state in
                for object in changes.puts { object.apply(to: &state) }
                for key in changes.deletions { StoredObject.remove(key, from: &state) }
                state.changes.removeAll(keepingCapacity: true)
            }
            restore(changes.tokens, serials: changes.serials)
        case .tokens(let tokens, let serials):
            restore(tokens, serials: serials)
        case .reset(let key):
            store.reset(key: key)
            if let key { accounts[key] = nil } else { accounts.removeAll() }
        case .end:
            return
        }
    }

    /// Orders each account's restored tasks and moves the identifier generator past every restored serial.
    func finish() {
        for account in accounts.values { account.state.withLock { $0.finishRestoring() } }
        store.ids.reserve(through: highestSerial)
    }

    private mutating func restore(_ tokens: [Token], serials: Int64) {
        highestSerial = max(highestSerial, serials)
        guard !tokens.isEmpty else { return }
        store.tokens.withLock { vault in
            for token in tokens { vault[token.id] = token }
        }
    }
}
