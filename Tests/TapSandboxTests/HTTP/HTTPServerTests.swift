import Foundation
import Testing

@testable import TapSandbox

/// Live tests over real sockets on an ephemeral port.
@Suite struct HTTPServerTests {
    @Test func keepAlive_ServesSeveralRequestsOnOneConnection() throws {
        try withServer { port in
            let client = try RawClient(port: port)
            for index in 0..<5 {
                try client.send("GET /n\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.text == "GET /n\(index)")
                #expect(response.headers["content-length"] == "\("GET /n\(index)".utf8.count)")
            }
        }
    }

    @Test func pipelining_AnswersInOrder_EvenWhenAnEarlierResponseIsGated() throws {
        try withServer { port in
            let client = try RawClient(port: port)
            try client.send(
                "GET /slow?ms=150 HTTP/1.1\r\n\r\nGET /second HTTP/1.1\r\n\r\nPOST /echo HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
            #expect(try client.readResponse().text == "slow 150")
            #expect(try client.readResponse().text == "GET /second")
            #expect(try client.readResponse().text == "abc")
        }
    }

    @Test func chunkedBody_IsDecoded() throws {
        try withServer { port in
            let client = try RawClient(port: port)
            try client.send("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n")
            try client.send("5\r\npedia\r\n0\r\n\r\n")
            #expect(try client.readResponse().text == "Wikipedia")
        }
    }

    @Test func expectContinue_Answers100_ThenTheResponse() throws {
        try withServer { port in
            let client = try RawClient(port: port)
            try client.send("POST /echo HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
            let interim = try client.readResponse()
            #expect(interim.status == 100)
            try client.send("hello")
            let final = try client.readResponse()
            #expect(final.status == 200)
            #expect(final.text == "hello")
        }
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 17_000) + "\r\n\r\n", 431),
        ("POST /echo HTTP/1.1\r\nContent-Length: 2000\r\n\r\n", 413),
        ("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
    ])
    func protocolErrors_AreAnsweredAsJSON_AndClosed(request: String, status: Int) throws {
        try withServer({ $0.limits.maxBodyBytes = 1000 }) { port in
            let client = try RawClient(port: port)
            try client.send(request)
            let response = try client.readResponse()
            #expect(response.status == status)
            #expect(response.headers["content-type"] == "application/json")
            #expect(response.headers["connection"] == "close")
            #expect(response.text.contains(#""code":"\#(status)""#))
            #expect(client.isClosedByServer())
        }
    }

    @Test func stalledClient_IsClosedWith408_AndDelaysNobody() throws {
        try withServer({ $0.requestTimeoutMs = 300 }) { port in
            let stalled = try RawClient(port: port)
            try stalled.send("POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")
            let other = try RawClient(port: port)
            let start = Date()
            try other.send("GET /quick HTTP/1.1\r\n\r\n")
            #expect(try other.readResponse().status == 200)
            #expect(Date().timeIntervalSince(start) < 0.25)
            let timedOut = try stalled.readResponse()
            #expect(timedOut.status == 408)
            #expect(stalled.isClosedByServer())
        }
    }

    @Test func idleKeepAliveConnections_DoNotDelayANewRequest() throws {
        try withServer { port in
            var idle: [RawClient] = []
            for _ in 0..<200 {
                let client = try RawClient(port: port)
                try client.send("GET /warm HTTP/1.1\r\n\r\n")
                _ = try client.readResponse()
                idle.append(client)
            }
            var worst = 0.0
            for _ in 0..<5 {
                let fresh = try RawClient(port: port)
                let start = Date()
                try fresh.send("GET /fresh HTTP/1.1\r\n\r\n")
                #expect(try fresh.readResponse().status == 200)
                worst = max(worst, Date().timeIntervalSince(start))
            }
            #expect(worst < 0.05, "a new request waited \(worst) s behind 200 idle connections")
            #expect(idle.count == 200)
        }
    }

    @Test func headRequest_HasLengthButNoBody() throws {
        try withServer { port in
            let client = try RawClient(port: port)
            try client.send("HEAD /thing HTTP/1.1\r\n\r\nGET /after HTTP/1.1\r\n\r\n")
            let head = try client.readResponse(headRequest: true)
            #expect(head.headers["content-length"] == "\("HEAD /thing".utf8.count)")
            #expect(try client.readResponse().text == "GET /after")
        }
    }

    @Test func connectionClose_IsHonoured() throws {
        try withServer { port in
            let client = try RawClient(port: port)
            try client.send("GET /bye HTTP/1.1\r\nConnection: close\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.headers["connection"] == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test func halfClosedClient_StillGetsItsAnswer() throws {
        try withServer { port in
            let client = try RawClient(port: port)
            try client.send("GET /slow?ms=50 HTTP/1.1\r\n\r\n")
            client.shutdownWrite()
            #expect(try client.readResponse().text == "slow 50")
            #expect(client.isClosedByServer())
        }
    }

    @Test func stop_FinishesInFlightRequests() throws {
        let server = try HTTPServer(options: HTTPServerOptions(), handler: EchoHandler())
        let client = try RawClient(port: server.port)
        try client.send("GET /slow?ms=200 HTTP/1.1\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.05)
        server.stop()
        let response = try client.readResponse()
        #expect(response.text == "slow 200")
        #expect(response.headers["connection"] == "close" || client.isClosedByServer())
        #expect(throws: (any Error).self) { try RawClient(port: server.port) }
    }

    /// An explicit stop and then another (as a deinit's) must leave alone the socket that has the first
    /// listener's descriptor number by then: here the next server's listener, made right after.
    @Test func stop_Twice_LeavesTheNextServersSocketOpen() throws {
        let first = try HTTPServer(options: HTTPServerOptions(), handler: EchoHandler())
        first.stop()
        try withServer { port in
            first.stop()
            let client = try RawClient(port: port)
            try client.send("GET /still HTTP/1.1\r\n\r\n")
            #expect(try client.readResponse().text == "GET /still")
        }
    }

    @Test func largeBodies_AreEchoedCompletely() throws {
        try withServer({ $0.limits.maxBodyBytes = 4 << 20 }) { port in
            let client = try RawClient(port: port)
            let payload = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try client.send(Array("POST /echo HTTP/1.1\r\nContent-Length: \(payload.count)\r\n\r\n".utf8) + payload)
            let response = try client.readResponse()
            #expect(response.body == payload)
        }
    }
}
