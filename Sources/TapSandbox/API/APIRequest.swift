/// A request on its way through an API handler: the HTTP request, who sent it, and its body decoded once.
public struct APIRequest: Sendable {
    public let http: HTTPRequest
    public let caller: Caller
    public let store: Store
    /// The scenario that answers this request, if any (`ScenarioSelection`), for the handlers of payments
    /// and tokens to apply.
    public var scenario: ScenarioDecision?
    private var decoded: JSONValue?

    public init(http: HTTPRequest, caller: Caller, store: Store) {
        self.http = http
        self.caller = caller
        self.store = store
    }

    /// The calling account; endpoints with `Access.secretKey` always have one.
    public var account: Account {
        get throws(TapError) {
            guard case .account(let account) = caller else { throw .authorizationRequired }
            return account
        }
    }

    /// The calling account if the request named one (control API calls may act on all accounts).
    public var optionalAccount: Account? {
        if case .account(let account) = caller { return account }
        return nil
    }

    /// A path parameter of the route (`:id`).
    public func parameter(_ name: String) -> String {
        http.parameters[name] ?? ""
    }

    /// The body as JSON, or as a PHP-style form when sent as `application/x-www-form-urlencoded`
    /// (CONTRACT.md §3). An empty body reads as `{}`; anything unreadable is Tap's 1103.
    public mutating func body() throws(TapError) -> JSONValue {
        if let decoded { return decoded }
        let value = try BodyDecoding.decode(http)
        decoded = value
        return value
    }

    /// The body, which must be a JSON object.
    public mutating func bodyObject() throws(TapError) -> JSONObject {
        guard let object = try body().objectValue else { throw .malformedBody("the body must be a JSON object") }
        return object
    }
}

/// Turns request bodies into JSON values.
enum BodyDecoding {
    static func decode(_ request: HTTPRequest) throws(TapError) -> JSONValue {
        let body = request.body
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .object(JSONObject()) }
        let contentType = request.headers["content-type"]?.lowercased() ?? ""
        // `curl -d '{...}'` labels JSON as a form: a body that opens like JSON is read as JSON.
        let first = body.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        let looksLikeJSON = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        do {
            if contentType.hasPrefix("application/x-www-form-urlencoded") && !looksLikeJSON {
                return .object(try FormURLEncoded.parse(body))
            }
            return try JSONParser.parse(body)
        } catch {
            throw .malformedBody("the body is not valid JSON (\(error))")
        }
    }
}
