/// A response to send. The server adds `Content-Length` itself; `gate`, when present, holds the response
/// back (and every later response on the same connection, to keep pipelined answers in order) until it opens.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    public var gate: ResponseGate?

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], body: [UInt8] = [], gate: ResponseGate? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.gate = gate
    }

    /// A response whose body is `text` in UTF-8 with the given content type.
    public static func text(_ text: String, status: HTTPStatus = .ok, contentType: String = "text/plain; charset=utf-8")
        -> HTTPResponse
    {
        HTTPResponse(status: status, headers: ["content-type": contentType], body: Array(text.utf8))
    }

    /// A response whose body is already-encoded JSON.
    public static func json(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["content-type": "application/json"], body: body)
    }
}

extension HTTPResponse {
    /// Appends the wire form of the response (RFC 9112 §4, §6.2) to `output`.
    /// For HEAD the body is left out but `Content-Length` still announces its size (RFC 9110 §9.3.2).
    func serialize(into output: inout [UInt8], omitBody: Bool, close: Bool) {
        output.reserveCapacity(output.count + 160 + body.count)
        output.append(contentsOf: "HTTP/1.1 ".utf8)
        appendDecimal(status.code, to: &output)
        output.append(UInt8(ascii: " "))
        output.append(contentsOf: status.reason.utf8)
        output.append(contentsOf: "\r\n".utf8)
        for field in headers.fields where field.name != "content-length" && field.name != "connection" {
            output.append(contentsOf: field.name.utf8)
            output.append(contentsOf: ": ".utf8)
            output.append(contentsOf: field.value.utf8)
            output.append(contentsOf: "\r\n".utf8)
        }
        if status.code >= 200 && status.code != 204 && status.code != 304 {
            output.append(contentsOf: "content-length: ".utf8)
            appendDecimal(body.count, to: &output)
            output.append(contentsOf: "\r\n".utf8)
        }
        if close { output.append(contentsOf: "connection: close\r\n".utf8) }
        output.append(contentsOf: "\r\n".utf8)
        if !omitBody { output.append(contentsOf: body) }
    }
}

/// Appends the decimal digits of a non-negative integer without going through `String`.
func appendDecimal(_ value: Int, to output: inout [UInt8]) {
    if value < 10 {
        output.append(UInt8(ascii: "0") + UInt8(value))
        return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
        while rest > 0 {
            buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            count += 1
        }
        for index in stride(from: count - 1, through: 0, by: -1) { output.append(buffer[index]) }
    }
}
