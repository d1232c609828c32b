/// A flag that a command accepts.
protocol CommandOption: Sendable {
    /// The long flag, e.g. `--port`.
    var flag: String { get }
    /// The value's name, e.g. `PORT`; `nil` for a boolean flag that needs no value.
    var placeholder: String? { get }
}

/// The option type of a command that takes no flags (`scenarios lint`).
enum NoOption: CommandOption {
    var flag: String { switch self {} }
    var placeholder: String? { switch self {} }
}

/// The arguments of one command split into flags and positional arguments, in command-line order.
///
/// Accepts `--flag value` and `--flag=value`; a boolean flag takes no separate value but may be written
/// `--flag=false`. A value cannot start with `--` or `-LETTER` unless written `--flag=value` (so `--port -1`
/// is read as a bad port, while `--port --quiet` is a missing value). After `--` everything is positional.
struct ArgumentList<Option: CommandOption> {
    /// A flag as given: `value` is `nil` for a bare boolean flag.
    struct Flag {
        var option: Option
        var name: String
        var value: String?
    }

    var flags: [Flag] = []
    var positionals: [String] = []

    init(_ arguments: ArraySlice<String>, command: String, options: [Option]) throws(ConfigurationError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--" {
                positionals.append(contentsOf: remaining)
                return
            }
            guard FlagSyntax.isFlag(argument) else {
                positionals.append(argument)
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let inlineValue = parts.count == 2 ? String(parts[1]) : nil
            guard let option = options.first(where: { $0.flag == name }) else {
                throw FlagSyntax.unknownFlagError(for: name, command: command, options: options.map(\.flag))
            }
            if let placeholder = option.placeholder, inlineValue == nil {
                guard let value = remaining.first, !FlagSyntax.isFlag(value) else {
                    throw .missingValue(for: name, placeholder: placeholder)
                }
                remaining = remaining.dropFirst()
                flags.append(Flag(option: option, name: name, value: value))
            } else {
                flags.append(Flag(option: option, name: name, value: inlineValue))
            }
        }
    }
}

/// What counts as a flag, and the error for a flag the command does not know.
enum FlagSyntax {
    /// Flags that `Invocation` handles before any command sees its arguments.
    static let globalFlags = ["--help", "-h", "--version", "-V"]

    /// `--anything` or `-LETTER…`; a lone `-` and negative numbers are values.
    static func isFlag(_ argument: String) -> Bool {
        if argument.hasPrefix("--") { return true }
        guard argument.hasPrefix("-"), let second = argument.dropFirst().first else { return false }
        return second.isLetter
    }

    /// Says whether the flag belongs to another command, or suggests the nearest flag of this one.
    static func unknownFlagError(for name: String, command: String, options: [String]) -> ConfigurationError {
        if globalFlags.contains(name) { return .unexpectedValue(for: name) }
        let everyFlag = Configuration.Option.allCases.map(\.flag) + HealthOption.allCases.map(\.flag)
        if everyFlag.contains(name) { return .optionOfOtherCommand(name, command: command) }
        let nearest = options.map { (flag: $0, distance: editDistance(name, $0)) }.min { $0.distance < $1.distance }
        return .unknownOption(name, suggestion: nearest.flatMap { $0.distance <= 2 ? $0.flag : nil })
    }

    /// Levenshtein distance between two short strings.
    static func editDistance(_ first: String, _ second: String) -> Int {
        let first = Array(first)
        let second = Array(second)
        var previous = Array(0...second.count)
        for (row, character) in first.enumerated() {
            var current = [row + 1]
            for (column, other) in second.enumerated() {
                let substitution = previous[column] + (character == other ? 0 : 1)
                current.append(min(substitution, previous[column + 1] + 1, current[column] + 1))
            }
            previous = current
        }
        return previous[second.count]
    }
}
