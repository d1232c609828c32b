import Foundation
import Testing

/// `tap-sandbox scenarios lint` and loading `--scenarios` at start, as users run the binary (CONTRACT.md §1, §6).
@Suite struct ScenarioCommandTests {
    static func output(_ process: SandboxProcess) -> String {
        String(decoding: process.stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    @Test func lint_ShippedFolder_ExitsZero() throws {
        let folder = ScenarioFixtures.packageRoot.appendingPathComponent("scenarios").path
        let lint = try SandboxProcess(["scenarios", "lint", folder])
        let text = Self.output(lint)
        #expect(lint.finish().status == 0)
        #expect(text.hasSuffix(": no problems\n"), "\(text)")
    }

    @Test func lint_BrokenFiles_ExitsOne_WithALinePerProblem() throws {
        let folder = try ScenarioFixtures.folder([
            "a.json": #"{"name": "a", "status": "CAPTURD", "colour": "red"}"#,
            "b.json": "{\n  \"name\": \"b\"\n  \"status\": \"FAILED\"\n}\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let lint = try SandboxProcess(["scenarios", "lint", folder.path, "/nonexistent.json"])
        let lines = Self.output(lint).split(separator: "\n").map(String.init)
        #expect(lint.finish().status == 1)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines[0].hasPrefix("\(folder.path)/a.json:$.colour: unknown field \"colour\""))
        #expect(lines[1].hasPrefix("\(folder.path)/a.json:$.status: \"CAPTURD\" is not a status"))
        #expect(lines[2].hasPrefix("\(folder.path)/b.json:3:3: "))
        #expect(lines[3] == "/nonexistent.json:$: no such file or folder")
    }

    @Test func start_WithABrokenScenarioFile_ExitsTwo_NamingIt() throws {
        let folder = try ScenarioFixtures.folder(["bad.json": #"{"name": "bad", "status": "NOPE"}"#])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.json").path
        let sandbox = try SandboxProcess(["--port", "0", "--scenarios", file])
        let (status, errors) = sandbox.finish()
        #expect(status == 2)
        #expect(
            errors.hasPrefix("tap-sandbox: cannot load scenarios: \(file):$.status: \"NOPE\" is not a status"),
            "\(errors)")
        let missing = try SandboxProcess(["--port", "0"], environment: ["TAP_SANDBOX_SCENARIOS": "/nonexistent"])
        let (missingStatus, missingErrors) = missing.finish()
        #expect(missingStatus == 2)
        #expect(missingErrors.contains("/nonexistent:$: no such file or folder"))
    }

    @Test func start_WithAScenarioFile_AppliesIt() throws {
        let folder = try ScenarioFixtures.folder([
            "mine.json":
                #"{"name": "mine", "automatic": true, "match": {"resource": "customer"}, "error": {"status": 503, "code": "9999", "description": "down"}}"#
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let sandbox = try SandboxProcess(["--port", "0", "--quiet", "--scenarios", folder.path])
        let port = try sandbox.waitForListening()
        let client = try RawClient(port: port)
        try client.send("GET /v2/customers/cus_1 HTTP/1.1\r\nAuthorization: Bearer sk_test_cli1\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 503)
        #expect(response.headers["x-sandbox-scenario"] == "mine")
    }
}
