/// A bad command line or environment variable, described in one line that names the culprit.
///
/// The caller prints `description` on stderr and exits with status 2 (CONTRACT.md §1).
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The flag, variable or command at fault (`--port`, `TAP_SANDBOX_PORT`, `scenarios lint`), or empty.
    public var name: String
    /// What is wrong with it, e.g. `"80x" is not a port number (0-65535)`.
    public var problem: String

    public init(name: String, problem: String) {
        self.name = name
        self.problem = problem
    }

    public var description: String {
        name.isEmpty ? problem : "\(name): \(problem)"
    }
}

extension ConfigurationError {
    /// `NAME: "VALUE" is not EXPECTED`, the shape of every bad-value error.
    static func invalidValue(_ value: String, for name: String, expected: String) -> ConfigurationError {
        ConfigurationError(name: name, problem: "\(quoted(value)) is not \(expected)")
    }

    /// A value that has the right shape but breaks a rule, e.g. a URL with a query.
    static func invalidValue(_ value: String, for name: String, because reason: String) -> ConfigurationError {
        ConfigurationError(name: name, problem: "\(quoted(value)) \(reason)")
    }

    /// A flag that needs a value came last or was followed by another flag.
    static func missingValue(for flag: String, placeholder: String) -> ConfigurationError {
        ConfigurationError(name: flag, problem: "missing value (\(flag) \(placeholder))")
    }

    /// `--help=x`: the flag takes no value.
    static func unexpectedValue(for flag: String) -> ConfigurationError {
        ConfigurationError(name: flag, problem: "takes no value")
    }

    /// A flag no command knows, with the nearest known flag when one is close.
    static func unknownOption(_ flag: String, suggestion: String?) -> ConfigurationError {
        let hint = suggestion.map { "did you mean \($0)?" } ?? "see tap-sandbox --help"
        return ConfigurationError(name: flag, problem: "unknown option; \(hint)")
    }

    /// A real flag given to a command that does not take it, e.g. `health --quiet`.
    static func optionOfOtherCommand(_ flag: String, command: String) -> ConfigurationError {
        ConfigurationError(name: flag, problem: "not an option of \(command); see tap-sandbox --help")
    }

    /// A positional argument where the command takes none (or no more).
    static func unexpectedArgument(_ argument: String, command: String) -> ConfigurationError {
        ConfigurationError(name: command, problem: "unexpected argument \(quoted(argument))")
    }

    /// A word in the command position that is not a command.
    static func unknownCommand(_ argument: String, within command: String, choices: String) -> ConfigurationError {
        ConfigurationError(name: command, problem: "\(quoted(argument)) is not a command (\(choices))")
    }

    /// A command that needs a sub-command or a path got none.
    static func missingArgument(_ placeholder: String, command: String) -> ConfigurationError {
        ConfigurationError(name: command, problem: "missing \(placeholder)")
    }

    /// Quotes a user-supplied value so that control characters cannot break the one-line message.
    static func quoted(_ value: String) -> String {
        value.debugDescription
    }
}
