import Foundation
import Testing

@testable import TapSandbox

/// Scenarios written inline, as a file would hold them.
enum ScenarioFixtures {
    /// The scenarios of a JSON text, read as the file `file` (test failure on any problem).
    static func scenarios(_ json: String, file: String = "test.json") throws -> [Scenario] {
        switch ScenarioParser.parse(Array(json.utf8), file: file, source: .file(file)) {
        case .success(let located): return located.map(\.scenario)
        case .failure(let problems): throw problems
        }
    }

    static func scenario(_ json: String) throws -> Scenario {
        try #require(try scenarios(json).first)
    }

    /// The problems of a file's text, one `file:location: message` line each.
    static func problems(_ json: String, file: String = "x.json") -> [String] {
        switch ScenarioParser.parse(Array(json.utf8), file: file, source: .file(file)) {
        case .success: return []
        case .failure(let failure): return failure.problems.map(\.description)
        }
    }

    /// A fresh folder for scenario files, removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenarios-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    /// The package's root folder (for the shipped `scenarios/`).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}

extension TestSandbox {
    /// A charge paid with a fresh non-enrolled Visa token and `threeDSecure: false`: settled at creation.
    func tokenCharge(
        headers: [String: String] = [:], _ overrides: [String: String] = [:], kind: Payment.Kind = .charge,
        key: String = TestSandbox.key
    ) throws -> TestResponse {
        let token = try makeToken(TestSandbox.nonEnrolledVisa)
        let body = TestSandbox.paymentBody(source: token, ["threeDSecure": "false"].merging(overrides) { $1 })
        return call(.post, TestCardOutcomeTests.path(kind), body, key: key, headers: headers)
    }

    /// `POST /_sandbox/scenarios` with `json`, for the account of `key` (or every account when nil).
    @discardableResult
    func addScenarios(_ json: String, key: String? = TestSandbox.key) -> TestResponse {
        call(.post, "/_sandbox/scenarios", json, key: key)
    }
}
