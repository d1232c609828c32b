import Dispatch
import Foundation
import Glibc
import Synchronization

/// Appends records to the current journal on a thread of its own (group commit): it takes every record
/// waiting, writes them with one `write`, makes them durable with one `fdatasync` (policy `always`, or
/// `batch` after a short wait for more records to join), then opens the gate their responses wait for.
/// Request handlers only queue; they never touch the disk.
final class JournalWriter: Sendable {
    private struct Queue {
        var entries: [JournalEntry] = []
        var gate = ResponseGate()
        var closing = false
        var closed = false
    }

    /// The open journal; only the writer thread and compaction's rotation use it, under this lock.
    struct OpenJournal {
        var descriptor: Int32
        var generation: UInt64
        var size: Int
        /// Written but not synced yet (policy `never`): the final flush on close syncs it.
        var unsynced = false
    }

    let directory: DataDirectory
    let options: PersistenceOptions
    let journal: Mutex<OpenJournal>
    /// Non-empty batches written and `fdatasync` calls made so far (what group commit saves).
    let batches = Atomic(0)
    let syncs = Atomic(0)
    private let queue = Mutex(Queue())
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let failure: @Sendable (PersistenceError) -> Void
    /// Asked after each batch whether the journal has grown enough to compact.
    private let afterBatch: @Sendable (_ journalSize: Int, JournalWriter) -> Void

    init(
        directory: DataDirectory, journal: OpenJournal, options: PersistenceOptions,
        afterBatch: @escaping @Sendable (Int, JournalWriter) -> Void,
        failure: @escaping @Sendable (PersistenceError) -> Void
    ) {
        self.directory = directory
        self.journal = Mutex(journal)
        self.options = options
        self.afterBatch = afterBatch
        self.failure = failure
        let thread = Thread { [self] in run() }
        thread.name = "tap-sandbox-journal"
        thread.start()
    }

    /// Queues `entry` if `admit`, which runs under the queue's lock (so that what it checks or changes is
    /// ordered with the records), and returns the gate that opens once the entry is durable. Nil once
    /// closed or not admitted.
    func append(_ entry: JournalEntry, admit: () -> Bool = { true }) -> ResponseGate? {
        let (gate, first) = queue.withLock { queue -> (ResponseGate?, Bool) in
            guard !queue.closing, admit() else { return (nil, false) }
            queue.entries.append(entry)
            return (queue.gate, queue.entries.count == 1)
        }
        if first { wake.signal() }
        return gate
    }

    /// Writes and syncs what is queued (whatever the policy), then stops the thread and closes the file.
    func close() {
        let alreadyClosing = queue.withLock { queue in
            defer { queue.closing = true }
            return queue.closing
        }
        guard !alreadyClosing else { return }
        wake.signal()
        finished.wait()
    }

    private func run() {
        while true {
            wake.wait()
            if options.policy == .batch { usleep(options.batchWindowMicroseconds) }
            let (entries, gate, closing) = queue.withLock { queue in
                defer {
                    queue.entries.removeAll(keepingCapacity: true)
                    queue.gate = ResponseGate()
                }
                return (queue.entries, queue.gate, queue.closing)
            }
            let size: Int
            do {
                size = try write(entries, sync: options.policy != .never || closing)
            } catch {
                return failure(error)
            }
            gate.open()
            if closing {
                journal.withLock { _ = Glibc.close($0.descriptor) }
                finished.signal()
                return
            }
            afterBatch(size, self)
        }
    }

    /// Appends the framed entries and syncs them; returns the journal's size after.
    private func write(_ entries: [JournalEntry], sync: Bool) throws(PersistenceError) -> Int {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(entries.count * 1024)
        for entry in entries {
            do {
                try RecordFraming.appendRecord(entry, to: &buffer)
            } catch {
                preconditionFailure("journal entry not encodable: \(error)")
            }
        }
        return try journal.withLock { (journal: inout OpenJournal) throws(PersistenceError) -> Int in
            let path = directory.file(DataDirectory.journalName(journal.generation))
            if !buffer.isEmpty {
                try DataDirectory.writeAll(journal.descriptor, buffer, path: path)
                batches.add(1, ordering: .relaxed)
            }
            // fdatasync also flushes the file size, which is all the metadata an append changes.
            if sync && (!buffer.isEmpty || journal.unsynced) {
                guard fdatasync(journal.descriptor) == 0 else { throw DataDirectory.failure(path, "fdatasync") }
                syncs.add(1, ordering: .relaxed)
                journal.unsynced = false
            } else if !buffer.isEmpty {
                journal.unsynced = true
            }
            journal.size += buffer.count
            return journal.size
        }
    }

    /// Starts generation `generation + 1` (compaction): the current journal is synced and closed, and
    /// every later record goes to a new file whose name is durable before anything is written to it.
    func rotate() throws(PersistenceError) -> UInt64 {
        try journal.withLock { (journal: inout OpenJournal) throws(PersistenceError) -> UInt64 in
            let next = journal.generation + 1
            let path = directory.file(DataDirectory.journalName(next))
            guard fsync(journal.descriptor) == 0 else {
                throw DataDirectory.failure(directory.file(DataDirectory.journalName(journal.generation)), "fsync")
            }
            try directory.create(path, contents: RecordFraming.fileHeader(.journal, generation: next))
            try directory.syncFolder()
            let descriptor = try directory.openForAppend(path)
            _ = Glibc.close(journal.descriptor)
            journal = OpenJournal(descriptor: descriptor, generation: next, size: RecordFraming.fileHeaderSize)
            return next
        }
    }
}
