import TapSandbox

/// What one parse step reported, in a comparable form.
enum ParserEvent: Equatable, CustomStringConvertible {
    case request(ParsedRequest)
    case continueExpected
    case failure(status: Int, message: String)

    var description: String {
        switch self {
        case .request(let request): "request(\(request))"
        case .continueExpected: "100-continue"
        case .failure(let status, let message): "failure(\(status) \(message))"
        }
    }
}

/// One request as `HTTPParserProperty` compares them: everything the handler would see.
struct ParsedRequest: Equatable, CustomStringConvertible {
    var method: String
    var path: String
    var query: String?
    var version: HTTPVersion
    var headers: [Header]
    var body: [UInt8]

    struct Header: Equatable {
        var name: String
        var value: String
    }

    init(_ request: HTTPRequest) {
        method = request.method.rawValue
        path = request.path
        query = request.query
        version = request.version
        headers = request.headers.fields.map { Header(name: $0.name, value: $0.value) }
        body = request.body
    }

    var bodyCount: Int { body.count }

    var description: String {
        "\(method) \(path)\(query.map { "?" + $0 } ?? "") \(headers.count) header(s), \(body.count)-byte body"
    }
}
