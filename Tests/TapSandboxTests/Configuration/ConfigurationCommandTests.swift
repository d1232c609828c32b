import Testing

@testable import TapSandbox

struct ConfigurationCommandTests {
    @Test(arguments: [
        (["scenarios", "lint", "a.json"], ["a.json"]),
        (["scenarios", "lint", "a.json", "dir/b.json", "scenarios"], ["a.json", "dir/b.json", "scenarios"]),
        (["scenarios", "lint", "--", "-odd.json", "--help"], ["-odd.json", "--help"]),
    ])
    func parse_ReturnsLintScenarios_WithPathsInOrder(arguments: [String], paths: [String]) throws {
        let environment = ["TAP_SANDBOX_PORT": "not read by lint"]
        #expect(try Invocation.parse(arguments: arguments, environment: environment) == .lintScenarios(paths: paths))
    }

    @Test(
        arguments: [
            (["health"], [:], "http://127.0.0.1:7800/_sandbox/health"),
            (["health", "--port", "8080"], [:], "http://127.0.0.1:8080/_sandbox/health"),
            (["health", "--host=0.0.0.0", "--port=8080"], [:], "http://127.0.0.1:8080/_sandbox/health"),
            (["health", "--host", "::"], [:], "http://[::1]:7800/_sandbox/health"),
            (
                ["health"], ["TAP_SANDBOX_HOST": "0.0.0.0", "TAP_SANDBOX_PORT": "9000"],
                "http://127.0.0.1:9000/_sandbox/health"
            ),
            (["health", "--port", "1"], ["TAP_SANDBOX_PORT": "junk"], "http://127.0.0.1:1/_sandbox/health"),
            (["health", "--url", "http://sandbox:8080"], [:], "http://sandbox:8080/_sandbox/health"),
            (["health", "--url=http://sandbox:8080/"], [:], "http://sandbox:8080/_sandbox/health"),
            (["health", "--url", "http://h/_sandbox/health"], [:], "http://h/_sandbox/health"),
            (["health", "--url", "http://h:1"], ["TAP_SANDBOX_PORT": "junk"], "http://h:1/_sandbox/health"),
        ] as [([String], [String: String], String)]
    )
    func parse_ReturnsHealth_WithCompleteURL(arguments: [String], environment: [String: String], url: String) throws {
        let invocation = try Invocation.parse(arguments: arguments, environment: environment)
        #expect(invocation == .health(url: url, timeoutMs: 2000))
    }

    @Test func parse_ReadsHealthTimeout() throws {
        let invocation = try Invocation.parse(arguments: ["health", "--timeout-ms", "500"], environment: [:])
        #expect(invocation == .health(url: "http://127.0.0.1:7800/_sandbox/health", timeoutMs: 500))
    }

    @Test(arguments: [
        ["help"], ["--help"], ["-h"], ["serve", "--help"], ["scenarios", "lint", "-h"], ["health", "--help"],
        ["--port", "80x", "--help"], ["bogus", "-h"],
    ])
    func parse_ReturnsHelp_WhereverHelpIsAsked(arguments: [String]) throws {
        let invocation = try Invocation.parse(arguments: arguments, environment: ["TAP_SANDBOX_PORT": "junk"])
        #expect(invocation == .help(HelpText.full))
    }

    @Test(arguments: [["version"], ["--version"], ["-V"], ["--quiet", "-V"], ["health", "--version"]])
    func parse_ReturnsVersion_WhereverVersionIsAsked(arguments: [String]) throws {
        let invocation = try Invocation.parse(arguments: arguments, environment: ["TAP_SANDBOX_PORT": "junk"])
        #expect(invocation == .version)
    }

    @Test func parse_ReturnsFirstOfHelpAndVersion() throws {
        #expect(try Invocation.parse(arguments: ["-V", "-h"], environment: [:]) == .version)
        #expect(try Invocation.parse(arguments: ["-h", "-V"], environment: [:]) == .help(HelpText.full))
    }
}
