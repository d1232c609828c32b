#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A flag of `tap-sandbox health`.
enum HealthOption: CommandOption, CaseIterable {
    case url, timeoutMs, host, port

    var flag: String {
        switch self {
        case .url: "--url"
        case .timeoutMs: "--timeout-ms"
        case .host: Configuration.Option.host.flag
        case .port: Configuration.Option.port.flag
        }
    }

    var placeholder: String? {
        switch self {
        case .url: "URL"
        case .timeoutMs: "MS"
        case .host: Configuration.Option.host.placeholder
        case .port: Configuration.Option.port.placeholder
        }
    }
}

extension Invocation {
    static let defaultHealthTimeoutMs = 2000
    static let healthPath = "/_sandbox/health"

    /// `health [--url URL] [--timeout-ms MS] [--host ADDRESS] [--port PORT]`.
    ///
    /// Without `--url` the URL is built like `serve` binds: from `--host`/`--port`, else `TAP_SANDBOX_HOST`/
    /// `TAP_SANDBOX_PORT`, else the defaults, with a wildcard host replaced by loopback. A URL without a path
    /// gets `/_sandbox/health`.
    static func parseHealth(
        _ arguments: ArraySlice<String>,
        environment: [String: String]
    ) throws(ConfigurationError) -> Invocation {
        let list = try ArgumentList(arguments, command: "health", options: HealthOption.allCases)
        if let stray = list.positionals.first { throw .unexpectedArgument(stray, command: "health") }
        var url: String?
        var timeoutMs = defaultHealthTimeoutMs
        var target = Configuration()
        var given: Set<HealthOption> = []
        for flag in list.flags {
            let value = flag.value ?? ""
            switch flag.option {
            case .url: url = try ConfigurationValue.baseURL(value, name: flag.name, schemes: ["http"])
            case .timeoutMs:
                timeoutMs = try ConfigurationValue.integer(
                    value,
                    name: flag.name,
                    in: ConfigurationValue.healthTimeoutRange,
                    unit: "a timeout in milliseconds"
                )
            case .host: try Configuration.Option.host.apply(value, name: flag.name, to: &target)
            case .port: try Configuration.Option.port.apply(value, name: flag.name, to: &target)
            }
            given.insert(flag.option)
        }
        if let url {
            return .health(url: completeHealthURL(url), timeoutMs: timeoutMs)
        }
        for (option, source) in [(HealthOption.host, Configuration.Option.host), (.port, .port)] {
            guard !given.contains(option), let value = environment[source.variable], !value.isEmpty else { continue }
            try source.apply(value, name: source.variable, to: &target)
        }
        let base = Configuration.httpURL(host: Configuration.reachableHost(for: target.host), port: target.port)
        return .health(url: base + healthPath, timeoutMs: timeoutMs)
    }

    /// Appends `/_sandbox/health` to a bare base URL such as `http://127.0.0.1:8080`.
    private static func completeHealthURL(_ url: String) -> String {
        let path = URLComponents(string: url)?.path ?? ""
        return path.isEmpty ? url + healthPath : url
    }
}
