/// An incremental HTTP/1.1 response parser (RFC 9112): status line, header fields, then a body framed by
/// `Transfer-Encoding: chunked`, `Content-Length` or the end of the connection. Interim 1xx responses are
/// skipped. Pure: no I/O. Bodies are kept up to a cap; past it the response completes as truncated, so the
/// caller stops reading and memory stays bounded however much the peer sends.
struct HTTPClientResponseParser {
    enum Outcome: Equatable {
        case needMore
        case complete(HTTPClientResponse)
        case failure(String)
    }

    private enum State {
        case head(scanned: Int)
        case length(HTTPClientResponse, remaining: Int)
        case chunked(HTTPClientResponse, ChunkedBodyParser)
        case untilClose(HTTPClientResponse)
        case done
    }

    private let maxHeadBytes: Int
    private let maxBodyBytes: Int
    /// A response to HEAD has no body whatever its headers say (RFC 9110 §9.3.2).
    private let requestWasHead: Bool
    private var state = State.head(scanned: 0)

    init(maxHeadBytes: Int, maxBodyBytes: Int, requestWasHead: Bool = false) {
        self.maxHeadBytes = maxHeadBytes
        self.maxBodyBytes = maxBodyBytes
        self.requestWasHead = requestWasHead
    }

    /// Parses from the start of `buffer` (every byte not consumed before); returns the bytes consumed.
    mutating func parse(_ buffer: UnsafeRawBufferPointer) -> (consumed: Int, outcome: Outcome) {
        var consumed = 0
        while true {
            let rest = UnsafeRawBufferPointer(rebasing: buffer[consumed...])
            let (used, outcome) = step(rest)
            consumed += used
            // A skipped 1xx head leaves the state at `.head` with bytes still to look at.
            guard outcome == .needMore, used > 0, consumed < buffer.count else { return (consumed, outcome) }
        }
    }

    /// The peer closed the connection: completes a close-delimited body, anything else is cut short.
    mutating func finish() -> Outcome {
        switch state {
        case .untilClose(let response):
            state = .done
            return .complete(response)
        case .head(let scanned) where scanned == 0:
            return .failure("the connection closed before a response arrived")
        default:
            return .failure("the connection closed before the response was complete")
        }
    }

    private mutating func step(_ buffer: UnsafeRawBufferPointer) -> (Int, Outcome) {
        switch state {
        case .done:
            return (0, .needMore)
        case .head(let scanned):
            return parseHead(buffer, scanned: scanned)
        case .length(var response, let remaining):
            let take = min(remaining, buffer.count)
            let truncated = keep(UnsafeRawBufferPointer(rebasing: buffer[0..<take]), in: &response)
            if truncated || take == remaining { return (take, finished(response, truncated: truncated)) }
            state = .length(response, remaining: remaining - take)
            return (take, .needMore)
        case .untilClose(var response):
            if keep(buffer, in: &response) { return (buffer.count, finished(response, truncated: true)) }
            state = .untilClose(response)
            return (buffer.count, .needMore)
        case .chunked(var response, var chunks):
            // No limit inside the chunk parser: one call appends at most `buffer`, and the body is cut to the
            // cap right after, so a huge chunk still leaves its first bytes for the log.
            let (used, outcome) = chunks.parse(buffer, into: &response.body, maxBodyBytes: .max)
            if response.body.count > maxBodyBytes {
                response.body.removeLast(response.body.count - maxBodyBytes)
                return (used, finished(response, truncated: true))
            }
            switch outcome {
            case .needMore:
                state = .chunked(response, chunks)
                return (used, .needMore)
            case .complete:
                return (used, finished(response, truncated: false))
            case .failure(let failure):
                state = .done
                return (used, .failure(failure.message.replacing("request", with: "response")))
            }
        }
    }

    /// Appends what fits under the cap; true when some of `bytes` did not fit.
    private func keep(_ bytes: UnsafeRawBufferPointer, in response: inout HTTPClientResponse) -> Bool {
        let room = maxBodyBytes - response.body.count
        response.body.append(contentsOf: bytes.prefix(room))
        return bytes.count > room
    }

    private mutating func finished(_ response: HTTPClientResponse, truncated: Bool) -> Outcome {
        var response = response
        response.bodyTruncated = truncated
        state = .done
        return .complete(response)
    }

