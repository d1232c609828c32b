import Testing

@testable import TapSandbox

/// One `serve` option: its flag, its variable, a value and the configuration that value must produce.
struct OptionCase: Sendable, CustomTestStringConvertible {
    var flag: String
    var variable: String
    var value: String
    var expected: Configuration

    var testDescription: String { "\(flag) \(value)" }

    init(_ flag: String, _ variable: String, _ value: String, change: (inout Configuration) -> Void) {
        self.flag = flag
        self.variable = variable
        self.value = value
        self.expected = makeConfiguration(change)
    }

    static let all: [OptionCase] = [
        .init("--host", "TAP_SANDBOX_HOST", "0.0.0.0") { $0.host = "0.0.0.0" },
        .init("--host", "TAP_SANDBOX_HOST", "10.1.2.3") { $0.host = "10.1.2.3" },
        .init("--host", "TAP_SANDBOX_HOST", "localhost") { $0.host = "localhost" },
        .init("--host", "TAP_SANDBOX_HOST", "LocalHost") { $0.host = "localhost" },
        .init("--host", "TAP_SANDBOX_HOST", "::") { $0.host = "::" },
        .init("--host", "TAP_SANDBOX_HOST", "[::1]") { $0.host = "::1" },
        .init("--port", "TAP_SANDBOX_PORT", "0") { $0.port = 0 },
        .init("--port", "TAP_SANDBOX_PORT", "65535") { $0.port = 65535 },
        .init("--public-url", "TAP_SANDBOX_PUBLIC_URL", "https://pay.example.com/sandbox/") {
            $0.publicURL = "https://pay.example.com/sandbox"
        },
        .init("--public-url", "TAP_SANDBOX_PUBLIC_URL", "http://localhost:8080") {
            $0.publicURL = "http://localhost:8080"
        },
        .init("--scenarios", "TAP_SANDBOX_SCENARIOS", "/no/such/folder") { $0.scenariosPath = "/no/such/folder" },
        .init("--data-dir", "TAP_SANDBOX_DATA_DIR", "./data") { $0.dataDir = "./data" },
        .init("--webhook-retry-delays", "TAP_SANDBOX_WEBHOOK_RETRY_DELAYS", "0, 250,86400000") {
            $0.webhookRetryDelaysMs = [0, 250, 86_400_000]
        },
        .init("--webhook-retry-delays", "TAP_SANDBOX_WEBHOOK_RETRY_DELAYS", "none") { $0.webhookRetryDelaysMs = [] },
        .init("--webhook-timeout-ms", "TAP_SANDBOX_WEBHOOK_TIMEOUT_MS", "600000") { $0.webhookTimeoutMs = 600_000 },
        .init("--max-body-bytes", "TAP_SANDBOX_MAX_BODY_BYTES", "1") { $0.maxBodyBytes = 1 },
        .init("--max-body-bytes", "TAP_SANDBOX_MAX_BODY_BYTES", "1073741824") { $0.maxBodyBytes = 1_073_741_824 },
        .init("--log-format", "TAP_SANDBOX_LOG_FORMAT", "json") { $0.logFormat = .json },
        .init("--fsync", "TAP_SANDBOX_FSYNC", "batch") { $0.fsync = .batch },
        .init("--fsync", "TAP_SANDBOX_FSYNC", "NEVER") { $0.fsync = .never },
    ]
}

/// A boolean option: its flag, its variable, and how to read it from a configuration.
struct BooleanCase: Sendable, CustomTestStringConvertible {
    var flag: String
    var variable: String
    var value: @Sendable (Configuration) -> Bool

    var testDescription: String { flag }

    static let all: [BooleanCase] = [
        .init(flag: "--quiet", variable: "TAP_SANDBOX_QUIET") { $0.quiet },
        .init(flag: "--webhook-insecure-tls", variable: "TAP_SANDBOX_WEBHOOK_INSECURE_TLS") { $0.webhookInsecureTLS },
    ]
}

