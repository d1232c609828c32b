import Synchronization

/// An HTTP/1.1 client on blocking sockets, for webhooks and the health probe: one request per connection
/// (`Connection: close`, as Tap's webhook sender does), `http://` and `https://`, one deadline for the whole
/// exchange, redirects returned rather than followed, response bodies capped. `send` blocks the calling
/// thread, so call it from a dedicated worker thread, never from an event loop or a Dispatch work item.
public final class HTTPClient: Sendable {
    public let options: HTTPClientOptions
    /// Made on first https use, so http-only use never loads the certificate store.
    private let tls = Mutex<TLSContext?>(nil)

    public init(options: HTTPClientOptions = HTTPClientOptions()) {
        self.options = options
    }

    /// Sends `request` and reads the response.
    public func send(_ request: HTTPClientRequest) -> Result<HTTPClientResponse, HTTPClientError> {
        send(to: request.url) { request }.result
    }

    /// Connects to `url` (TLS included), then builds the request with `build` and sends it to `url`: a
    /// receiver that cannot be reached costs no request. `request` is what was built, nil when the
    /// connection failed first.
    public func send(to url: String, building build: () -> HTTPClientRequest)
        -> (request: HTTPClientRequest?, result: Result<HTTPClientResponse, HTTPClientError>)
    {
        guard let parsed = HTTPClientURL(url) else {
            return (nil, .failure(HTTPClientError(.invalidURL, "not an absolute http(s) URL: \(url)")))
        }
        let deadline = monotonicMilliseconds() + Int64(options.timeoutMs)
        let stream: any ClientStream
        do {
            stream = try open(parsed, deadline: deadline)
        } catch {
            return (nil, .failure(error))
        }
        defer { stream.close() }
        let request = build()
        do {
            try stream.write(Self.serialize(request, url: parsed), deadline: deadline)
            return (request, .success(try receive(from: stream, isHead: request.method == .head, deadline: deadline)))
        } catch {
            return (request, .failure(error))
        }
    }

    private func open(_ url: HTTPClientURL, deadline: Int64) throws(HTTPClientError) -> any ClientStream {
        let socket = try ClientSocket.connect(host: url.host, port: url.port, deadline: deadline)
        guard url.isSecure else { return socket }
        do {
            return try TLSStream(socket: socket, context: try tlsContext(), host: url.host, deadline: deadline)
        } catch {
            socket.close()
            throw error
        }
    }

    private func tlsContext() throws(HTTPClientError) -> TLSContext {
        if let cached = tls.withLock({ $0 }) { return cached }
        let context = try TLSContext(
            verifyPeer: !options.insecureTLS, trustedCertificatesFile: options.trustedCertificatesFile)
        return tls.withLock { cached in
            if let cached { return cached }
            cached = context
            return context
        }
    }

    private func receive(from stream: any ClientStream, isHead: Bool, deadline: Int64)
        throws(HTTPClientError) -> HTTPClientResponse
    {
        var parser = HTTPClientResponseParser(
            maxHeadBytes: options.maxHeadBytes, maxBodyBytes: options.maxBodyBytes, requestWasHead: isHead)
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            // `withUnsafeMutableBytes` only rethrows untyped errors: carry the typed one out in a Result.
            let count = try chunk.withUnsafeMutableBytes { buffer in
                Result { () throws(HTTPClientError) -> Int in try stream.read(into: buffer, deadline: deadline) }
            }.get()
            let outcome: HTTPClientResponseParser.Outcome
            if count == 0 {
                outcome = parser.finish()
            } else {
                pending.append(contentsOf: chunk[0..<count])
                let (consumed, result) = pending.withUnsafeBytes { parser.parse($0) }
                pending.removeFirst(consumed)
                outcome = result
            }
            switch outcome {
            case .needMore: continue
            case .complete(let response): return response
            case .failure(let message): throw HTTPClientError(.malformedResponse, message)
            }
        }
    }

    /// The request's wire form: `Host`, `Content-Length` and `Connection: close` added unless given.
    static func serialize(_ request: HTTPClientRequest, url: HTTPClientURL) -> [UInt8] {
        var headers = request.headers
        if headers["host"] == nil { headers.add(name: "host", value: url.authority) }
        if headers["content-length"] == nil && (!request.body.isEmpty || request.method == .post) {
            headers.add(name: "content-length", value: String(request.body.count))
        }
        if headers["connection"] == nil { headers.add(name: "connection", value: "close") }
        var output: [UInt8] = []
        output.reserveCapacity(256 + request.body.count)
        output.append(contentsOf: "\(request.method.rawValue) \(url.target) HTTP/1.1\r\n".utf8)
        for field in headers.fields {
            output.append(contentsOf: "\(field.name): \(field.value)\r\n".utf8)
        }
        output.append(contentsOf: "\r\n".utf8)
        output.append(contentsOf: request.body)
        return output
    }
}
