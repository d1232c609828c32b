import Synchronization

@testable import TapSandbox

/// A handler made of a closure, for in-process receivers.
struct ClosureHandler: HTTPHandler {
    let body: @Sendable (HTTPRequest) -> HTTPResponse

    func respond(to request: HTTPRequest) -> HTTPResponse { body(request) }

    func respond(to failure: HTTPFailure) -> HTTPResponse { HTTPResponse(status: failure.status) }
}

/// An in-process webhook receiver (STYLE.md §9.10 example 10): our own `HTTPServer` on an ephemeral port
/// that records every request and answers with the next scripted answer (the last one repeats). `.hang`
/// holds the answer back, without blocking a thread, until the receiver stops.
final class WebhookReceiver: Sendable {
    enum Answer: Sendable {
        case status(Int)
        case redirect(String)
        case hang
        /// 200 when the `hashstring` header is right for the body and `key`, else 401: a merchant who verifies.
        case verify(key: String)
    }

    /// What the handler shares with the tests.
    private final class Record: Sendable {
        let requests = Mutex<[HTTPRequest]>([])
        let gates = Mutex<[ResponseGate]>([])
        let script: Mutex<ArraySlice<Answer>>

        init(_ answers: [Answer]) {
            script = Mutex(answers[...])
        }

        /// The next scripted answer; the last one repeats.
        func nextAnswer() -> Answer {
            script.withLock { script in (script.count > 1 ? script.popFirst() : script.first) ?? .status(200) }
        }
    }

    private let server: HTTPServer
    private let record: Record

    init(_ answers: [Answer] = [.status(200)]) throws {
        var options = HTTPServerOptions()
        options.shutdownGraceMs = 200
        options.loopCount = 1
        server = try HTTPServer(options: options)
        let record = Record(answers)
        self.record = record
        server.start(handler: ClosureHandler { request in Self.answer(request, record: record) })
    }

    private static func answer(_ request: HTTPRequest, record: Record) -> HTTPResponse {
        record.requests.withLock { $0.append(request) }
        switch record.nextAnswer() {
        case .status(let code):
            return HTTPResponse(status: HTTPStatus(code: code), body: Array("answer \(code)".utf8))
        case .redirect(let location):
            return HTTPResponse(status: .found, headers: ["location": location])
        case .hang:
            let gate = ResponseGate()
            record.gates.withLock { $0.append(gate) }
            return HTTPResponse(status: .ok, gate: gate)
        case .verify(let key):
            let valid = request.headers["hashstring"] == WebhookCheck.signature(of: request.body, key: key)
            return HTTPResponse(status: valid ? .ok : .unauthorized)
        }
    }

    deinit { stop() }

    var port: Int { server.port }
    var url: String { "http://127.0.0.1:\(port)/hook" }
    var requests: [HTTPRequest] { record.requests.withLock { $0 } }

    /// Answers every held request, then stops the server.
    func stop() {
        for gate in record.gates.withLock({ $0 }) { gate.open() }
        server.stop()
    }
}
