/// An incremental HTTP/1.1 request parser (RFC 9112). Feed it the bytes a connection has buffered; it
/// reports how many it consumed and, when one is complete, a request. Pure: no I/O, no clock.
///
/// Strictness follows the RFC's "MUST reject" rules, which also close the request-smuggling doors:
/// whitespace before a header colon, obsolete line folding, `Transfer-Encoding` together with
/// `Content-Length`, conflicting `Content-Length` values, and bare CR are all answered 400.
public struct HTTPRequestParser: Sendable {
    /// Size limits; exceeding them is answered 431 (head) or 413 (body).
    public struct Limits: Sendable, Equatable {
        /// Request line plus header fields, in bytes (CONTRACT.md §1a: 16 KiB).
        public var maxHeadBytes = 16 * 1024
        public var maxHeaderCount = 100
        public var maxBodyBytes = 1_048_576

        public init(maxHeadBytes: Int = 16 * 1024, maxHeaderCount: Int = 100, maxBodyBytes: Int = 1_048_576) {
            self.maxHeadBytes = maxHeadBytes
            self.maxHeaderCount = maxHeaderCount
            self.maxBodyBytes = maxBodyBytes
        }
    }

    /// What the parser found in the bytes it consumed.
    public enum Event: Sendable {
        /// A complete request.
        case request(HTTPRequest)
        /// The head asked for `Expect: 100-continue` and a body is coming: the server should answer 100.
        case continueExpected
        /// The bytes cannot be a valid request; the connection must answer and close.
        case failure(HTTPFailure)
    }

    enum State: Sendable {
        case head(scanned: Int)
        case fixedBody(HTTPRequest, remaining: Int)
        case chunked(HTTPRequest, ChunkedBodyParser)
        case failed
    }

    public let limits: Limits
    private(set) var state: State = .head(scanned: 0)

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Whether a head has been parsed and its body is still arriving. A connection is also mid-request
    /// while it holds unconsumed bytes; the server combines both to tell a stalled client from an idle one.
    public var isReadingBody: Bool {
        if case .head = state { return false }
        return true
    }

    /// Parses from the start of `buffer`, which holds every byte not consumed by earlier calls.
    /// Returns the number of bytes consumed and the event they completed, if any.
    public mutating func parse(_ buffer: UnsafeRawBufferPointer) -> (consumed: Int, event: Event?) {
        switch state {
        case .failed:
            return (0, nil)
        case .head(let scanned):
            return parseHead(buffer, scanned: scanned)
        case .fixedBody(var request, let remaining):
            let take = min(remaining, buffer.count)
            request.body.append(contentsOf: buffer[0..<take])
            if take == remaining {
                state = .head(scanned: 0)
                return (take, .request(request))
            }
            state = .fixedBody(request, remaining: remaining - take)
            return (take, nil)
        case .chunked(var request, var body):
            let (consumed, outcome) = body.parse(buffer, into: &request.body, maxBodyBytes: limits.maxBodyBytes)
            switch outcome {
            case .needMore:
                state = .chunked(request, body)
                return (consumed, nil)
            case .complete:
                state = .head(scanned: 0)
                return (consumed, .request(request))
            case .failure(let failure):
                state = .failed
                return (consumed, .failure(failure))
            }
        }
    }

    private mutating func parseHead(_ buffer: UnsafeRawBufferPointer, scanned: Int) -> (Int, Event?) {
        // RFC 9112 §2.2: ignore empty lines received before the request line.
        var start = 0
        while start < buffer.count, buffer[start] == .cr || buffer[start] == .lf { start += 1 }
        if start == buffer.count {
            return (start, nil)
        }
        guard let end = HeadScanner.endOfHead(buffer, from: max(start, scanned)) else {
            if buffer.count - start > limits.maxHeadBytes {
                return fail(.headerFieldsTooLarge, "the request line and headers exceed \(limits.maxHeadBytes) bytes")
            }
            state = .head(scanned: max(0, buffer.count - start - 3))
            return (start, nil)
        }
        if end - start > limits.maxHeadBytes {
            return fail(.headerFieldsTooLarge, "the request line and headers exceed \(limits.maxHeadBytes) bytes")
        }
        let head = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
        switch HeadScanner.parse(head, limits: limits) {
        case .failure(let failure):
            state = .failed
            return (end, .failure(failure))
        case .success(let (request, framing)):
            return begin(request, framing: framing, consumed: end)
        }
    }

    private mutating func begin(_ request: HTTPRequest, framing: BodyFraming, consumed: Int) -> (Int, Event?) {
        let expectsContinue = request.headers["expect"].map { $0.lowercased() == "100-continue" } ?? false
        switch framing {
        case .none:
            state = .head(scanned: 0)
            return (consumed, .request(request))
        case .length(let length):
            if length > limits.maxBodyBytes {
                return fail(.contentTooLarge, "the request body exceeds \(limits.maxBodyBytes) bytes")
            }
            if length == 0 {
                state = .head(scanned: 0)
                return (consumed, .request(request))
            }
            var request = request
            request.body.reserveCapacity(length)
            state = .fixedBody(request, remaining: length)
        case .chunked:
            state = .chunked(request, ChunkedBodyParser())
        }
        return (consumed, expectsContinue ? .continueExpected : nil)
    }

    private mutating func fail(_ status: HTTPStatus, _ message: String) -> (Int, Event?) {
        state = .failed
        return (0, .failure(HTTPFailure(status: status, message: message)))
    }
}

/// A request the server refuses before any handler sees it. The connection closes after the answer.
public struct HTTPFailure: Error, Sendable, Equatable {
    public var status: HTTPStatus
    public var message: String

    public init(status: HTTPStatus, message: String) {
        self.status = status
        self.message = message
    }
}

/// How the body of a request is delimited (RFC 9112 §6.3).
enum BodyFraming: Equatable {
    case none
    case length(Int)
    case chunked
}

extension UInt8 {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")

    /// The byte with A-Z mapped to a-z: HTTP's names and tokens compare without regard to ASCII case.
    var asciiLowercased: UInt8 { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self | 0x20 : self }
}