struct ConfigurationServeTests {
    @Test func parse_ReturnsDefaults_WhenNothingIsGiven() throws {
        let configuration = Configuration()
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 7800)
        #expect(configuration.publicURL == nil)
        #expect(configuration.scenariosPath == nil)
        #expect(configuration.dataDir == nil)
        #expect(configuration.webhookRetryDelaysMs == [1000, 5000])
        #expect(configuration.webhookTimeoutMs == 5000)
        #expect(configuration.maxBodyBytes == 1_048_576)
        #expect(configuration.webhookInsecureTLS == false)
        #expect(configuration.logFormat == .text)
        #expect(configuration.quiet == false)
        #expect(configuration.fsync == .always)
        #expect(try Invocation.parse(arguments: [], environment: [:]) == .serve(configuration))
    }

    @Test(arguments: OptionCase.all)
    func parse_ReadsFlag_WithSeparateValue(option: OptionCase) throws {
        let invocation = try Invocation.parse(arguments: [option.flag, option.value], environment: [:])
        #expect(invocation == .serve(option.expected))
    }

    @Test(arguments: OptionCase.all)
    func parse_ReadsFlag_WithEqualsValue(option: OptionCase) throws {
        let invocation = try Invocation.parse(arguments: ["\(option.flag)=\(option.value)"], environment: [:])
        #expect(invocation == .serve(option.expected))
    }

    @Test(arguments: OptionCase.all)
    func parse_ReadsVariable_WhenFlagIsAbsent(option: OptionCase) throws {
        let invocation = try Invocation.parse(arguments: [], environment: [option.variable: option.value])
        #expect(invocation == .serve(option.expected))
    }

    @Test(arguments: BooleanCase.all)
    func parse_SetsBoolean_FromBareFlag(option: BooleanCase) throws {
        guard case .serve(let configuration) = try Invocation.parse(arguments: [option.flag], environment: [:]) else {
            Issue.record("not serve")
            return
        }
        #expect(option.value(configuration))
        #expect(!option.value(Configuration()))
    }

    @Test(arguments: BooleanCase.all, ["1", "true", "YES", "0", "false", "No"])
    func parse_ReadsBoolean_FromEqualsValueAndVariable(option: BooleanCase, text: String) throws {
        let expected = ["1", "true", "yes"].contains(text.lowercased())
        for (arguments, environment) in [(["\(option.flag)=\(text)"], [:]), ([], [option.variable: text])] {
            guard case .serve(let configuration) = try Invocation.parse(arguments: arguments, environment: environment)
            else {
                Issue.record("not serve")
                continue
            }
            #expect(option.value(configuration) == expected)
        }
    }

    @Test(arguments: [
        [String](), ["--port", "0"], ["--quiet", "--host=0.0.0.0"], ["--fsync", "never", "--data-dir", "d"],
    ])
    func parse_TreatsServeAsOptional(arguments: [String]) throws {
        let environment = ["TAP_SANDBOX_LOG_FORMAT": "json"]
        let implicit = try Invocation.parse(arguments: arguments, environment: environment)
        let explicit = try Invocation.parse(arguments: ["serve"] + arguments, environment: environment)
        #expect(implicit == explicit)
        guard case .serve(let configuration) = explicit else {
            Issue.record("not serve")
            return
        }
        #expect(configuration.logFormat == .json)
    }

    @Test func parse_PrefersFlag_OverVariable() throws {
        let environment = ["TAP_SANDBOX_PORT": "1111", "TAP_SANDBOX_HOST": "0.0.0.0", "TAP_SANDBOX_QUIET": "true"]
        let invocation = try Invocation.parse(arguments: ["--port", "2222", "--quiet=false"], environment: environment)
        #expect(
            invocation
                == .serve(
                    makeConfiguration {
                        $0.port = 2222; $0.host = "0.0.0.0"
                    }
                )
        )
    }

    @Test func parse_IgnoresBadVariable_WhenFlagOverridesIt() throws {
        let invocation = try Invocation.parse(arguments: ["--port=2222"], environment: ["TAP_SANDBOX_PORT": "junk"])
        #expect(invocation == .serve(makeConfiguration { $0.port = 2222 }))
    }

    @Test func parse_TreatsEmptyVariables_AsUnset() throws {
        let names = [
            "HOST", "PORT", "PUBLIC_URL", "SCENARIOS", "DATA_DIR", "WEBHOOK_RETRY_DELAYS", "WEBHOOK_TIMEOUT_MS",
            "MAX_BODY_BYTES", "WEBHOOK_INSECURE_TLS", "LOG_FORMAT", "QUIET", "FSYNC",
        ]
        let environment = Dictionary(uniqueKeysWithValues: names.map { ("TAP_SANDBOX_\($0)", "") })
        #expect(try Invocation.parse(arguments: [], environment: environment) == .serve(Configuration()))
    }

    @Test func parse_ReadsEmptyRetryDelaysFlag_AsNoRetries() throws {
        let invocation = try Invocation.parse(arguments: ["--webhook-retry-delays="], environment: [:])
        #expect(invocation == .serve(makeConfiguration { $0.webhookRetryDelaysMs = [] }))
    }

    @Test func parse_KeepsLastValue_WhenFlagIsRepeated() throws {
        let arguments = [
            "--port", "1", "--port=2", "--quiet", "--quiet=false", "--log-format", "json", "--log-format=text",
        ]
        #expect(
            try Invocation.parse(arguments: arguments, environment: [:]) == .serve(makeConfiguration { $0.port = 2 })
        )
    }

    @Test func parse_IgnoresUnrelatedVariables() throws {
        let environment = ["TAP_SANDBOX_BOGUS": "x", "PORT": "1", "HOST": "junk"]
        #expect(try Invocation.parse(arguments: [], environment: environment) == .serve(Configuration()))
    }

    @Test func parse_CombinesFlagsAndVariables() throws {
        let arguments = ["serve", "--host", "0.0.0.0", "--port=0", "--webhook-insecure-tls", "--fsync", "batch"]
        let environment = ["TAP_SANDBOX_DATA_DIR": "/var/lib/tap", "TAP_SANDBOX_WEBHOOK_RETRY_DELAYS": "10,20,30"]
        let expected = makeConfiguration {
            $0.host = "0.0.0.0"
            $0.port = 0
            $0.webhookInsecureTLS = true
            $0.fsync = .batch
            $0.dataDir = "/var/lib/tap"
            $0.webhookRetryDelaysMs = [10, 20, 30]
        }
        #expect(try Invocation.parse(arguments: arguments, environment: environment) == .serve(expected))
    }
}
