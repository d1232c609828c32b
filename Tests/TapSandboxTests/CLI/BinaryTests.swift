import Foundation
import Testing

/// The executable as users run it: its first line, its exit statuses, its signal handling.
@Suite struct BinaryTests {
    @Test func portZero_PrintsTheExactListeningLine_WithTheRealPort() throws {
        let sandbox = try SandboxProcess(["--port", "0", "--quiet"])
        let port = try sandbox.waitForListening()
        #expect(sandbox.firstLine == "tap-sandbox listening on http://127.0.0.1:\(port)")
        let client = try RawClient(port: port)
        try client.send("GET /_sandbox/health HTTP/1.1\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.text.contains(#""status":"ok""#))
    }

    @Test func environmentVariables_ConfigureTheServer() throws {
        let sandbox = try SandboxProcess([], environment: ["TAP_SANDBOX_PORT": "0", "TAP_SANDBOX_QUIET": "1"])
        let port = try sandbox.waitForListening()
        #expect(port > 0)
    }

    @Test(arguments: [["--port", "80x"], ["--bogus"], ["--log-format", "xml"], ["serve", "extra"]])
    func badFlag_ExitsWithStatus2_AndOneLine(arguments: [String]) throws {
        let sandbox = try SandboxProcess(arguments)
        let (status, errors) = sandbox.finish()
        #expect(status == 2)
        let lines = errors.split(separator: "\n")
        #expect(lines.count == 1, "stderr was: \(errors)")
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func signal_FinishesTheRequestInFlight_ThenExits0(signal: Int32) throws {
        let sandbox = try SandboxProcess(["--port", "0", "--quiet"])
        let port = try sandbox.waitForListening()
        let client = try RawClient(port: port)
        // A request that is still arriving when the signal lands must still be answered.
        try client.send("POST /v2/charges HTTP/1.1\r\nAuthorization: Bearer sk_test_abc\r\nContent-Length: 2\r\n\r\n")
        kill(sandbox.process.processIdentifier, signal)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(sandbox.process.isRunning, "exited early: \(sandbox.finish())")
        try client.send("{}")
        let response = try client.readResponse()
        #expect(response.status == 400)
        #expect(response.headers["connection"] == "close")
        let (status, _) = sandbox.finish()
        #expect(status == 0)
        #expect(throws: (any Error).self) { try RawClient(port: port) }
    }

    @Test func help_And_Version_ExitZero() throws {
        let help = try SandboxProcess(["--help"])
        let helpText = String(decoding: help.stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(help.finish().status == 0)
        #expect(helpText.contains("--port"))
        let version = try SandboxProcess(["--version"])
        let versionText = String(decoding: version.stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(version.finish().status == 0)
        #expect(versionText.hasPrefix("tap-sandbox "))
    }
}
