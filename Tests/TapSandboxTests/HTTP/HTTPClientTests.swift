import Dispatch
import Foundation
import Testing

@testable import TapSandbox

@Suite(.timeLimit(.minutes(1))) struct HTTPClientTests {
    @Test func post_ToLocalServer_ReturnsStatusAndBody() throws {
        try withServer { port in
            let request = HTTPClientRequest(
                method: .post, url: "http://127.0.0.1:\(port)/echo", body: Array("hello".utf8))
            let response = try HTTPClient().send(request).get()
            #expect(response.status.code == 200)
            #expect(response.body == Array("hello".utf8))
        }
    }

    @Test func hostName_TriesEachAddressUntilOneAccepts() throws {
        // `localhost` may resolve to ::1 first while the server listens on 127.0.0.1 only.
        try withServer { port in
            let response = try HTTPClient().send(HTTPClientRequest(method: .get, url: "http://localhost:\(port)/a?b=c"))
                .get()
            #expect(response.body == Array("GET /a".utf8))
        }
    }

    @Test func serialize_AddsHostLengthAndClose_UnlessGiven() throws {
        let url = try #require(HTTPClientURL("http://Example.com:8080/p?q=1#frag"))
        let wire = HTTPClient.serialize(
            HTTPClientRequest(method: .post, url: "", headers: ["x-a": "1"], body: Array("{}".utf8)), url: url)
        #expect(
            String(decoding: wire, as: UTF8.self)
                == "POST /p?q=1 HTTP/1.1\r\nx-a: 1\r\nhost: example.com:8080\r\ncontent-length: 2\r\n"
                + "connection: close\r\n\r\n{}"
        )
    }

    @Test(arguments: [
        ("http://h", "h", 80, "h", "/", false),
        ("https://h/x", "h", 443, "h", "/x", true),
        ("https://h:443?q", "h", 443, "h", "/?q", true),
        ("http://u:p@h:81/x", "h", 81, "h:81", "/x", false),
        ("http://[::1]:8080/x", "::1", 8080, "[::1]:8080", "/x", false),
    ])
    func url_SplitsHostPortAuthorityAndTarget(
        url: String, host: String, port: Int, authority: String, target: String, secure: Bool
    ) throws {
        let parsed = try #require(HTTPClientURL(url))
        #expect(parsed.host == host)
        #expect(parsed.port == port)
        #expect(parsed.authority == authority)
        #expect(parsed.target == target)
        #expect(parsed.isSecure == secure)
    }

    @Test(arguments: ["ftp://h/", "http://", "http://h:0/", "http://h:65536/", "http://h:x/", "http://h/a b", "h/x"])
    func url_RejectsWhatCannotBeSent(url: String) {
        #expect(HTTPClientURL(url) == nil)
        guard case .failure(let error) = HTTPClient().send(HTTPClientRequest(method: .get, url: url)) else {
            Issue.record("sent to \(url)")
            return
        }
        #expect(error.kind == .invalidURL)
    }

    @Test func refusedConnection_IsAConnectError() {
        guard case .failure(let error) = HTTPClient().send(HTTPClientRequest(method: .get, url: "http://127.0.0.1:9/"))
        else {
            Issue.record("connected to the discard port")
            return
        }
        #expect(error.kind == .connect)
        #expect(error.message.contains("refused"))
    }

    @Test func building_HappensOnlyOnceConnected_AndIsWhatWasSent() throws {
        let built = Locked(0)
        let refused = HTTPClient().send(to: "http://127.0.0.1:9/x") {
            built.withLock { $0 += 1 }
            return HTTPClientRequest(method: .post, url: "http://127.0.0.1:9/x")
        }
        #expect(refused.request == nil)
        #expect(built.withLock { $0 } == 0, "nothing is built for a refused connection")
        try withServer { port in
            let url = "http://127.0.0.1:\(port)/echo"
            let sent = HTTPClient().send(to: url) {
                built.withLock { $0 += 1 }
                return HTTPClientRequest(method: .post, url: url, body: Array("built".utf8))
            }
            #expect(built.withLock { $0 } == 1)
            #expect(sent.request?.body == Array("built".utf8))
            #expect((try? sent.result.get())?.body == Array("built".utf8))
        }
    }

    @Test func silentServer_TimesOutAtTheDeadline() throws {
        try withServer({ $0.shutdownGraceMs = 50 }) { port in
            let client = HTTPClient(options: HTTPClientOptions(timeoutMs: 200))
            let started = ContinuousClock.now
            let result = client.send(HTTPClientRequest(method: .get, url: "http://127.0.0.1:\(port)/slow?ms=5000"))
            let elapsed = ContinuousClock.now - started
            guard case .failure(let error) = result else {
                Issue.record("answered")
                return
            }
            #expect(error.kind == .timeout)
            #expect(elapsed >= .milliseconds(190))
            #expect(elapsed < .seconds(4), "took \(elapsed)")
        }
    }

    @Test func redirect_IsReturned_NotFollowed() throws {
        let handler = ClosureHandler { _ in HTTPResponse(status: .found, headers: ["location": "/elsewhere"]) }
        try withServer(handler: handler) { port in
            let response = try HTTPClient().send(HTTPClientRequest(method: .post, url: "http://127.0.0.1:\(port)/"))
                .get()
            #expect(response.status.code == 302)
            #expect(response.headers["location"] == "/elsewhere")
        }
    }

    @Test func hugeResponse_IsCutAtTheCap() throws {
        let handler = ClosureHandler { _ in HTTPResponse(status: .ok, body: [UInt8](repeating: 65, count: 8 << 20)) }
        try withServer(handler: handler) { port in
            var options = HTTPClientOptions()
            options.maxBodyBytes = 64 * 1024
            let response = try HTTPClient(options: options).send(
                HTTPClientRequest(method: .get, url: "http://127.0.0.1:\(port)/")
            ).get()
            #expect(response.status.code == 200)
            #expect(response.body.count == 64 * 1024)
            #expect(response.bodyTruncated)
        }
    }

    @Test func healthCheck_UsesTheClient() throws {
        let sandbox = try TestSandbox()
        #expect(HealthCheck.run(url: "http://127.0.0.1:\(sandbox.port)/_sandbox/health", timeoutMs: 2_000))
        #expect(!HealthCheck.run(url: "http://127.0.0.1:\(sandbox.port)/nope", timeoutMs: 2_000))
        #expect(!HealthCheck.run(url: "http://127.0.0.1:9/_sandbox/health", timeoutMs: 2_000))
    }
}

