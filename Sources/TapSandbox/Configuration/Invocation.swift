/// What the command line asks `tap-sandbox` to do (CONTRACT.md §1).
public enum Invocation: Sendable, Equatable {
    /// Run the sandbox: `tap-sandbox [serve] [flags]`.
    case serve(Configuration)
    /// Validate scenario files: `tap-sandbox scenarios lint PATH...`.
    case lintScenarios(paths: [String])
    /// Probe a running sandbox, for Docker's HEALTHCHECK: GET `url` and exit 0 on a 200 within `timeoutMs`.
    /// `url` is always complete, e.g. `http://127.0.0.1:7800/_sandbox/health`.
    case health(url: String, timeoutMs: Int)
    /// Print this text on stdout and exit 0.
    case help(String)
    /// Print `tap-sandbox VERSION` and exit 0.
    case version

    static let commands = "serve, scenarios, health, help, version"

    /// Reads the command line (without argv[0]) and the `TAP_SANDBOX_*` variables.
    ///
    /// `-h`/`--help` and `-V`/`--version` anywhere before `--` win over everything else. For `serve` and
    /// `health` a flag wins over its variable, which is then not read at all; an empty variable counts as unset.
    /// A flag given twice takes its last value, but every value given must be valid.
    public static func parse(
        arguments: [String],
        environment: [String: String]
    ) throws(ConfigurationError) -> Invocation {
        for argument in arguments.prefix(while: { $0 != "--" }) {
            if argument == "-h" || argument == "--help" { return .help(HelpText.full) }
            if argument == "-V" || argument == "--version" { return .version }
        }
        guard let first = arguments.first, !FlagSyntax.isFlag(first) else {
            return .serve(try Configuration(arguments: arguments[...], environment: environment))
        }
        let rest = arguments.dropFirst()
        switch first {
        case "serve": return .serve(try Configuration(arguments: rest, environment: environment))
        case "scenarios": return try parseScenarios(rest)
        case "health": return try parseHealth(rest, environment: environment)
        case "help", "version":
            if let extra = rest.first { throw .unexpectedArgument(extra, command: first) }
            return first == "help" ? .help(HelpText.full) : .version
        default: throw .unknownCommand(first, within: "", choices: commands)
        }
    }

    private static func parseScenarios(_ arguments: ArraySlice<String>) throws(ConfigurationError) -> Invocation {
        guard let subcommand = arguments.first else { throw .missingArgument("command (lint)", command: "scenarios") }
        guard subcommand == "lint" else { throw .unknownCommand(subcommand, within: "scenarios", choices: "lint") }
        let command = "scenarios lint"
        let list = try ArgumentList<NoOption>(arguments.dropFirst(), command: command, options: [])
        guard !list.positionals.isEmpty else {
            throw .missingArgument("PATH (a scenario file or folder)", command: command)
        }
        var paths: [String] = []
        for path in list.positionals {
            paths.append(try ConfigurationValue.path(path, name: command))
        }
        return .lintScenarios(paths: paths)
    }
}

extension Configuration {
    /// Parses the flags of `serve`, then fills what they left unset from `TAP_SANDBOX_*` variables.
    init(arguments: ArraySlice<String>, environment: [String: String]) throws(ConfigurationError) {
        self.init()
        let list = try ArgumentList(arguments, command: "serve", options: Option.allCases)
        if let stray = list.positionals.first { throw .unexpectedArgument(stray, command: "serve") }
        for flag in list.flags {
            try flag.option.apply(flag.value ?? "true", name: flag.name, to: &self)
        }
        let given = Set(list.flags.map(\.option))
        for option in Option.allCases where !given.contains(option) {
            guard let value = environment[option.variable], !value.isEmpty else { continue }
            try option.apply(value, name: option.variable, to: &self)
        }
    }
}
