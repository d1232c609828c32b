import Testing

@testable import TapSandbox

struct ConfigurationErrorTests {
    static let badFlagValues: [ErrorCase] = [
        .init(["--port", "80x"], #"--port: "80x" is not a port number (0-65535)"#),
        .init(["--port=65536"], #"--port: "65536" is not a port number (0-65535)"#),
        .init(["--port", "-1"], #"--port: "-1" is not a port number (0-65535)"#),
        .init(["--port", "+80"], #"--port: "+80" is not a port number (0-65535)"#),
        .init(["--port="], #"--port: "" is not a port number (0-65535)"#),
        .init(
            ["--host", "example.com"],
            #"--host: "example.com" is not an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)"#
        ),
        .init(
            ["--host=256.0.0.1"],
            #"--host: "256.0.0.1" is not an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)"#
        ),
        .init(["--host", "a\nb"], #"--host: "a\nb" is not an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)"#),
        .init(
            ["--public-url", "ftp://x.example"],
            #"--public-url: "ftp://x.example" is not an absolute http:// or https:// URL"#
        ),
        .init(
            ["--public-url", "pay.example.com"],
            #"--public-url: "pay.example.com" is not an absolute http:// or https:// URL"#
        ),
        .init(
            ["--public-url", "http://x.example/?a=1"],
            #"--public-url: "http://x.example/?a=1" must not have a query or fragment"#
        ),
        .init(
            ["--public-url=https://x.example#top"],
            #"--public-url: "https://x.example#top" must not have a query or fragment"#
        ),
        .init(
            ["--public-url", "http://me:pw@x.example"],
            #"--public-url: "http://me:pw@x.example" must not contain a user or password"#
        ),
        .init(
            ["--public-url", "http://x.example:70000"],
            #"--public-url: "http://x.example:70000" has a port outside 0-65535"#
        ),
        .init(["--scenarios="], #"--scenarios: "" is not a path"#),
        .init(["--data-dir="], #"--data-dir: "" is not a path"#),
        .init(
            ["--webhook-retry-delays", "1000,x"],
            #"--webhook-retry-delays: "1000,x" is not a comma-separated list of delays in milliseconds"#
                + " (each 0-86400000)"
        ),
        .init(
            ["--webhook-retry-delays=1,,2"],
            #"--webhook-retry-delays: "1,,2" is not a comma-separated list of delays in milliseconds"#
                + " (each 0-86400000)"
        ),
        .init(
            ["--webhook-retry-delays", "86400001"],
            #"--webhook-retry-delays: "86400001" is not a comma-separated list of delays in milliseconds"#
                + " (each 0-86400000)"
        ),
        .init(
            ["--webhook-retry-delays", Array(repeating: "1", count: 101).joined(separator: ",")],
            "--webhook-retry-delays: \"\(Array(repeating: "1", count: 101).joined(separator: ","))\""
                + " has more than 100 delays"
        ),
        .init(
            ["--webhook-timeout-ms", "0"],
            #"--webhook-timeout-ms: "0" is not a timeout in milliseconds (1-600000)"#
        ),
        .init(
            ["--webhook-timeout-ms=600001"],
            #"--webhook-timeout-ms: "600001" is not a timeout in milliseconds (1-600000)"#
        ),
        .init(["--max-body-bytes", "0"], #"--max-body-bytes: "0" is not a size in bytes (1-1073741824)"#),
        .init(
            ["--max-body-bytes", "1073741825"],
            #"--max-body-bytes: "1073741825" is not a size in bytes (1-1073741824)"#
        ),
        .init(["--max-body-bytes", "1MB"], #"--max-body-bytes: "1MB" is not a size in bytes (1-1073741824)"#),
        .init(
            ["--webhook-insecure-tls=maybe"],
            #"--webhook-insecure-tls: "maybe" is not a boolean (1, true, yes, 0, false, no)"#
        ),
        .init(["--quiet=2"], #"--quiet: "2" is not a boolean (1, true, yes, 0, false, no)"#),
        .init(["--log-format", "xml"], #"--log-format: "xml" is not one of text, json"#),
        .init(["--fsync", "sometimes"], #"--fsync: "sometimes" is not one of always, batch, never"#),
        .init(["--port", "80x", "--port", "80"], #"--port: "80x" is not a port number (0-65535)"#),
    ]

    @Test(arguments: badFlagValues)
    func parse_Rejects_BadFlagValue(errorCase: ErrorCase) {
        expectError(errorCase.arguments, environment: errorCase.environment, message: errorCase.message)
    }

    static let badVariableValues: [ErrorCase] = [
        .init(
            environment: ["TAP_SANDBOX_HOST": "my-laptop"],
            #"TAP_SANDBOX_HOST: "my-laptop" is not an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)"#
        ),
        .init(environment: ["TAP_SANDBOX_PORT": "80x"], #"TAP_SANDBOX_PORT: "80x" is not a port number (0-65535)"#),
        .init(
            environment: ["TAP_SANDBOX_PUBLIC_URL": "/relative"],
            #"TAP_SANDBOX_PUBLIC_URL: "/relative" is not an absolute http:// or https:// URL"#
        ),
        .init(
            environment: ["TAP_SANDBOX_WEBHOOK_RETRY_DELAYS": "1s,5s"],
            #"TAP_SANDBOX_WEBHOOK_RETRY_DELAYS: "1s,5s" is not a comma-separated list of delays"#
                + " in milliseconds (each 0-86400000)"
        ),
        .init(
            environment: ["TAP_SANDBOX_WEBHOOK_TIMEOUT_MS": "5s"],
            #"TAP_SANDBOX_WEBHOOK_TIMEOUT_MS: "5s" is not a timeout in milliseconds (1-600000)"#
        ),
        .init(
            environment: ["TAP_SANDBOX_MAX_BODY_BYTES": "-1"],
            #"TAP_SANDBOX_MAX_BODY_BYTES: "-1" is not a size in bytes (1-1073741824)"#
        ),
        .init(
            environment: ["TAP_SANDBOX_WEBHOOK_INSECURE_TLS": "on"],
            #"TAP_SANDBOX_WEBHOOK_INSECURE_TLS: "on" is not a boolean (1, true, yes, 0, false, no)"#
        ),
        .init(
            environment: ["TAP_SANDBOX_LOG_FORMAT": "yaml"],
            #"TAP_SANDBOX_LOG_FORMAT: "yaml" is not one of text, json"#
        ),
        .init(
            environment: ["TAP_SANDBOX_QUIET": "maybe"],
            #"TAP_SANDBOX_QUIET: "maybe" is not a boolean (1, true, yes, 0, false, no)"#
        ),
        .init(
            environment: ["TAP_SANDBOX_FSYNC": "sometimes"],
            #"TAP_SANDBOX_FSYNC: "sometimes" is not one of always, batch, never"#
        ),
        .init(
            ["serve", "--port", "1"],
            environment: ["TAP_SANDBOX_FSYNC": "0"],
            #"TAP_SANDBOX_FSYNC: "0" is not one of always, batch, never"#
        ),
    ]

    @Test(arguments: badVariableValues)
    func parse_Rejects_BadVariableValue(errorCase: ErrorCase) {
        expectError(errorCase.arguments, environment: errorCase.environment, message: errorCase.message)
    }

    static let malformedCommandLines: [ErrorCase] = [
        .init(["--prot", "80"], "--prot: unknown option; did you mean --port?"),
        .init(["--data-dri=x"], "--data-dri: unknown option; did you mean --data-dir?"),
        .init(["--bogus"], "--bogus: unknown option; see tap-sandbox --help"),
        .init(["-p", "80"], "-p: unknown option; see tap-sandbox --help"),
        .init(["--port"], "--port: missing value (--port PORT)"),
        .init(["--port", "--quiet"], "--port: missing value (--port PORT)"),
        .init(["--log-format"], "--log-format: missing value (--log-format text|json)"),
        .init(["--quiet", "yes"], #"serve: unexpected argument "yes""#),
        .init(["serve", "extra"], #"serve: unexpected argument "extra""#),
        .init(["--port", "1", "serve"], #"serve: unexpected argument "serve""#),
        .init(["--port", "1", "-"], #"serve: unexpected argument "-""#),
        .init(["serve", "--", "--port"], #"serve: unexpected argument "--port""#),
        .init(["--help=yes"], "--help: takes no value"),
        .init(["--url", "http://x"], "--url: not an option of serve; see tap-sandbox --help"),
    ]

    @Test(arguments: malformedCommandLines)
    func parse_Rejects_MalformedCommandLine(errorCase: ErrorCase) {
        expectError(errorCase.arguments, environment: errorCase.environment, message: errorCase.message)
    }

    static let badCommands: [ErrorCase] = [
        .init(["start"], #""start" is not a command (serve, scenarios, health, help, version)"#),
        .init(["Serve"], #""Serve" is not a command (serve, scenarios, health, help, version)"#),
        .init(["scenarios"], "scenarios: missing command (lint)"),
        .init(["scenarios", "check"], #"scenarios: "check" is not a command (lint)"#),
        .init(["scenarios", "lint"], "scenarios lint: missing PATH (a scenario file or folder)"),
        .init(["scenarios", "lint", "--"], "scenarios lint: missing PATH (a scenario file or folder)"),
        .init(["scenarios", "lint", ""], #"scenarios lint: "" is not a path"#),
        .init(
            ["scenarios", "lint", "--quiet", "a.json"],
            "--quiet: not an option of scenarios lint; see tap-sandbox --help"
        ),
        .init(["health", "--quiet"], "--quiet: not an option of health; see tap-sandbox --help"),
        .init(["health", "now"], #"health: unexpected argument "now""#),
        .init(["health", "--url"], "--url: missing value (--url URL)"),
        .init(["health", "--url", "https://x.example"], #"--url: "https://x.example" is not an absolute http:// URL"#),
        .init(["health", "--timeout-ms=0"], #"--timeout-ms: "0" is not a timeout in milliseconds (1-600000)"#),
        .init(["health", "--port", "x"], #"--port: "x" is not a port number (0-65535)"#),
        .init(
            ["health"],
            environment: ["TAP_SANDBOX_PORT": "x"],
            #"TAP_SANDBOX_PORT: "x" is not a port number (0-65535)"#
        ),
        .init(["help", "serve"], #"help: unexpected argument "serve""#),
        .init(["version", "--short"], #"version: unexpected argument "--short""#),
    ]

    @Test(arguments: badCommands)
    func parse_Rejects_BadCommand(errorCase: ErrorCase) {
        expectError(errorCase.arguments, environment: errorCase.environment, message: errorCase.message)
    }
}
