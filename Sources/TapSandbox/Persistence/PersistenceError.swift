import Glibc

/// Why the data directory cannot be used. Each stops the start with exit status 1 and this text on stderr,
/// so a damaged or busy directory is never silently ignored.
public enum PersistenceError: Error, Equatable, CustomStringConvertible {
    /// Another process holds the directory's lock file.
    case locked(directory: String, pid: Int32?)
    /// A file is damaged at `offset` (a byte offset in the file), other than a torn final record.
    case corrupt(file: String, offset: Int, reason: String)
    /// A system call failed.
    case system(path: String, operation: String, errno: Int32)

    public var description: String {
        switch self {
        case .locked(let directory, let pid):
            let holder = pid.map { "another tap-sandbox (pid \($0))" } ?? "another tap-sandbox"
            return "data directory \(directory) is in use by \(holder); stop it or choose another --data-dir"
        case .corrupt(let file, let offset, let reason):
            return "\(file) is damaged at byte \(offset): \(reason). Refusing to start rather than lose data: "
                + "restore the file from a backup, or move it away to start without what it holds"
        case .system(let path, let operation, let errno):
            return "\(operation) \(path) failed: \(String(cString: strerror(errno)))"
        }
    }
}
