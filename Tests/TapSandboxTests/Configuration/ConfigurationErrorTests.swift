import Testing

@testable import TapSandbox

struct ConfigurationErrorTests {
    static let badFlagValues: [ErrorCase] = [
        .init(arguments: ["--port", "80x"], message: #"--port: "80x" is not a port number (0-65535)"#),
        .init(arguments: ["--port=65536"], message: #"--port: "65536" is not a port number (0-65535)"#),
        .init(arguments: ["--port", "-1"], message: #"--port: "-1" is not a port number (0-65535)"#),
        .init(arguments: ["--port", "+80"], message: #"--port: "+80" is not a port number (0-65535)"#),
        .init(arguments: ["--port="], message: #"--port: "" is not a port number (0-65535)"#),
        .init(
            arguments: ["--host", "example.com"],
            message: #"--host: "example.com" is not an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)"#),
        .init(
            arguments: ["--host=256.0.0.1"],
            message: #"--host: "256.0.0.1" is not an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)"#),
        .init(
            arguments: ["--host", "a\nb"],
            message: #"--host: "a\nb" is not an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)"#),
        .init(
            arguments: ["--public-url", "ftp://x.example"],
            message: #"--public-url: "ftp://x.example" is not an absolute http:// or https:// URL"#),
        .init(
            arguments: ["--public-url", "pay.example.com"],
            message: #"--public-url: "pay.example.com" is not an absolute http:// or https:// URL"#),
        .init(
            arguments: ["--public-url", "http://x.example/?a=1"],
            message: #"--public-url: "http://x.example/?a=1" must not have a query or fragment"#),
        .init(
            arguments: ["--public-url=https://x.example#top"],
            message: #"--public-url: "https://x.example#top" must not have a query or fragment"#),
        .init(
            arguments: ["--public-url", "http://me:pw@x.example"],
            message: #"--public-url: "http://me:pw@x.example" must not contain a user or password"#),
        .init(
            arguments: ["--public-url", "http://x.example:70000"],
            message: #"--public-url: "http://x.example:70000" has a port outside 0-65535"#),
        .init(arguments: ["--scenarios="], message: #"--scenarios: "" is not a path"#),
        .init(arguments: ["--data-dir="], message: #"--data-dir: "" is not a path"#),
        .init(
            arguments: ["--webhook-retry-delays", "1000,x"],
            message: #"--webhook-retry-delays: "1000,x" is not a comma-separated list of delays in milliseconds"#
                + " (each 0-86400000)"),
        .init(
            arguments: ["--webhook-retry-delays=1,,2"],
            message: #"--webhook-retry-delays: "1,,2" is not a comma-separated list of delays in milliseconds"#
                + " (each 0-86400000)"),
        .init(
            arguments: ["--webhook-retry-delays", "86400001"],
            message: #"--webhook-retry-delays: "86400001" is not a comma-separated list of delays in milliseconds"#
                + " (each 0-86400000)"),
        .init(
            arguments: ["--webhook-retry-delays", Array(repeating: "1", count: 101).joined(separator: ",")],
            message: "--webhook-retry-delays: \"\(Array(repeating: "1", count: 101).joined(separator: ","))\""
                + " has more than 100 delays"),
        .init(
            arguments: ["--webhook-timeout-ms", "0"],
            message: #"--webhook-timeout-ms: "0" is not a timeout in milliseconds (1-600000)"#),
        .init(
            arguments: ["--webhook-timeout-ms=600001"],
            message: #"--webhook-timeout-ms: "600001" is not a timeout in milliseconds (1-600000)"#),
        .init(
            arguments: ["--max-body-bytes", "0"],
            message: #"--max-body-bytes: "0" is not a size in bytes (1-1073741824)"#),
        .init(
            arguments: ["--max-body-bytes", "1073741825"],
            message: #"--max-body-bytes: "1073741825" is not a size in bytes (1-1073741824)"#),
        .init(
            arguments: ["--max-body-bytes", "1MB"],
            message: #"--max-body-bytes: "1MB" is not a size in bytes (1-1073741824)"#),
        .init(
            arguments: ["--webhook-insecure-tls=maybe"],
            message: #"--webhook-insecure-tls: "maybe" is not a boolean (1, true, yes, 0, false, no)"#),
        .init(arguments: ["--quiet=2"], message: #"--quiet: "2" is not a boolean (1, true, yes, 0, false, no)"#),
        .init(arguments: ["--log-format", "xml"], message: #"--log-format: "xml" is not one of text, json"#),
        .init(arguments: ["--fsync", "sometimes"], message: #"--fsync: "sometimes" is not one of always, batch, never"#),
        .init(arguments: ["--port", "80x", "--port", "80"], message: #"--port: "80x" is not a port number (0-65535)"#),
    ]

    @Test(arguments: badFlagValues)
    func parse_Rejects_BadFlagValue(errorCase: ErrorCase) {
        expectError(errorCase.arguments, environment: errorCase.environment, message: errorCase.message)
    }

    static let badVariableValues: [ErrorCase] = [
        .init(
            arguments: [], environment: ["TAP_SANDBOX_HOST": "my-laptop"],
            message: #"TAP_SANDBOX_HOST: "my-laptop" is not an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)"#),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_PORT": "80x"],
            message: #"TAP_SANDBOX_PORT: "80x" is not a port number (0-65535)"#),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_PUBLIC_URL": "/relative"],
            message: #"TAP_SANDBOX_PUBLIC_URL: "/relative" is not an absolute http:// or https:// URL"#),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_WEBHOOK_RETRY_DELAYS": "1s,5s"],
            message: #"TAP_SANDBOX_WEBHOOK_RETRY_DELAYS: "1s,5s" is not a comma-separated list of delays"#
                + " in milliseconds (each 0-86400000)"),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_WEBHOOK_TIMEOUT_MS": "5s"],
            message: #"TAP_SANDBOX_WEBHOOK_TIMEOUT_MS: "5s" is not a timeout in milliseconds (1-600000)"#),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_MAX_BODY_BYTES": "-1"],
            message: #"TAP_SANDBOX_MAX_BODY_BYTES: "-1" is not a size in bytes (1-1073741824)"#),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_WEBHOOK_INSECURE_TLS": "on"],
            message: #"TAP_SANDBOX_WEBHOOK_INSECURE_TLS: "on" is not a boolean (1, true, yes, 0, false, no)"#),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_LOG_FORMAT": "yaml"],
            message: #"TAP_SANDBOX_LOG_FORMAT: "yaml" is not one of text, json"#),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_QUIET": "maybe"],
            message: #"TAP_SANDBOX_QUIET: "maybe" is not a boolean (1, true, yes, 0, false, no)"#),
        .init(
            arguments: [], environment: ["TAP_SANDBOX_FSYNC": "sometimes"],
            message: #"TAP_SANDBOX_FSYNC: "sometimes" is not one of always, batch, never"#),
        .init(
            arguments: ["serve", "--port", "1"], environment: ["TAP_SANDBOX_FSYNC": "0"],
            message: #"TAP_SANDBOX_FSYNC: "0" is not one of always, batch, never"#),
    ]

    @Test(arguments: badVariableValues)
    func parse_Rejects_BadVariableValue(errorCase: ErrorCase) {
        expectError(errorCase.arguments, environment: errorCase.environment, message: errorCase.message)
    }

    static let malformedCommandLines: [ErrorCase] = [
        .init(arguments: ["--prot", "80"], message: "--prot: unknown option; did you mean --port?"),
        .init(arguments: ["--data-dri=x"], message: "--data-dri: unknown option; did you mean --data-dir?"),
        .init(arguments: ["--bogus"], message: "--bogus: unknown option; see tap-sandbox --help"),
        .init(arguments: ["-p", "80"], message: "-p: unknown option; see tap-sandbox --help"),
        .init(arguments: ["--port"], message: "--port: missing value (--port PORT)"),
        .init(arguments: ["--port", "--quiet"], message: "--port: missing value (--port PORT)"),
        .init(arguments: ["--log-format"], message: "--log-format: missing value (--log-format text|json)"),
        .init(arguments: ["--quiet", "yes"], message: #"serve: unexpected argument "yes""#),
        .init(arguments: ["serve", "extra"], message: #"serve: unexpected argument "extra""#),
        .init(arguments: ["--port", "1", "serve"], message: #"serve: unexpected argument "serve""#),
        .init(arguments: ["--port", "1", "-"], message: #"serve: unexpected argument "-""#),
        .init(arguments: ["serve", "--", "--port"], message: #"serve: unexpected argument "--port""#),
        .init(arguments: ["--help=yes"], message: "--help: takes no value"),
        .init(arguments: ["--url", "http://x"], message: "--url: not an option of serve; see tap-sandbox --help"),
    ]

    @Test(arguments: malformedCommandLines)
    func parse_Rejects_MalformedCommandLine(errorCase: ErrorCase) {
        expectError(errorCase.arguments, environment: errorCase.environment, message: errorCase.message)
    }

    static let badCommands: [ErrorCase] = [
        .init(arguments: ["start"], message: #""start" is not a command (serve, scenarios, health, help, version)"#),
        .init(arguments: ["Serve"], message: #""Serve" is not a command (serve, scenarios, health, help, version)"#),
        .init(arguments: ["scenarios"], message: "scenarios: missing command (lint)"),
        .init(arguments: ["scenarios", "check"], message: #"scenarios: "check" is not a command (lint)"#),
        .init(arguments: ["scenarios", "lint"], message: "scenarios lint: missing PATH (a scenario file or folder)"),
        .init(arguments: ["scenarios", "lint", "--"], message: "scenarios lint: missing PATH (a scenario file or folder)"),
        .init(arguments: ["scenarios", "lint", ""], message: #"scenarios lint: "" is not a path"#),
        .init(
            arguments: ["scenarios", "lint", "--quiet", "a.json"],
            message: "--quiet: not an option of scenarios lint; see tap-sandbox --help"),
        .init(arguments: ["health", "--quiet"], message: "--quiet: not an option of health; see tap-sandbox --help"),
        .init(arguments: ["health", "now"], message: #"health: unexpected argument "now""#),
        .init(arguments: ["health", "--url"], message: "--url: missing value (--url URL)"),
        .init(
            arguments: ["health", "--url", "https://x.example"],
            message: #"--url: "https://x.example" is not an absolute http:// URL"#),
        .init(
            arguments: ["health", "--timeout-ms=0"],
            message: #"--timeout-ms: "0" is not a timeout in milliseconds (1-600000)"#),
        .init(arguments: ["health", "--port", "x"], message: #"--port: "x" is not a port number (0-65535)"#),
        .init(
            arguments: ["health"], environment: ["TAP_SANDBOX_PORT": "x"],
            message: #"TAP_SANDBOX_PORT: "x" is not a port number (0-65535)"#),
        .init(arguments: ["help", "serve"], message: #"help: unexpected argument "serve""#),
        .init(arguments: ["version", "--short"], message: #"version: unexpected argument "--short""#),
    ]

    @Test(arguments: badCommands)
    func parse_Rejects_BadCommand(errorCase: ErrorCase) {
        expectError(errorCase.arguments, environment: errorCase.environment, message: errorCase.message)
    }
}
