import Testing

@testable import TapSandbox

@Suite struct HTTPClientResponseParserTests {
    /// Feeds `wire` in pieces of `piece` bytes as a socket would, then the end of the stream.
    static func parse(
        _ wire: String, piece: Int = .max, maxBodyBytes: Int = 1_024, head: Bool = false, closeAtEnd: Bool = true
    ) -> HTTPClientResponseParser.Outcome {
        var parser = HTTPClientResponseParser(maxHeadBytes: 256, maxBodyBytes: maxBodyBytes, requestWasHead: head)
        var pending: [UInt8] = []
        let bytes = Array(wire.utf8)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + max(1, min(piece, bytes.count)))
            pending += bytes[offset..<end]
            offset = end
            let (consumed, outcome) = pending.withUnsafeBytes { parser.parse($0) }
            pending.removeFirst(consumed)
            if outcome != .needMore { return outcome }
        }
        return closeAtEnd ? parser.finish() : .needMore
    }

    static func body(_ outcome: HTTPClientResponseParser.Outcome) -> String? {
        guard case .complete(let response) = outcome else { return nil }
        return String(decoding: response.body, as: UTF8.self)
    }

    @Test(arguments: [1, 3, 1_000])
    func contentLength_ReadsExactlyTheBody_InAnyPieces(piece: Int) {
        let outcome = Self.parse(
            "HTTP/1.1 201 Created\r\nContent-Length: 5\r\nX-A:  b \r\n\r\nhelloEXTRA", piece: piece)
        guard case .complete(let response) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(response.status.code == 201)
        #expect(response.status.reason == "Created")
        #expect(response.headers["x-a"] == "b")
        #expect(response.body == Array("hello".utf8))
        #expect(!response.bodyTruncated)
    }

    @Test(arguments: [1, 7, 1_000])
    func chunked_IsDecoded(piece: Int) {
        let wire =
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n1\r\n!\r\n0\r\nTrailer: t\r\n\r\n"
        #expect(Self.body(Self.parse(wire, piece: piece, closeAtEnd: false)) == "hello!")
    }

    @Test func closeDelimited_EndsWithTheConnection() {
        let wire = "HTTP/1.0 200 OK\r\nServer: old\r\n\r\nall of it"
        #expect(Self.body(Self.parse(wire, closeAtEnd: false)) == nil)
        #expect(Self.body(Self.parse(wire)) == "all of it")
    }

    @Test func interimResponses_AreSkipped() {
        let wire =
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
        guard case .complete(let response) = Self.parse(wire, piece: 5) else {
            Issue.record("incomplete")
            return
        }
        #expect(response.status.code == 200)
        #expect(response.headers["link"] == nil)
    }

    @Test(arguments: [
        ("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", false),
        ("HTTP/1.1 304 Not Modified\r\n\r\n", false),
        ("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", true),
    ])
    func bodylessResponses_CompleteAtTheirHead(wire: String, head: Bool) {
        #expect(Self.body(Self.parse(wire, head: head, closeAtEnd: false)) == "")
    }

    @Test(arguments: [
        "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + String(repeating: "x", count: 100),
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" + String(repeating: "x", count: 100)
            + "\r\n0\r\n\r\n",
        "HTTP/1.1 200 OK\r\n\r\n" + String(repeating: "x", count: 100),
    ])
    func longBodies_AreCutAtTheCap_AndMarkedTruncated(wire: String) {
        guard case .complete(let response) = Self.parse(wire, piece: 9, maxBodyBytes: 10, closeAtEnd: false) else {
            Issue.record("a capped body must complete without waiting for the rest")
            return
        }
        #expect(response.body == Array(repeating: UInt8(ascii: "x"), count: 10))
        #expect(response.bodyTruncated)
    }

    @Test(arguments: [
        "HTTP/2 200\r\n\r\n",
        "HTTP/1.1 20 OK\r\n\r\n",
        "ICY 200 OK\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        "HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "HTTP/1.1 200 OK\r\nX-Big: " + String(repeating: "a", count: 300) + "\r\n\r\n",
    ])
    func malformedResponses_Fail(wire: String) {
        guard case .failure = Self.parse(wire, closeAtEnd: false) else {
            Issue.record("accepted: \(wire.prefix(60))")
            return
        }
    }

    @Test(arguments: ["", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabc", "HTTP/1.1 200 OK\r\n"])
    func earlyClose_IsAFailure(wire: String) {
        guard case .failure = Self.parse(wire) else {
            Issue.record("accepted a cut response")
            return
        }
    }
}
