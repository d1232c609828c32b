import Testing

@testable import TapSandbox

/// A configuration that differs from the defaults only where `change` says.
func makeConfiguration(_ change: (inout Configuration) -> Void = { _ in }) -> Configuration {
    var configuration = Configuration()
    change(&configuration)
    return configuration
}

/// Parses and expects a `ConfigurationError` whose one-line text is `message`.
func expectError(
    _ arguments: [String],
    environment: [String: String] = [:],
    message: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    do {
        let invocation = try Invocation.parse(arguments: arguments, environment: environment)
        Issue.record("expected \(message), got \(invocation)", sourceLocation: sourceLocation)
    } catch {
        #expect(error.description == message, sourceLocation: sourceLocation)
        #expect(!error.description.contains("\n"), sourceLocation: sourceLocation)
    }
}

/// Arguments, environment and the error text they must produce.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var environment: [String: String]
    var message: String

    init(_ arguments: [String] = [], environment: [String: String] = [:], _ message: String) {
        self.arguments = arguments
        self.environment = environment
        self.message = message
    }

    var testDescription: String {
        (arguments + environment.map { "\($0.key)=\($0.value)" }).map(\.debugDescription).joined(separator: " ")
    }
}
