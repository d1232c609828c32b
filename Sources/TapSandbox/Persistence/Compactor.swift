import Dispatch
import Foundation
import Synchronization

/// Keeps restart time bounded: once the journal holds more bytes than the last snapshot (and at least
/// `compactionMinimumBytes`), a background thread writes a new snapshot and removes the journals it covers.
///
/// Every step leaves a directory from which a restart rebuilds exactly the acknowledged state:
/// 1. rotate: the journal is synced and closed, and later records go to journal G+1 (created durably first);
/// 2. `snapshot.tmp` is written from the live state and synced (a restart deletes a leftover temporary);
/// 3. it is renamed over `snapshot` and the folder synced: restarts now read it, then journal G+1 onwards,
///    and removes journals before G+1 still present;
/// 4. those journals are removed.
/// Records of journal G+1 made before the state was copied are replayed over a snapshot that holds them
/// already; that is harmless, because each record holds the full values after its change.
final class Compactor: Sendable {
    /// The steps of a compaction, to stop after one in tests (a crash between steps).
    enum Step: Int, Comparable {
        case rotated, snapshotWritten, snapshotInstalled, journalsRemoved

        static func < (lhs: Step, rhs: Step) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private struct State {
        var running = false
        var snapshotSize: Int
    }

    private let directory: DataDirectory
    private let store: Store
    private let options: PersistenceOptions
    private let logger: Logger?
    private let state: Mutex<State>
    private let idle = DispatchSemaphore(value: 0)

    init(directory: DataDirectory, store: Store, options: PersistenceOptions, snapshotSize: Int, logger: Logger?) {
        self.directory = directory
        self.store = store
        self.options = options
        self.logger = logger
        state = Mutex(State(snapshotSize: snapshotSize))
    }

    /// Called by the journal writer after each batch: starts a compaction in the background when due.
    func consider(journalSize: Int, writer: JournalWriter) {
        let start = state.withLock { state in
            guard !state.running, journalSize >= max(options.compactionMinimumBytes, state.snapshotSize) else {
                return false
            }
            state.running = true
            return true
        }
        guard start else { return }
        let thread = Thread { [self] in
            do {
                try compact(writer: writer)
            } catch {
                // The journals still hold everything; the next compaction tries again.
                logger?.error("data directory: compaction failed, the journal keeps growing: \(error)")
            }
            state.withLock { $0.running = false }
            idle.signal()
        }
        thread.name = "tap-sandbox-compaction"
        thread.start()
    }

    /// Waits for a compaction in progress to finish.
    func waitUntilIdle() {
        while state.withLock({ $0.running }) { idle.wait() }
    }

    /// Runs the steps in order, up to `last`.
    func compact(writer: JournalWriter, stoppingAfter last: Step = .journalsRemoved) throws(PersistenceError) {
        let generation = try writer.rotate()
        guard last > .rotated else { return }
        let entries = Snapshot.entries(of: store, chunk: options.snapshotChunk)
        let size = try Snapshot.writeTemporary(entries, generation: generation, in: directory)
        guard last > .snapshotWritten else { return }
        try Snapshot.install(in: directory)
        state.withLock { $0.snapshotSize = size }
        guard last > .snapshotInstalled else { return }
        try Snapshot.removeJournals(before: generation, in: directory)
    }
}
