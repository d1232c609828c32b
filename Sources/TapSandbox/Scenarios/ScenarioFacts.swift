/// The Tap resource a request is about, as scenario files name it (`match.resource`).
public enum ScenarioResource: String, Sendable, CaseIterable {
    case charge, authorize, token, refund, customer, card, payout

    /// The first path segment after `/v2/` of each resource.
    static let pathNames: [String: ScenarioResource] = [
        "charges": .charge, "authorize": .authorize, "tokens": .token, "refunds": .refund,
        "customers": .customer, "card": .card, "payouts": .payout,
    ]
}

/// What a request does to its resource (`match.operation`).
public enum ScenarioOperation: String, Sendable, CaseIterable {
    case create, retrieve, update, void, list, delete
}

/// Everything a scenario can match on, gathered once per request (or per typed card) by the layer that
/// knows where each fact lives. Absent facts never match a condition on them.
public struct ScenarioFacts: Sendable, Equatable {
    public var resource: ScenarioResource?
    public var operation: ScenarioOperation?
    /// `amount` with `currency`, when both are valid.
    public var amount: Amount?
    public var currency: Currency?
    /// The card's digits; a saved card the sandbox cannot name is masked (`450875******1019`).
    public var cardNumber: String?
    /// `MM/YY`.
    public var cardExpiry: String?
    /// Only where a CVC is typed: token creation and the hosted page (it is never stored).
    public var cardCVC: String?
    /// `KNET`, `BENEFIT`, `VISA` ... uppercase, when known.
    public var paymentMethod: String?
    public var customerEmail: String?
    public var metadata = JSONObject()
    public var headers = HTTPHeaders()

    public init() {}

    /// The resource and operation of a `/v2` request, from its method and path (the routes of spec §1.2).
    public static func classify(method: HTTPMethod, path: String) -> (ScenarioResource, ScenarioOperation)? {
        let segments = path.split(separator: "/")
        guard segments.count >= 2, segments[0] == "v2", let resource = ScenarioResource.pathNames[String(segments[1])]
        else { return nil }
        let rest = segments.dropFirst(2)
        switch method {
        case .post:
            if rest.isEmpty || (resource == .card && rest.count == 1) { return (resource, .create) }
            if rest.last == "void" { return (resource, .void) }
            if rest.last == "list" || rest.last == "download" { return (resource, .list) }
            return (resource, .update)
        case .get, .head:
            if rest.isEmpty || (resource == .card && rest.count == 1) { return (resource, .list) }
            return (resource, .retrieve)
        case .put:
            return (resource, .update)
        case .delete:
            return (resource, .delete)
        default:
            return nil
        }
    }

    /// Card facts alone: what the test-card table judges (spec §12.2).
    public static func card(number: String, month: Int, year: Int, cvc: String?, paymentMethod: String? = nil)
        -> ScenarioFacts
    {
        var facts = ScenarioFacts()
        facts.cardNumber = number
        facts.cardExpiry = expiry(month: month, year: year)
        facts.cardCVC = cvc
        facts.paymentMethod = paymentMethod
        return facts
    }

    /// `MM/YY` of a month and a two- or four-digit year.
    public static func expiry(month: Int, year: Int) -> String {
        let shortYear = year % 100
        return (month < 10 ? "0" : "") + "\(month)/" + (shortYear < 10 ? "0" : "") + "\(shortYear)"
    }
}