/// https through OpenSSL against a Python `ssl` server whose certificate was made for the test.
@Suite(.timeLimit(.minutes(1)), .enabled(if: TLSTestServer.isAvailable)) struct HTTPClientTLSTests {
    static func get(_ url: String, insecure: Bool = false, trusting file: String? = nil) -> Result<
        HTTPClientResponse, HTTPClientError
    > {
        var options = HTTPClientOptions(timeoutMs: 5_000, insecureTLS: insecure)
        options.trustedCertificatesFile = file
        return HTTPClient(options: options).send(HTTPClientRequest(method: .get, url: url))
    }

    @Test func selfSignedCertificate_FailsVerification_UnlessInsecure() throws {
        let server = try TLSTestServer()
        let url = "https://127.0.0.1:\(server.port)/"
        guard case .failure(let error) = Self.get(url) else {
            Issue.record("trusted a self-signed certificate")
            return
        }
        #expect(error.kind == .tls)
        #expect(error.message.contains("failed verification"))
        let response = try Self.get(url, insecure: true).get()
        #expect(response.status.code == 200)
        #expect(response.body == Array("ok".utf8))
    }

    @Test func trustedCertificate_IsCheckedAgainstTheHostName() throws {
        let server = try TLSTestServer()
        #expect(
            try Self.get("https://127.0.0.1:\(server.port)/", trusting: server.certificateFile).get().status.code == 200
        )
        guard case .failure(let error) = Self.get("https://localhost:\(server.port)/", trusting: server.certificateFile)
        else {
            Issue.record("accepted a certificate for other.example at localhost")
            return
        }
        #expect(error.kind == .tls)
        #expect(error.message.contains("hostname mismatch"))
        #expect(try Self.get("https://localhost:\(server.port)/", insecure: true).get().status.code == 200)
    }

    @Test func webhook_ToAnHTTPSReceiver_NeedsTheInsecureFlagForASelfSignedCertificate() throws {
        let server = try TLSTestServer()
        let url = "https://127.0.0.1:\(server.port)/hook"
        let strict = try TestSandbox()
        let refused = try #require(strict.capturedCharge(postURL: url).string("id"))
        let failed = try #require(strict.waitForCompletedAttempts(1, of: refused).first)
        #expect(failed.string("attempts.0.error")?.contains("failed verification") == true)
        let insecure = try TestSandbox { $0.webhookInsecureTLS = true }
        let accepted = try #require(insecure.capturedCharge(postURL: url).string("id"))
        let delivered = try #require(insecure.waitForCompletedAttempts(1, of: accepted).first)
        #expect(delivered.string("status") == "SUCCESS")
        #expect(delivered.string("attempts.0.response.body") == "ok")
    }
}
