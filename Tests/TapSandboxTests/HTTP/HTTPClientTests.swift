import Testing

@testable import TapSandbox

@Suite struct HTTPClientTests {
    @Test func post_ToLocalServer_ReturnsStatusAndBody() throws {
        try withServer { port in
            let client = HTTPClient()
            let result = client.send(HTTPClientRequest(method: .post, url: "http://127.0.0.1:\(port)/echo", body: Array("hello".utf8)))
            let response = try result.get()
            #expect(response.status.code == 200)
            #expect(response.body == Array("hello".utf8))
        }
    }
}
