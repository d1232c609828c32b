/// The text of `tap-sandbox --help`, built from the same option table the parser reads.
enum HelpText {
    static let full = """
        tap-sandbox \(SandboxVersion.current): the Tap Payments API, emulated locally

        Usage:
          tap-sandbox [serve] [OPTIONS]       run the sandbox (the default command)
          tap-sandbox scenarios lint PATH...  check scenario files; exit 1 on errors
          tap-sandbox health [--url URL]      exit 0 if a running sandbox answers
          tap-sandbox help | --help | -h      show this text
          tap-sandbox version | --version | -V

        Options of serve. Each may instead come from the variable shown; a flag
        wins over its variable, an empty variable counts as unset, and a flag
        given twice keeps its last value.

        \(serveOptions)
        Options of health:
          --url URL         sandbox to probe           [http://HOST:PORT]
          --timeout-ms MS   give up after MS ms        [\(Invocation.defaultHealthTimeoutMs)]
          --host, --port    build the URL as serve binds (0.0.0.0 probes 127.0.0.1)

        Exit status: 0 done, 1 lint errors or sandbox unhealthy, 2 bad usage.

        Example:
          tap-sandbox --port 0 --data-dir ./data --webhook-retry-delays 500,2000
        """

    /// Two lines per option: flag and variable, then what it does and its default.
    private static var serveOptions: String {
        let usages = Configuration.Option.allCases.map { option in
            [option.flag, option.placeholder].compactMap { $0 }.joined(separator: " ")
        }
        let width = usages.map(\.count).max() ?? 0
        return zip(Configuration.Option.allCases, usages).map { option, usage in
            let padding = String(repeating: " ", count: width + 2 - usage.count)
            return "  \(usage)\(padding)\(option.variable)\n      \(summary(of: option))\n"
        }.joined()
    }

    private static func summary(of option: Configuration.Option) -> String {
        let defaults = Configuration()
        return switch option {
        case .host: "address to bind; 0.0.0.0 or :: for all  [\(defaults.host)]"
        case .port: "port to bind; 0 picks a free port  [\(defaults.port)]"
        case .publicURL: "base of transaction.url for browsers  [http://HOST:PORT]"
        case .scenarios: "scenario file or folder  [./scenarios if present]"
        case .dataDir: "keep state here, crash-safe  [none: state in memory]"
        case .webhookRetryDelays:
            "delays before webhook retries; none for no retries  "
                + "[\(defaults.webhookRetryDelaysMs.map(String.init).joined(separator: ","))]"
        case .webhookTimeoutMs: "time a webhook receiver has to answer  [\(defaults.webhookTimeoutMs)]"
        case .maxBodyBytes: "largest request body; larger is 413  [\(defaults.maxBodyBytes)]"
        case .webhookInsecureTLS: "skip certificate checks of https webhook receivers"
        case .logFormat: "shape of log lines  [\(defaults.logFormat.rawValue)]"
        case .quiet: "log only the listening line and errors"
        case .fsync: "when --data-dir writes reach the disk  [\(defaults.fsync.rawValue)]"
        }
    }
}
