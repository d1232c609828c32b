import Testing

@testable import TapSandbox

struct ConfigurationHelpTextTests {
    @Test(arguments: [
        ("--host", "TAP_SANDBOX_HOST", "127.0.0.1"),
        ("--port", "TAP_SANDBOX_PORT", "7800"),
        ("--public-url", "TAP_SANDBOX_PUBLIC_URL", "http://HOST:PORT"),
        ("--scenarios", "TAP_SANDBOX_SCENARIOS", "./scenarios if present"),
        ("--data-dir", "TAP_SANDBOX_DATA_DIR", "none: state in memory"),
        ("--webhook-retry-delays", "TAP_SANDBOX_WEBHOOK_RETRY_DELAYS", "1000,5000"),
        ("--webhook-timeout-ms", "TAP_SANDBOX_WEBHOOK_TIMEOUT_MS", "5000"),
        ("--max-body-bytes", "TAP_SANDBOX_MAX_BODY_BYTES", "1048576"),
        ("--webhook-insecure-tls", "TAP_SANDBOX_WEBHOOK_INSECURE_TLS", ""),
        ("--log-format", "TAP_SANDBOX_LOG_FORMAT", "text"),
        ("--quiet", "TAP_SANDBOX_QUIET", ""),
        ("--fsync", "TAP_SANDBOX_FSYNC", "always"),
    ])
    func helpText_ListsOption_WithVariableAndDefault(flag: String, variable: String, defaultValue: String) throws {
        let lines = HelpText.full.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.hasPrefix("  \(flag)") && $0.hasSuffix(variable) })
        let summary = lines[index + 1]
        #expect(defaultValue.isEmpty ? !summary.contains("[") : summary.hasSuffix("[\(defaultValue)]"))
    }

    @Test func helpText_FitsIn80Columns() {
        for line in HelpText.full.split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
        }
    }

    @Test(arguments: ["scenarios lint PATH", "health [--url URL]", "--version", "-V", "--help", "-h", "--timeout-ms"])
    func helpText_MentionsCommandsAndGlobalFlags(text: String) {
        #expect(HelpText.full.contains(text))
    }

    @Test func helpText_ExampleParses() throws {
        let lines = HelpText.full.split(separator: "\n")
        let index = try #require(lines.firstIndex(of: "Example:"))
        let words = lines[index + 1].split(separator: " ").map(String.init)
        #expect(words.first == "tap-sandbox")
        let invocation = try Invocation.parse(arguments: Array(words.dropFirst()), environment: [:])
        let expected = makeConfiguration {
            $0.port = 0
            $0.dataDir = "./data"
            $0.webhookRetryDelaysMs = [500, 2000]
        }
        #expect(invocation == .serve(expected))
    }
}
