import Glibc

/// A snapshot: the whole state as journal entries, written to `snapshot.tmp`, synced, then renamed over
/// `snapshot`, so that `snapshot` is always either the old complete file or the new complete file.
/// Its header's generation names the first journal that follows it.
enum Snapshot {
    /// The state of `store` now, as entries: each account's objects in records of at most `chunk`,
    /// then the tokens still alive, then `.end`.
    static func entries(of store: Store, chunk: Int) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        for account in store.allAccounts {
            // A copy of the state is cheap (its collections are copied on write), so the lock is brief.
            let state = account.read { $0 }
            let serials = store.ids.lastSerial
            let objects = StoredObject.all(in: state)
            for start in stride(from: 0, to: objects.count, by: chunk) {
                let part = Array(objects[start..<min(start + chunk, objects.count)])
                entries.append(.account(AccountChanges(key: account.key, puts: part, serials: serials)))
            }
        }
        let now = store.time.nowMilliseconds()
        let tokens = store.tokens.withLock { $0.all }.filter { !$0.isExpired(at: now) }
        for start in stride(from: 0, to: max(tokens.count, 1), by: chunk) {
            let part = Array(tokens[start..<min(start + chunk, tokens.count)])
            entries.append(.tokens(part, serials: store.ids.lastSerial))
        }
        entries.append(.end(records: entries.count))
        return entries
    }

    /// Writes `entries` to `snapshot.tmp` and syncs it; returns its size.
    static func writeTemporary(_ entries: [JournalEntry], generation: UInt64, in directory: DataDirectory)
        throws(PersistenceError) -> Int
    {
        let path = directory.file(DataDirectory.snapshotTemporaryName)
        let descriptor = try directory.openForWriting(path)
        defer { _ = close(descriptor) }
        var buffer = RecordFraming.fileHeader(.snapshot, generation: generation)
        var size = 0
        for (index, entry) in entries.enumerated() {
            do {
                try RecordFraming.appendRecord(entry, to: &buffer)
            } catch {
                preconditionFailure("snapshot entry not encodable: \(error)")
            }
            if buffer.count >= 1 << 22 || index == entries.count - 1 {
                try DataDirectory.writeAll(descriptor, buffer, path: path)
                size += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        guard fsync(descriptor) == 0 else { throw DataDirectory.failure(path, "fsync") }
        return size
    }

    /// Renames `snapshot.tmp` over `snapshot`, durably.
    static func install(in directory: DataDirectory) throws(PersistenceError) {
        try directory.rename(
            directory.file(DataDirectory.snapshotTemporaryName), to: directory.file(DataDirectory.snapshotName))
        try directory.syncFolder()
    }

    /// Removes the journals the installed snapshot covers (generations before `generation`).
    static func removeJournals(before generation: UInt64, in directory: DataDirectory) throws(PersistenceError) {
        for old in try directory.journalGenerations() where old < generation {
            try directory.remove(directory.file(DataDirectory.journalName(old)))
        }
        try directory.syncFolder()
    }
}
