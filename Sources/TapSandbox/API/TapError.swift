/// The one error type of the API: an HTTP status plus Tap's error code and description, rendered as Tap's
/// envelope `{"errors":[{"code":"1144","description":"Charge not found"}]}` (spec §3.1). Handlers throw it;
/// `App` catches it in one place.
public struct TapError: Error, Sendable, Equatable, CustomStringConvertible {
    public var status: HTTPStatus
    /// Tap's code: a string of digits (spec §3.3).
    public var code: String
    public var description: String
    /// Extra response headers, e.g. `retry-after` on 429.
    public var headers: HTTPHeaders = [:]
    /// Further errors of the same answer (spec §3.1: "errors are returned in an array"), e.g. every problem
    /// of a scenario sent to `POST /_sandbox/scenarios`.
    public var further: [Further] = []

    /// One more entry of the `errors` array.
    public struct Further: Sendable, Equatable {
        public var code: String
        public var description: String

        public init(code: String, description: String) {
            self.code = code
            self.description = description
        }
    }

    public init(status: HTTPStatus, code: String, description: String) {
        self.status = status
        self.code = code
        self.description = description
    }

    /// A 400 with Tap's validation code for a field (spec §3.3).
    public static func invalid(_ code: String, _ description: String) -> TapError {
        TapError(status: .badRequest, code: code, description: description)
    }
}

// Authentication (CONTRACT.md §2, spec §2.3).
extension TapError {
    public static let authorizationRequired = TapError(
        status: .unauthorized, code: "2107", description: "Authorization Required")
    public static let invalidAPIKey = TapError(status: .unauthorized, code: "2104", description: "Invalid API Key")
    public static let secretKeyRequired = TapError(
        status: .unauthorized, code: "2106", description: "Please use the secret key, the public key given")
    public static let liveKeyRefused = TapError(
        status: .unauthorized, code: "1101",
        description: "Secret API Key and Environment are mismatched: live keys are never accepted by the sandbox")
}

// Request shape and routing.
extension TapError {
    public static let malformedJSON = TapError.invalid("1103", "Required inputs are invalid: the body is not valid JSON")

    public static func malformedBody(_ detail: String) -> TapError {
        .invalid("1103", "Required inputs are invalid: \(detail)")
    }

    public static func routeNotFound(_ method: HTTPMethod, _ path: String) -> TapError {
        TapError(status: .notFound, code: "2102", description: "Request not found: no route for \(method) \(path)")
    }

    public static func methodNotAllowed(_ method: HTTPMethod, _ path: String, allowed: [HTTPMethod]) -> TapError {
        let list = allowed.map(\.rawValue).sorted().joined(separator: ", ")
        var error = TapError(
            status: .methodNotAllowed, code: "2102",
            description: "Request not found: \(path) does not accept \(method); it accepts \(list)")
        error.headers.add(name: "allow", value: list)
        return error
    }

    /// A protocol-level refusal from the HTTP layer (malformed, too large, timed out); the code is the status.
    public static func transport(_ status: HTTPStatus, _ message: String) -> TapError {
        TapError(status: status, code: String(status.code), description: message)
    }

    public static func internalError(_ detail: String) -> TapError {
        TapError(status: .internalServerError, code: "9999", description: "Internal server error: \(detail)")
    }
}

// Objects that do not exist (CONTRACT.md §3: 404 in the path, 400 inside a body).
extension TapError {
    /// The not-found error of a resource, e.g. charge → 1144 "Charge not found".
    public static func notFound(_ resource: NotFoundResource, inBody: Bool = false) -> TapError {
        TapError(status: inBody ? .badRequest : .notFound, code: resource.code, description: resource.description)
    }
}

/// The resources whose absence has its own Tap code (spec §3.3).
public enum NotFoundResource: Sendable {
    case charge, authorize, refund, customer, token, card, payout, delivery

    var code: String {
        switch self {
        case .charge: "1144"
        case .authorize: "1115"
        case .refund: "1160"
        case .customer: "1106"
        case .token: "1125"
        case .card: "1125"
        case .payout: "2102"
        case .delivery: "2102"
        }
    }

    var description: String {
        switch self {
        case .charge: "Charge not found"
        case .authorize: "Authorize not found"
        case .refund: "Refund not found"
        case .customer: "Customer not found"
        case .token: "Token not found"
        case .card: "Card not found"
        case .payout: "Payout not found"
        case .delivery: "Webhook delivery not found"
        }
    }
}
