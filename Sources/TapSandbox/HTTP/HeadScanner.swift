#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds and parses the head (request line and header fields) of a request: RFC 9112 §2-§6.
enum HeadScanner {
    /// The index just past the blank line that ends the head, searching from `from`; nil if not there yet.
    /// A line may end in CRLF or, leniently, a bare LF (RFC 9112 §2.2).
    static func endOfHead(_ buffer: UnsafeRawBufferPointer, from: Int) -> Int? {
        var start = from
        while let index = buffer.index(of: .lf, from: start, to: buffer.count) {
            if index >= 1 && buffer[index - 1] == .lf { return index + 1 }
            if index >= 2 && buffer[index - 1] == .cr && buffer[index - 2] == .lf { return index + 1 }
            start = index + 1
        }
        return nil
    }

    static func parse(_ head: UnsafeRawBufferPointer, limits: HTTPRequestParser.Limits)
        -> Result<(HTTPRequest, BodyFraming), HTTPFailure>
    {
        var lines = LineIterator(buffer: head)
        guard let requestLine = lines.next() else { return .failure(.malformed("empty request")) }
        if case .failure(let failure) = requestLine { return .failure(failure) }
        guard case .success(let lineRange) = requestLine else { return .failure(.malformed("empty request")) }
        var request: HTTPRequest
        switch RequestLine.parse(UnsafeRawBufferPointer(rebasing: head[lineRange])) {
        case .success(let parsed): request = parsed
        case .failure(let failure): return .failure(failure)
        }
        while let line = lines.next() {
            guard case .success(let range) = line else {
                if case .failure(let failure) = line { return .failure(failure) }
                continue
            }
            if range.isEmpty { break }
            if request.headers.count >= limits.maxHeaderCount {
                return .failure(HTTPFailure(status: .headerFieldsTooLarge, message: "more than \(limits.maxHeaderCount) header fields"))
            }
            switch parseField(UnsafeRawBufferPointer(rebasing: head[range])) {
            case .success(let field): request.headers.appendLowercased(name: field.name, value: field.value)
            case .failure(let failure): return .failure(failure)
            }
        }
        return framing(of: request).map { (request, $0) }
    }

    /// `name: value` with OWS trimmed from the value (RFC 9112 §5, §5.2 obs-fold rejected).
    private static func parseField(_ line: UnsafeRawBufferPointer) -> Result<(name: String, value: String), HTTPFailure> {
        if line[0] == .space || line[0] == .tab {
            return .failure(.malformed("obsolete line folding in a header field"))
        }
        guard let colon = line.index(of: .colon, from: 0, to: line.count) else {
            return .failure(.malformed("a header line has no colon"))
        }
        guard colon > 0 else { return .failure(.malformed("a header field has an empty name")) }
        for index in 0..<colon where !TokenBytes.isTokenByte(line[index]) {
            return .failure(.malformed(
                line[index] == .space || line[index] == .tab
                    ? "whitespace between a header name and its colon"
                    : "invalid character in a header name"))
        }
        var start = colon + 1
        var end = line.count
        while start < end, line[start] == .space || line[start] == .tab { start += 1 }
        while end > start, line[end - 1] == .space || line[end - 1] == .tab { end -= 1 }
        for index in start..<end {
            let byte = line[index]
            if byte < 0x20 && byte != .tab || byte == 0x7F {
                return .failure(.malformed("a control character in the value of a header field"))
            }
        }
        let name = TokenBytes.lowercasedString(UnsafeRawBufferPointer(rebasing: line[0..<colon]))
        let value = String(decoding: UnsafeRawBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
        return .success((name, value))
    }

    /// RFC 9112 §6.1-§6.3: Transfer-Encoding wins the framing, but together with Content-Length it is a
    /// smuggling attempt and refused; Content-Length values must agree.
    private static func framing(of request: HTTPRequest) -> Result<BodyFraming, HTTPFailure> {
        // One pass over the (already lowercased) names; most requests have neither field or one length.
        var encodings: [String] = []
        var lengths: [String] = []
        for field in request.headers.fields {
            if field.name == "content-length" {
                lengths.append(field.value)
            } else if field.name == "transfer-encoding" {
                encodings.append(field.value)
            }
        }
        if !encodings.isEmpty {
            if !lengths.isEmpty {
                return .failure(.malformed("both Transfer-Encoding and Content-Length are present"))
            }
            if request.version == .http10 {
                return .failure(.malformed("Transfer-Encoding in an HTTP/1.0 request"))
            }
            let codings = encodings.flatMap { $0.split(separator: ",") }
                .map { $0.trimmingSpaces.lowercased() }
            guard codings == ["chunked"] else {
                return .failure(HTTPFailure(
                    status: .notImplemented, message: "only the chunked transfer coding is supported"))
            }
            return .success(.chunked)
        }
        guard !lengths.isEmpty else { return .success(.none) }
        var length: Int?
        for field in lengths {
            for text in field.split(separator: ",", omittingEmptySubsequences: false) {
                guard let value = TokenBytes.decimal(text.trimmingSpaces) else {
                    return .failure(.malformed("Content-Length is not a number"))
                }
                if let length, length != value { return .failure(.malformed("conflicting Content-Length values")) }
                length = value
            }
        }
        return .success(.length(length ?? 0))
    }
}

/// The request line: `method SP request-target SP HTTP-version` (RFC 9112 §3). Works on bytes: it runs
/// for every request, and Character-level `String` work here was a large share of a request's cost.
enum RequestLine {
    static func parse(_ line: UnsafeRawBufferPointer) -> Result<HTTPRequest, HTTPFailure> {
        guard let firstSpace = line.firstIndex(of: .space), firstSpace > 0 else {
            return .failure(.malformed("the request line is not 'METHOD target HTTP/1.1'"))
        }
        guard let secondSpace = line[(firstSpace + 1)...].firstIndex(of: .space), secondSpace > firstSpace + 1,
            !line[(secondSpace + 1)...].contains(.space)
        else { return .failure(.malformed("the request line is not 'METHOD target HTTP/1.1'")) }
        for index in 0..<firstSpace where !TokenBytes.isTokenByte(line[index]) {
            return .failure(.malformed("invalid character in the method"))
        }
        let version: HTTPVersion
        switch parseVersion(UnsafeRawBufferPointer(rebasing: line[(secondSpace + 1)...])) {
        case .success(let parsed): version = parsed
        case .failure(let failure): return .failure(failure)
        }
        let target = UnsafeRawBufferPointer(rebasing: line[(firstSpace + 1)..<secondSpace])
        for byte in target where byte <= 0x20 || byte >= 0x7F {
            return .failure(.malformed("invalid character in the request target"))
        }
        guard let (path, query) = splitTarget(target) else {
            return .failure(.malformed("the request target must be a path such as /v2/charges"))
        }
        let method = HTTPMethod(bytes: UnsafeRawBufferPointer(rebasing: line[0..<firstSpace]))
        return .success(HTTPRequest(method: method, path: path, query: query, version: version))
    }

