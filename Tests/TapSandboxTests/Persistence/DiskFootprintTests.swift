import Foundation
import Testing

@testable import TapSandbox

/// What reaches the disk: nothing without `--data-dir`, and never a live key with it (CONTRACT.md §2).
@Suite struct DiskFootprintTests {
    @Test func withoutDataDir_NoFileAppears() throws {
        let home = try TemporaryFolder()
        let work = try TemporaryFolder()
        let process = try SandboxProcess(
            ["--port", "0", "--quiet"], environment: ["HOME": home.path, "TMPDIR": home.path], directory: work.url)
        let port = try process.waitForListening()
        let client = try RawClient(port: port)
        for (path, body) in [("/v2/charges", TestSandbox.chargeBody()), ("/v2/customers", #"{"first_name":"A"}"#)] {
            try client.send(
                "POST \(path) HTTP/1.1\r\nAuthorization: Bearer \(TestSandbox.key)\r\n"
                    + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
            #expect(try client.readResponse().status == 200)
        }
        kill(process.process.processIdentifier, SIGTERM)
        #expect(process.finish().status == 0)
        #expect(home.names().isEmpty)
        #expect(work.names().isEmpty)
    }

    @Test func liveKeys_NeverReachTheDataDirectory() throws {
        let folder = try TemporaryFolder()
        let sandbox = try TestSandbox.persistent(folder)
        let liveSecret = "sk_live_LiveSecretMustNotBeWritten42"
        let livePublishable = "pk_live_LivePublishableMustNotBeWritten42"
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), key: liveSecret).status == 401)
        #expect(sandbox.call(.post, "/_sandbox/reset", key: liveSecret).status == 401)
        #expect(sandbox.call(.post, "/v2/tokens", TestSandbox.cardTokenBody(), key: livePublishable).status == 401)
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).status == 200)
        let persistence = try #require(sandbox.persistence)
        try persistence.compactor.compact(writer: persistence.writer)
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).status == 200)
        sandbox.sandbox.stop()
        let written = folder.names().flatMap { folder.read($0) }
        #expect(Self.contains(written, TestSandbox.key), "the search itself finds a test key")
        #expect(!Self.contains(written, liveSecret))
        #expect(!Self.contains(written, livePublishable))
        #expect(!Self.contains(written, "_live_"))
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains {
            haystack[$0..<($0 + needle.count)].elementsEqual(needle)
        }
    }
}
