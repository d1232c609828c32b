import TapSandbox

/// What the HTTP fuzzer checks on any bytes: `HTTPRequestParser` reports the same requests and failures
/// however a connection happens to split the bytes (all at once, or in pieces of 1-64 bytes as `recv`
/// hands them over), never consumes more than it was given, never stalls on bytes it could use, and
/// only hands out requests that keep its own rules (RFC 9112 framing, token header names, no control
/// characters in values). Checked with the default limits and with small ones, so the 431/413 paths run
/// on fuzzer-sized inputs too.
public enum HTTPParserProperty {
    static let limitSets = [
        HTTPRequestParser.Limits(),
        HTTPRequestParser.Limits(maxHeadBytes: 256, maxHeaderCount: 8, maxBodyBytes: 512),
    ]

    /// A description of the first broken rule, or nil when every rule holds.
    public static func check(_ bytes: [UInt8]) -> String? {
        for (index, limits) in limitSets.enumerated() {
            if let problem = check(bytes, limits: limits, tallied: index == 0) {
                return "\(problem) (limits \(limits))"
            }
        }
        return nil
    }

    private static func check(_ bytes: [UInt8], limits: HTTPRequestParser.Limits, tallied: Bool) -> String? {
        var feeds = [("split", ParserFeed.pieces(for: bytes))]
        // Byte at a time is the hardest split; it costs a parse call per byte, so only on short inputs.
        if bytes.count <= 2_048 { feeds.append(("byte-at-a-time", Array(repeating: 1, count: bytes.count))) }
        let reference: [ParserEvent]
        switch ParserFeed.events(of: bytes, limits: limits, pieces: [bytes.count]) {
        case .failure(let problem): return "whole feeding: \(problem.text)"
        case .success(let events): reference = events
        }
        if tallied { FuzzTally.record(refused: reference.contains { if case .failure = $0 { true } else { false } }) }
        for (name, pieces) in feeds {
            switch ParserFeed.events(of: bytes, limits: limits, pieces: pieces) {
            case .failure(let problem): return "\(name) feeding: \(problem.text)"
            case .success(let events) where events != reference:
                return "\(name) feeding saw \(events), whole feeding saw \(reference)"
            case .success: continue
            }
        }
        for case .request(let request) in reference {
            if let problem = problem(with: request, limits: limits) { return problem }
        }
        return nil
    }

    /// The rules every request handed to a handler keeps.
    static func problem(with request: ParsedRequest, limits: HTTPRequestParser.Limits) -> String? {
        if request.method.isEmpty { return "an empty method" }
        if request.path != "*" && !request.path.hasPrefix("/") { return "path \(request.path) is not origin-form" }
        let target = Array(request.path.utf8) + Array((request.query ?? "").utf8)
        if target.contains(where: { $0 <= 0x20 || $0 >= 0x7F }) { return "a control byte in the target" }
        for (name, value) in request.headers.map({ ($0.name, $0.value) }) {
            if name.isEmpty || name != name.lowercased() { return "header name \(name) is not lowercased" }
            if value.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) {
                return "a control byte in the value of \(name)"
            }
            if value.first == " " || value.last == " " || value.first == "\t" || value.last == "\t" {
                return "untrimmed whitespace in the value of \(name)"
            }
        }
        if request.bodyCount > limits.maxBodyBytes { return "a body of \(request.bodyCount) bytes passed the limit" }
        let lengths = request.headers.filter { $0.name == "content-length" }
        let encodings = request.headers.filter { $0.name == "transfer-encoding" }
        if !lengths.isEmpty && !encodings.isEmpty { return "both Content-Length and Transfer-Encoding passed" }
        if let length = lengths.first.flatMap({ Int($0.value.split(separator: ",").first ?? "") }),
            length != request.bodyCount
        {
            return "Content-Length \(length) but a body of \(request.bodyCount) bytes"
        }
        return nil
    }
}