    private static func parseVersion(_ text: UnsafeRawBufferPointer) -> Result<HTTPVersion, HTTPFailure> {
        if text.elementsEqual("HTTP/1.1".utf8) { return .success(.http11) }
        if text.elementsEqual("HTTP/1.0".utf8) { return .success(.http10) }
        if text.count == 8 && text.starts(with: "HTTP/".utf8) {
            let other = String(decoding: text, as: UTF8.self)
            return .failure(HTTPFailure(status: .versionNotSupported, message: "\(other) is not supported; use HTTP/1.1"))
        }
        return .failure(.malformed("the request line does not end in HTTP/1.1"))
    }

    /// Origin form `/path?query`, or absolute form `http://host/path?query` (RFC 9112 §3.2.2), or `*`.
    private static func splitTarget(_ target: UnsafeRawBufferPointer) -> (String, String?)? {
        if target.count == 1 && target[0] == UInt8(ascii: "*") { return ("*", nil) }
        var start = 0
        if target.starts(with: "http://".utf8) || target.starts(with: "https://".utf8) {
            // Skip scheme and authority: the path starts at the first '/' or '?' after "//".
            let authority = (target.firstIndex(of: .colon) ?? 0) + 3
            start = target[authority...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? target.count
            if start == target.count || target[start] == UInt8(ascii: "?") {
                let query = start < target.count ? Self.string(target, from: start + 1, to: target.count) : nil
                return ("/", query)
            }
        }
        guard start < target.count, target[start] == UInt8(ascii: "/") else { return nil }
        guard let mark = target[start...].firstIndex(of: UInt8(ascii: "?")) else {
            return (Self.string(target, from: start, to: target.count), nil)
        }
        return (Self.string(target, from: start, to: mark), Self.string(target, from: mark + 1, to: target.count))
    }

    private static func string(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

/// Iterates the lines of a head; each is a byte range without its CRLF or LF. A bare CR or a NUL is an error.
struct LineIterator {
    let buffer: UnsafeRawBufferPointer
    var position = 0

    mutating func next() -> Result<Range<Int>, HTTPFailure>? {
        guard position < buffer.count else { return nil }
        let start = position
        let lineFeed = buffer.index(of: .lf, from: start, to: buffer.count) ?? buffer.count
        position = lineFeed + 1
        let end = lineFeed > start && buffer[lineFeed - 1] == .cr ? lineFeed - 1 : lineFeed
        if buffer.index(of: .cr, from: start, to: end) != nil {
            return .failure(.malformed("a bare CR inside a header line"))
        }
        if buffer.index(of: 0, from: start, to: end) != nil {
            return .failure(.malformed("a NUL byte in the request head"))
        }
        return .success(start..<end)
    }
}

/// Byte classes and conversions for RFC 9110 §5.6.2 tokens.
enum TokenBytes {
    private static let tokenTable: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(UInt8(byte))
        }
    }

    static func isTokenByte(_ byte: UInt8) -> Bool { tokenTable[Int(byte)] }

    static func lowercasedString(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            for (index, byte) in bytes.enumerated() {
                output[index] = byte.asciiLowercased
            }
            return bytes.count
        }
    }

    /// A non-negative decimal without sign or spaces, or nil (also on overflow).
    static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }
}

extension UnsafeRawBufferPointer {
    /// The first index of `byte` in `start..<end`, through `memchr` (vectorised by the C library: heads are
    /// scanned byte by byte several times per request).
    func index(of byte: UInt8, from start: Int, to end: Int) -> Int? {
        guard let base = baseAddress, start < end else { return nil }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}

extension HTTPFailure {
    static func malformed(_ message: String) -> HTTPFailure {
        HTTPFailure(status: .badRequest, message: "Malformed HTTP request: \(message)")
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs (HTTP's OWS).
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
