import Foundation
import Testing

@testable import TapSandbox
@testable import TapSandboxFuzzing

/// Every committed fuzz input (the seeds in fuzz/corpus and the crashes the fuzzers found, kept in
/// fuzz/regressions) keeps its target's property: the fuzzers' findings stay fixed in every `swift test`.
@Suite(.serialized) struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz").path

    static func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
        ["corpus", "regressions"].flatMap { kind in
            FuzzReplay.files(at: "\(fuzzFolder)/\(kind)/\(target)").compactMap { file in
                FileManager.default.contents(atPath: file).map { (String(file.dropFirst(fuzzFolder.count)), Array($0)) }
            }
        }
    }

    @Test func httpParserInputs_KeepTheProperty() {
        let inputs = Self.inputs("http-parser")
        #expect(inputs.count >= 50)
        for input in inputs {
            #expect(HTTPParserProperty.check(input.bytes) == nil, "\(input.name)")
        }
    }

    @Test func requestBodyInputs_KeepTheProperty() throws {
        let property = try RequestBodyProperty()
        let inputs = Self.inputs("request-bodies")
        #expect(inputs.count >= 100)
        for input in inputs {
            #expect(property.check(input.bytes) == nil, "\(input.name)")
        }
    }

    @Test func responseRule_CatchesA5xx_AnHTMLAPIAnswer_AndABrokenEnvelope() {
        let envelope = TapError.invalid("1102", "amount is required").response
        #expect(ResponseRule.problem(with: envelope, path: "/v2/charges") == nil)
        let archive = HTTPResponse(headers: ["content-type": "application/zip"], body: [0x50, 0x4B, 3, 4])
        #expect(ResponseRule.problem(with: archive, path: "/v2/payouts/download") == nil)
        let cases: [(HTTPResponse, String)] = [
            (HTTPResponse(status: .internalServerError), "/v2/charges"),
            (.json(Array(#"{"errors":[]}"#.utf8), status: .badRequest), "/v2/charges"),
            (HTTPResponse(headers: ["content-type": "application/zip"], body: [0x50, 0x4B]), "/v2/charges/x"),
            (.text("<p>no</p>", status: .badRequest, contentType: "text/html"), "/v2/charges"),
            (HTTPResponse(status: .found, headers: ["location": "http://x/\r\nset-cookie: a"]), "/_sandbox/pay/x"),
        ]
        for (response, path) in cases {
            #expect(ResponseRule.problem(with: response, path: path) != nil, "\(response.status.code) \(path)")
        }
    }

    @Test func parserFeed_SeesTheSameRequests_HoweverTheBytesAreSplit() throws {
        let bytes = Array("GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi".utf8)
        let whole = try ParserFeed.events(of: bytes, limits: .init(), pieces: [bytes.count]).get()
        let single = try ParserFeed.events(of: bytes, limits: .init(), pieces: Array(repeating: 1, count: bytes.count))
            .get()
        #expect(whole.count == 2)
        #expect(whole == single)
        #expect(ParserFeed.pieces(for: bytes).reduce(0, +) >= bytes.count)
    }

    @Test func tally_CountsEachInput_AndTheRefusedOnes() throws {
        let before = FuzzTally.counts
        #expect(HTTPParserProperty.check(Array("GET / HTTP/1.1\r\nno colon\r\n\r\n".utf8)) == nil)
        #expect(try RequestBodyProperty().check([0, 0] + Array("{".utf8)) == nil)
        let after = FuzzTally.counts
        #expect(after.tried >= before.tried + 2)
        #expect(after.refused >= before.refused + 2)
        #expect(FuzzTally.summary.hasPrefix("tally: "))
    }

    /// The body fuzzer aims at every endpoint that reads a body: a new one must join `FuzzRoute.all`. Reset
    /// (which would wipe the fixtures), webhook replay and the review's probe (which send webhooks, and wait
    /// for their answers) read none.
    @Test func fuzzRoutes_CoverEveryRouteThatReadsABody() throws {
        func shape(_ pattern: String) -> String {
            pattern.split(separator: "/").map { $0.hasPrefix(":") || $0.hasPrefix("{") ? "*" : String($0) }
                .joined(separator: "/")
        }
        let fuzzed = Set(FuzzRoute.all.map { "\($0.method) \(shape($0.pattern))" })
        let sandbox = try TestSandbox()
        let unfuzzed = ["/_sandbox/reset", "/_sandbox/webhooks", "/_sandbox/review/probe"]
        for route in sandbox.sandbox.app.router.routes where [.post, .put, .patch].contains(route.method) {
            let name = "\(route.method) \(shape(route.pattern))"
            let skipped = unfuzzed.contains { route.pattern.hasPrefix($0) }
            #expect(fuzzed.contains(name) || skipped, "\(route) is not fuzzed")
        }
    }
}
