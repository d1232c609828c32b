/// Rebuilds the state from the data directory on start: the snapshot, then the journals after it in
/// generation order. A torn final record of the newest journal is dropped (and cut from the file);
/// any other damage stops the start (`PersistenceError.corrupt`, naming the file and the offset).
enum Recovery {
    /// What the start found, and the journal to go on appending to.
    struct Outcome {
        var journal: JournalWriter.OpenJournal
        var snapshotSize: Int
        var entries: Int
        /// What was repaired (a torn final record dropped), for the log.
        var notes: [String]
    }

    static func run(_ directory: DataDirectory, into store: Store) throws(PersistenceError) -> Outcome {
        // A snapshot that was being written when the process died is incomplete by definition.
        try directory.remove(directory.file(DataDirectory.snapshotTemporaryName))
        var restorer = StateRestorer(store: store)
        var notes: [String] = []
        let snapshotPath = directory.file(DataDirectory.snapshotName)
        var generation: UInt64 = 1
        var snapshotSize = 0
        if let bytes = try directory.read(snapshotPath) {
            let file = try RecordFile(
                path: snapshotPath, bytes: bytes, kind: .snapshot, mayBeTorn: false, generation: 0)
            try replaySnapshot(file, into: &restorer)
            generation = file.generation
            snapshotSize = bytes.count
        }
        let found = try directory.journalGenerations()
        // Journals before the snapshot's generation are already in it (a crash came before their removal).
        for stale in found where stale < generation {
            try directory.remove(directory.file(DataDirectory.journalName(stale)))
        }
        let journals = found.filter { $0 >= generation }
        for (index, expected) in zip(journals.indices, generation...) where journals[index] != expected {
            throw .corrupt(
                file: directory.file(DataDirectory.journalName(expected)), offset: 0,
                reason: "this journal is missing (found \(journals.map(DataDirectory.journalName)))")
        }
        var open: (generation: UInt64, size: Int)?
        for (index, journalGeneration) in journals.enumerated() {
            let isNewest = index == journals.count - 1
            let (size, note) = try replayJournal(
                journalGeneration, in: directory, mayBeTorn: isNewest, into: &restorer)
            notes += note.map { [$0] } ?? []
            if isNewest { open = (journalGeneration, size) }
        }
        restorer.finish()
        var current = (generation: generation, size: 0)
        if let open {
            current = open
        } else {
            current.size = try startJournal(generation, in: directory)
        }
        let path = directory.file(DataDirectory.journalName(current.generation))
        return Outcome(
            journal: JournalWriter.OpenJournal(
                descriptor: try directory.openForAppend(path), generation: current.generation, size: current.size),
            snapshotSize: snapshotSize, entries: restorer.entries, notes: notes)
    }

    /// A snapshot must end with its `.end` record, counting the records before it.
    private static func replaySnapshot(_ file: RecordFile, into restorer: inout StateRestorer) throws(PersistenceError)
    {
        for (index, entry) in try file.entries().enumerated() {
            let isLast = index == file.payloads.count - 1
            if case .end(let records) = entry, isLast, records == index {
                restorer.apply(entry)
                return
            }
            if case .end = entry {
                throw corrupt(file, index, "a snapshot end record where none belongs")
            }
            restorer.apply(entry)
        }
        throw .corrupt(file: file.path, offset: file.validEnd, reason: "the snapshot ends before its end record")
    }

    /// Replays one journal; returns the size it keeps (a torn final record cut off) and a note if it was cut.
    private static func replayJournal(
        _ generation: UInt64, in directory: DataDirectory, mayBeTorn: Bool, into restorer: inout StateRestorer
    ) throws(PersistenceError) -> (Int, String?) {
        let path = directory.file(DataDirectory.journalName(generation))
        let bytes = try directory.read(path) ?? []
        let file = try RecordFile(
            path: path, bytes: bytes, kind: .journal, mayBeTorn: mayBeTorn, generation: generation)
        guard file.generation == generation else {
            throw .corrupt(file: path, offset: 8, reason: "its header says generation \(file.generation)")
        }
        for (index, entry) in try file.entries().enumerated() {
            if case .end = entry { throw corrupt(file, index, "a snapshot end record inside a journal") }
            restorer.apply(entry)
        }
        if file.validEnd < RecordFraming.fileHeaderSize {
            // Created by a rotation, but the crash came before its header was complete.
            return (try startJournal(generation, in: directory), nil)
        }
        if file.validEnd == bytes.count { return (bytes.count, nil) }
        try directory.truncate(path, to: file.validEnd)
        return (
            file.validEnd,
            "\(path): dropped a torn final record (\(bytes.count - file.validEnd) bytes at byte \(file.validEnd)), "
                + "left by a crash in the middle of writing it"
        )
    }

    /// Creates an empty journal (just its header), durably; returns its size.
    private static func startJournal(_ generation: UInt64, in directory: DataDirectory) throws(PersistenceError) -> Int
    {
        let header = RecordFraming.fileHeader(.journal, generation: generation)
        try directory.create(directory.file(DataDirectory.journalName(generation)), contents: header)
        try directory.syncFolder()
        return header.count
    }

    private static func corrupt(_ file: RecordFile, _ index: Int, _ reason: String) -> PersistenceError {
        .corrupt(
            file: file.path, offset: file.payloads[index].lowerBound - RecordFraming.recordHeaderSize, reason: reason)
    }
}
