/// Everything `tap-sandbox serve` is told by its flags and `TAP_SANDBOX_*` variables (CONTRACT.md §1).
///
/// `Configuration()` holds the documented defaults; `Invocation.parse(arguments:environment:)` fills it in.
/// Every value here has already been validated.
public struct Configuration: Sendable, Equatable {
    /// Address to bind: an IPv4 or IPv6 literal (without brackets) or `localhost`.
    public var host = "127.0.0.1"
    /// Port to bind, 0-65535; 0 binds an ephemeral port.
    public var port = 7800
    /// Browser-facing base of `transaction.url`: absolute http(s), no query, fragment or trailing slash.
    public var publicURL: String?
    /// Scenario file or folder; `nil` means "use ./scenarios if present". Not checked for existence here.
    public var scenariosPath: String?
    /// Folder for durable state; `nil` keeps all state in memory.
    public var dataDir: String?
    /// Delay before each webhook retry in milliseconds; the count is the number of retries.
    public var webhookRetryDelaysMs = [1000, 5000]
    /// Time a webhook receiver has to answer, in milliseconds (1-600000).
    public var webhookTimeoutMs = 5000
    /// Largest accepted request body; larger bodies are answered 413 (1 B to 1 GiB).
    public var maxBodyBytes = 1_048_576
    /// Deliver webhooks to https receivers without verifying their certificates.
    public var webhookInsecureTLS = false
    /// Shape of log lines.
    public var logFormat = LogFormat.text
    /// Log nothing but the "listening on" line and errors.
    public var quiet = false
    /// When `--data-dir` writes reach the disk.
    public var fsync = FsyncPolicy.always

    /// The documented defaults.
    public init() {}
}

/// Shape of log lines.
public enum LogFormat: String, Sendable, Equatable, CaseIterable {
    /// One human-readable line per event.
    case text
    /// One JSON object per line.
    case json
}

/// When writes to `--data-dir` are flushed to the disk.
public enum FsyncPolicy: String, Sendable, Equatable, CaseIterable {
    /// fsync before acknowledging each write: every acknowledged write survives a crash.
    case always
    /// Group commit: writes arriving together share one fsync before they are acknowledged.
    case batch
    /// Never fsync; the operating system flushes when it likes. Fastest, not crash-safe.
    case never
}

extension Configuration {
    /// `http://HOST:PORT` as bound, e.g. for the "listening on" line; IPv6 hosts are bracketed.
    public func listeningURL(boundPort: Int) -> String {
        Self.httpURL(host: host, port: boundPort)
    }

    /// The base of `transaction.url`: `--public-url` if given, else `http://HOST:PORT` with the real port.
    ///
    /// A wildcard bind address is not something a browser can open reliably, so `0.0.0.0` becomes `127.0.0.1`
    /// and `::` becomes `[::1]`; containers that need another address pass `--public-url`.
    public func effectivePublicURL(boundPort: Int) -> String {
        publicURL ?? Self.httpURL(host: Self.reachableHost(for: host), port: boundPort)
    }

    /// The loopback address that reaches a server bound to `host` from the same machine.
    static func reachableHost(for host: String) -> String {
        switch host {
        case "0.0.0.0": "127.0.0.1"
        case "::": "::1"
        default: host
        }
    }

    static func httpURL(host: String, port: Int) -> String {
        let authority = host.contains(":") ? "[\(host)]" : host
        return "http://\(authority):\(port)"
    }
}
