import Testing

@testable import TapSandbox

/// The request journal keeps at most 64 KiB of each body (found by scripts/hostile_clients.py: CSV downloads
/// and 1 MiB bodies repeated 1,000 times made it hold hundreds of MB; docs/robustness.md).
@Suite struct JournalBodyTests {
    static func lastRecord(_ sandbox: TestSandbox) -> TestResponse {
        let journal = sandbox.call(.get, "/_sandbox/requests")
        let count = journal.value("requests")?.arrayValue?.count ?? 0
        return TestResponse(
            response: .json(journal.value("requests.\(count - 1)")?.encoded() ?? [], status: .ok))
    }

    @Test func largeRequestBody_IsCutTo64KiB_WithANote() throws {
        let sandbox = try TestSandbox()
        let body = String(repeating: " ", count: 200_000) + "{}"
        #expect(sandbox.call(.post, "/v2/charges", body).status == 400)
        let kept = try #require(Self.lastRecord(sandbox).string("body"))
        #expect(kept.utf8.count < JournalBody.maxBytes + 64)
        #expect(kept.hasSuffix("… (\(body.utf8.count - JournalBody.maxBytes) more bytes not kept)"))
    }

    @Test func largeResponse_IsCutTo64KiB_AndSmallOnesStayJSON() throws {
        let sandbox = try TestSandbox()
        for _ in 0..<600 { _ = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()) }
        let download = sandbox.call(.post, "/v2/charges/download", "{}")
        #expect(download.body.count > JournalBody.maxBytes)
        let kept = try #require(Self.lastRecord(sandbox).string("response"))
        #expect(kept.hasPrefix(String(decoding: download.body.prefix(100), as: UTF8.self)))
        #expect(kept.hasSuffix("… (\(download.body.count - JournalBody.maxBytes) more bytes not kept)"))
        _ = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        #expect(Self.lastRecord(sandbox).string("response.object") == "charge")
    }
}
