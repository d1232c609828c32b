/// When a scenario applies (`match` in a scenario file): every condition given must hold; a condition
/// left out holds for every request. A list means "any of these".
public struct ScenarioMatch: Sendable, Equatable {
    /// nil: any resource.
    public var resources: Set<ScenarioResource>?
    /// nil: any operation.
    public var operations: Set<ScenarioOperation>?
    public var amount: AmountCondition?
    public var currency: Currency?
    /// Full numbers, or four digits for the last four.
    public var cardNumbers: [String]?
    /// `MM/YY`.
    public var cardExpiries: [String]?
    public var cardCVCs: [String]?
    /// Uppercase.
    public var paymentMethods: [String]?
    /// Compared without regard to case.
    public var customerEmail: String?
    /// Pairs the request's `metadata` must hold (values compared as text).
    public var metadata: [(key: String, value: String)] = []
    /// Request headers (names without regard to case, values exactly).
    public var headers: [(name: String, value: String)] = []

    public init() {}

    /// An amount condition, in thousandths of the major unit so that it compares across currencies' decimals
    /// exactly: `"13.13"` is 13130, and matches KWD 13.130 and USD 13.13 alike.
    public enum AmountCondition: Sendable, Equatable {
        case exact(Int64)
        case range(min: Int64?, max: Int64?)

        func holds(for amount: Amount) -> Bool {
            var thousandths = amount.minorUnits
            for _ in amount.currency.decimals..<3 { thousandths *= 10 }
            switch self {
            case .exact(let value): return thousandths == value
            case .range(let min, let max): return thousandths >= (min ?? .min) && thousandths <= (max ?? .max)
            }
        }
    }

    /// Whether every condition holds for `facts`; an absent fact never satisfies a condition on it.
    public func matches(_ facts: ScenarioFacts) -> Bool {
        if let resources, facts.resource.map(resources.contains) != true { return false }
        if let operations, facts.operation.map(operations.contains) != true { return false }
        if let amount, facts.amount.map(amount.holds) != true { return false }
        if let currency, facts.currency != currency { return false }
        if let cardNumbers, facts.cardNumber.map({ Self.number($0, isOneOf: cardNumbers) }) != true { return false }
        if let cardExpiries, facts.cardExpiry.map(cardExpiries.contains) != true { return false }
        if let cardCVCs, facts.cardCVC.map(cardCVCs.contains) != true { return false }
        if let paymentMethods, facts.paymentMethod.map({ paymentMethods.contains($0.uppercased()) }) != true {
            return false
        }
        if let customerEmail, facts.customerEmail?.lowercased() != customerEmail.lowercased() { return false }
        for (key, value) in metadata where facts.metadata[key].flatMap(Self.text) != value { return false }
        for (name, value) in headers where !facts.headers.values(for: name).contains(value) { return false }
        return true
    }

    /// A full number matches itself; four digits match the last four of any number (masked ones included).
    static func number(_ number: String, isOneOf numbers: [String]) -> Bool {
        numbers.contains { $0.count == 4 ? number.hasSuffix($0) : number == $0 }
    }

    /// A scalar JSON value as the text a scenario compares it with.
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number.text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    public static func == (lhs: ScenarioMatch, rhs: ScenarioMatch) -> Bool {
        lhs.resources == rhs.resources && lhs.operations == rhs.operations && lhs.amount == rhs.amount
            && lhs.currency == rhs.currency && lhs.cardNumbers == rhs.cardNumbers
            && lhs.cardExpiries == rhs.cardExpiries && lhs.cardCVCs == rhs.cardCVCs
            && lhs.paymentMethods == rhs.paymentMethods && lhs.customerEmail == rhs.customerEmail
            && lhs.metadata.elementsEqual(rhs.metadata, by: ==) && lhs.headers.elementsEqual(rhs.headers, by: ==)
    }
}
