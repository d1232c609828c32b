extension Configuration {
    /// One flag of `serve` and its `TAP_SANDBOX_*` variable: the single table that parsing and help read.
    enum Option: CommandOption, CaseIterable {
        case host, port, publicURL, scenarios, dataDir, webhookRetryDelays, webhookTimeoutMs, maxBodyBytes
        case webhookInsecureTLS, logFormat, quiet, fsync

        /// The long flag, e.g. `--public-url`.
        var flag: String {
            switch self {
            case .host: "--host"
            case .port: "--port"
            case .publicURL: "--public-url"
            case .scenarios: "--scenarios"
            case .dataDir: "--data-dir"
            case .webhookRetryDelays: "--webhook-retry-delays"
            case .webhookTimeoutMs: "--webhook-timeout-ms"
            case .maxBodyBytes: "--max-body-bytes"
            case .webhookInsecureTLS: "--webhook-insecure-tls"
            case .logFormat: "--log-format"
            case .quiet: "--quiet"
            case .fsync: "--fsync"
            }
        }

        /// `TAP_SANDBOX_` and the flag in upper snake case, e.g. `TAP_SANDBOX_PUBLIC_URL`.
        var variable: String {
            "TAP_SANDBOX_" + flag.dropFirst(2).uppercased().replacing("-", with: "_")
        }

        /// The value's name in usage text and errors; `nil` for boolean flags (`--quiet`, `--quiet=false`).
        var placeholder: String? {
            switch self {
            case .host: "ADDRESS"
            case .port: "PORT"
            case .publicURL: "URL"
            case .scenarios: "PATH"
            case .dataDir: "DIR"
            case .webhookRetryDelays: "MS,MS,..."
            case .webhookTimeoutMs: "MS"
            case .maxBodyBytes: "BYTES"
            case .webhookInsecureTLS, .quiet: nil
            case .logFormat: "text|json"
            case .fsync: "always|batch|never"
            }
        }

        /// Validates `value` and stores it; errors blame `name`, the flag or the variable it came from.
        func apply(_ value: String, name: String, to configuration: inout Configuration) throws(ConfigurationError) {
            typealias Value = ConfigurationValue
            switch self {
            case .host: configuration.host = try Value.host(value, name: name)
            case .port: configuration.port = try Value.port(value, name: name)
            case .publicURL: configuration.publicURL = try Value.baseURL(value, name: name, schemes: ["http", "https"])
            case .scenarios: configuration.scenariosPath = try Value.path(value, name: name)
            case .dataDir: configuration.dataDir = try Value.path(value, name: name)
            case .webhookRetryDelays: configuration.webhookRetryDelaysMs = try Value.retryDelays(value, name: name)
            case .webhookTimeoutMs:
                configuration.webhookTimeoutMs = try Value.integer(
                    value,
                    name: name,
                    in: Value.webhookTimeoutRange,
                    unit: "a timeout in milliseconds"
                )
            case .maxBodyBytes:
                configuration.maxBodyBytes = try Value.integer(
                    value,
                    name: name,
                    in: Value.maxBodyBytesRange,
                    unit: "a size in bytes"
                )
            case .webhookInsecureTLS: configuration.webhookInsecureTLS = try Value.boolean(value, name: name)
            case .logFormat: configuration.logFormat = try Value.choice(value, name: name, as: LogFormat.self)
            case .quiet: configuration.quiet = try Value.boolean(value, name: name)
            case .fsync: configuration.fsync = try Value.choice(value, name: name, as: FsyncPolicy.self)
            }
        }
    }
}
