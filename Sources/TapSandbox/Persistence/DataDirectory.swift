import Glibc

/// The files of `--data-dir` and the system calls on them. All paths are inside `path`:
/// `lock` (held with `flock` while a sandbox runs, holding its pid), `snapshot`, `snapshot.tmp` (a snapshot
/// being written), and `journal-NNNNNNNNNN` (generation NNNNNNNNNN).
struct DataDirectory: Sendable {
    let path: String
    static let snapshotName = "snapshot"
    static let snapshotTemporaryName = "snapshot.tmp"
    static let journalPrefix = "journal-"

    /// Creates the folder if it does not exist (its parent must).
    init(path: String) throws(PersistenceError) {
        self.path = path
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Self.failure(path, "create folder") }
    }

    func file(_ name: String) -> String { path + "/" + name }

    static func journalName(_ generation: UInt64) -> String {
        let digits = String(generation)
        return journalPrefix + String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// Journal generations present, ascending.
    func journalGenerations() throws(PersistenceError) -> [UInt64] {
        guard let folder = opendir(path) else { throw Self.failure(path, "list") }
        defer { closedir(folder) }
        var generations: [UInt64] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(Self.journalPrefix), let generation = UInt64(name.dropFirst(Self.journalPrefix.count)) {
                generations.append(generation)
            }
        }
        return generations.sorted()
    }

    /// Takes the lock file, or names the process holding it. The lock lasts as long as the returned
    /// descriptor stays open (the kernel drops it when the process dies, even by `kill -9`).
    func lock() throws(PersistenceError) -> Int32 {
        let name = file("lock")
        let descriptor = open(name, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure(name, "open") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? read(name)).flatMap { Int32(String(decoding: $0, as: UTF8.self)) }
            close(descriptor)
            throw .locked(directory: path, pid: holder)
        }
        let pid = Array(String(getpid()).utf8)
        guard ftruncate(descriptor, 0) == 0, pwrite(descriptor, pid, pid.count, 0) == pid.count else {
            close(descriptor)
            throw Self.failure(name, "write")
        }
        return descriptor
    }

    /// The whole content of a file, or nil when it does not exist.
    func read(_ path: String) throws(PersistenceError) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw Self.failure(path, "open")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0 { bytes.reserveCapacity(Int(status.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw Self.failure(path, "read") }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Opens a file for appending (created when missing).
    func openForAppend(_ path: String) throws(PersistenceError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure(path, "open") }
        return descriptor
    }

    /// Opens a file for writing from the start, emptied (created when missing).
    func openForWriting(_ path: String) throws(PersistenceError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure(path, "create") }
        return descriptor
    }

    /// Writes a whole new file and makes it durable (its name too, once `syncFolder` follows).
    func create(_ path: String, contents: [UInt8]) throws(PersistenceError) {
        let descriptor = try openForWriting(path)
        defer { close(descriptor) }
        try Self.writeAll(descriptor, contents, path: path)
        guard fsync(descriptor) == 0 else { throw Self.failure(path, "fsync") }
    }

    /// Cuts a file to `length` bytes, durably (dropping a torn final record).
    func truncate(_ path: String, to length: Int) throws(PersistenceError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path, "open") }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else {
            throw Self.failure(path, "truncate")
        }
    }

    func remove(_ path: String) throws(PersistenceError) {
        if unlink(path) != 0 && errno != ENOENT { throw Self.failure(path, "remove") }
    }

    func rename(_ from: String, to: String) throws(PersistenceError) {
        if Glibc.rename(from, to) != 0 { throw Self.failure(from, "rename to \(to)") }
    }

    /// Makes the folder's entries (created, renamed, removed files) durable.
    func syncFolder() throws(PersistenceError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path, "open") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw Self.failure(path, "fsync") }
    }

    /// Writes all of `bytes`, resuming after partial writes and interruptions.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(PersistenceError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + written, raw.count - written)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure(path, "write") }
            written += count
        }
    }

    static func failure(_ path: String, _ operation: String) -> PersistenceError {
        .system(path: path, operation: operation, errno: errno)
    }
}
