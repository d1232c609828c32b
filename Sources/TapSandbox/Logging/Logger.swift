import Glibc
import Synchronization

/// Writes log lines to standard output or error, whole lines at a time, in text or JSON (`--log-format`).
public final class Logger: Sendable {
    public let format: LogFormat
    public let quiet: Bool
    private let lock = Mutex(())

    public init(format: LogFormat, quiet: Bool) {
        self.format = format
        self.quiet = quiet
    }

    /// One line per answered request: method, path, status, duration.
    public func access(_ record: AccessRecord, time: Int64) {
        guard !quiet else { return }
        let milliseconds = Double(record.durationNanoseconds / 1_000) / 1_000
        let line: String
        switch format {
        case .text:
            line = "\(UTCDate(epochMilliseconds: time).iso8601) \(record.method) \(record.path) \(record.status) \(milliseconds)ms"
        case .json:
            var writer = JSONWriter(capacity: 160)
            writer.beginObject()
            writer.field("time", UTCDate(epochMilliseconds: time).iso8601)
            writer.field("method", record.method.rawValue)
            writer.field("path", record.path)
            writer.field("status", record.status)
            writer.key("duration_ms")
            writer.rawNumber(String(milliseconds))
            writer.endObject()
            line = String(decoding: writer.bytes, as: UTF8.self)
        }
        write(line, to: STDOUT_FILENO)
    }

    /// A message for people (start-up, warnings), unless quiet; errors are always written, to stderr.
    public func info(_ message: String) {
        guard !quiet else { return }
        write(event(message, level: "info"), to: STDOUT_FILENO)
    }

    public func error(_ message: String) {
        write(event(message, level: "error"), to: STDERR_FILENO)
    }

    private func event(_ message: String, level: String) -> String {
        guard format == .json else { return message }
        var writer = JSONWriter(capacity: 64 + message.utf8.count)
        writer.beginObject()
        writer.field("level", level)
        writer.field("message", message)
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes one line with a single `write` call so lines from several threads never interleave.
    public func write(_ line: String, to fd: Int32) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        lock.withLock { _ in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