    private mutating func parseHead(_ buffer: UnsafeRawBufferPointer, scanned: Int) -> (Int, Outcome) {
        guard let end = HeadScanner.endOfHead(buffer, from: scanned) else {
            if buffer.count > maxHeadBytes { return fail("the response head exceeds \(maxHeadBytes) bytes") }
            state = .head(scanned: max(0, buffer.count - 3))
            return (0, .needMore)
        }
        if end > maxHeadBytes { return fail("the response head exceeds \(maxHeadBytes) bytes") }
        switch ResponseHead.parse(UnsafeRawBufferPointer(rebasing: buffer[0..<end])) {
        case .failure(let error):
            return fail(error.message)
        case .success(let response):
            return (end, begin(response))
        }
    }

    /// RFC 9112 §6.3: which framing the body has.
    private mutating func begin(_ response: HTTPClientResponse) -> Outcome {
        let code = response.status.code
        if code >= 100 && code < 200 && code != 101 {
            state = .head(scanned: 0)
            return .needMore
        }
        if requestWasHead || code < 200 || code == 204 || code == 304 { return finished(response, truncated: false) }
        let codings = response.headers.values(for: "transfer-encoding").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingSpaces.lowercased() }
        if !codings.isEmpty {
            // Chunked must be the last coding; otherwise the body runs to the end of the connection.
            state = codings.last == "chunked" ? .chunked(response, ChunkedBodyParser()) : .untilClose(response)
            return .needMore
        }
        let lengths = response.headers.values(for: "content-length")
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.map { $0.trimmingSpaces }
        guard let first = lengths.first else {
            state = .untilClose(response)
            return .needMore
        }
        guard let length = TokenBytes.decimal(first), lengths.allSatisfy({ $0 == first }) else {
            state = .done
            return .failure("the response has an invalid or conflicting Content-Length")
        }
        if length == 0 { return finished(response, truncated: false) }
        state = .length(response, remaining: length)
        return .needMore
    }

    private mutating func fail(_ message: String) -> (Int, Outcome) {
        state = .done
        return (0, .failure(message))
    }
}

/// The status line and header fields of a response (RFC 9112 §4, §5). Lenient where that is safe: a bare
/// LF ends a line, the reason phrase may be missing; strict where framing depends on it.
enum ResponseHead {
    static func parse(_ head: UnsafeRawBufferPointer) -> Result<HTTPClientResponse, HTTPClientError> {
        var lines = LineIterator(buffer: head)
        guard case .success(let first)? = lines.next() else {
            return .failure(malformed("the response has no status line"))
        }
        guard let status = statusLine(UnsafeRawBufferPointer(rebasing: head[first])) else {
            return .failure(malformed("the status line is not 'HTTP/1.x NNN reason'"))
        }
        var response = HTTPClientResponse(status: status)
        while let line = lines.next() {
            guard case .success(let range) = line else {
                return .failure(malformed("a bare CR or NUL in the response head"))
            }
            if range.isEmpty { break }
            let text = head[range]
            guard let colon = text.firstIndex(of: .colon), colon > range.lowerBound,
                text[range.lowerBound..<colon].allSatisfy(TokenBytes.isTokenByte)
            else { return .failure(malformed("a malformed header line in the response")) }
            let name = TokenBytes.lowercasedString(UnsafeRawBufferPointer(rebasing: head[range.lowerBound..<colon]))
            let value = Substring(
                String(decoding: UnsafeRawBufferPointer(rebasing: head[(colon + 1)..<range.upperBound]), as: UTF8.self))
            response.headers.appendLowercased(name: name, value: String(value.trimmingSpaces))
        }
        return .success(response)
    }

    private static func malformed(_ message: String) -> HTTPClientError {
        HTTPClientError(.malformedResponse, message)
    }

    private static func statusLine(_ line: UnsafeRawBufferPointer) -> HTTPStatus? {
        let text = String(decoding: line, as: UTF8.self)
        let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "HTTP/1.1" || parts[0] == "HTTP/1.0", parts[1].utf8.count == 3,
            let code = TokenBytes.decimal(parts[1]), code >= 100
        else { return nil }
        let reason = parts.count > 2 ? String(parts[2].trimmingSpaces) : ""
        return HTTPStatus(code: code, reason: reason.isEmpty ? nil : reason)
    }
}
