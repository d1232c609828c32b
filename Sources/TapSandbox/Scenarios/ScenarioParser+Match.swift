/// `match`: the conditions of a scenario.
extension ScenarioParser {
    static let matchFields = [
        "resource", "operation", "amount", "currency", "card_number", "card_expiry", "card_cvc", "payment_method",
        "customer_email", "metadata", "headers",
    ]

    mutating func match(_ value: JSONValue, at path: JSONPath) -> ScenarioMatch? {
        guard let object = members(value, at: path, fields: Self.matchFields, what: "match") else { return nil }
        var match = ScenarioMatch()
        if let value = object["resource"] {
            match.resources = names(value, at: path.key("resource"), ScenarioResource.self, what: "resource")
        }
        if let value = object["operation"] {
            match.operations = names(value, at: path.key("operation"), ScenarioOperation.self, what: "operation")
        }
        if let value = object["amount"] { match.amount = amount(value, at: path.key("amount")) }
        if let value = object["currency"] { match.currency = currency(value, at: path.key("currency")) }
        if let value = object["card_number"] {
            match.cardNumbers = oneOrMany(value, at: path.key("card_number")) { parser, value, path in
                parser.digits(value, at: path, counts: [4] + Array(12...19), what: "a card number (or its last four)")
            }
        }
        if let value = object["card_expiry"] {
            match.cardExpiries = oneOrMany(value, at: path.key("card_expiry")) { $0.expiry($1, at: $2) }
        }
        if let value = object["card_cvc"] {
            match.cardCVCs = oneOrMany(value, at: path.key("card_cvc")) { parser, value, path in
                parser.digits(value, at: path, counts: [3, 4], what: "a CVC")
            }
        }
        if let value = object["payment_method"] {
            match.paymentMethods = oneOrMany(value, at: path.key("payment_method")) { parser, value, path in
                parser.nonEmpty(value, at: path)?.uppercased()
            }
        }
        if let value = object["customer_email"] {
            match.customerEmail = nonEmpty(value, at: path.key("customer_email"))
        }
        if let value = object["metadata"] { match.metadata = metadata(value, at: path.key("metadata")) }
        if let value = object["headers"] { match.headers = headers(value, at: path.key("headers"), reserved: false) }
        return match
    }

    /// Names of an enumeration, one or a list; `any` (alone or in the list) means no condition.
    private mutating func names<Name: RawRepresentable & CaseIterable & Hashable>(
        _ value: JSONValue, at path: JSONPath, _: Name.Type, what: String
    ) -> Set<Name>? where Name.RawValue == String {
        let all = Name.allCases.map(\.rawValue) + ["any"]
        let read = oneOrMany(value, at: path) { parser, value, path -> String? in
            guard let text = parser.string(value, at: path) else { return nil }
            guard all.contains(text) else {
                let hint = Self.closest(to: text, in: all).map { "did you mean \($0)? " } ?? ""
                parser.report(
                    path, "\(JSONValue.string(text)) is not a \(what) (\(hint)\(what)s: \(all.joined(separator: ", ")))"
                )
                return nil
            }
            return text
        }
        guard let read, !read.contains("any") else { return nil }
        return Set(read.compactMap(Name.init(rawValue:)))
    }

    /// An exact amount (`"13.13"`, or the number `13.13`) or a range `{"min": ..., "max": ...}`.
    private mutating func amount(_ value: JSONValue, at path: JSONPath) -> ScenarioMatch.AmountCondition? {
        guard case .object = value else { return decimal(value, at: path).map { .exact($0) } }
        guard let object = members(value, at: path, fields: ["min", "max"], what: "amount range") else { return nil }
        let min = object["min"].flatMap { decimal($0, at: path.key("min")) }
        let max = object["max"].flatMap { decimal($0, at: path.key("max")) }
        if object["min"] == nil && object["max"] == nil { report(path, "give \"min\", \"max\" or both") }
        if let min, let max, min > max { report(path, "min is more than max") }
        return min == nil && max == nil ? nil : .range(min: min, max: max)
    }

    /// A non-negative decimal with at most 3 places, as thousandths; as text or a JSON number (whose text is
    /// exact, never a binary float).
    private mutating func decimal(_ value: JSONValue, at path: JSONPath) -> Int64? {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let number): text = number.text
        default:
            report(path, "expected an amount such as \"13.13\", found \(Self.kind(of: value))")
            return nil
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        let isDigits = { (part: Substring) in part.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        guard !whole.isEmpty, whole.count <= 13, isDigits(whole), isDigits(fraction), fraction.count <= 3,
            parts.count == 1 || !fraction.isEmpty, let wholeValue = Int64(whole),
            let fractionValue = Int64(fraction + String(repeating: "0", count: 3 - fraction.count))
        else {
            report(
                path, "\(JSONValue.string(text)) is not an amount: digits with at most 3 decimals, such as \"13.13\"")
            return nil
        }
        return wholeValue * 1000 + fractionValue
    }

    private mutating func currency(_ value: JSONValue, at path: JSONPath) -> Currency? {
        guard let text = string(value, at: path) else { return nil }
        switch Currency.parse(text) {
        case .success(let currency): return currency
        case .failure(let error):
            report(path, error.reason)
            return nil
        }
    }

    private mutating func digits(_ value: JSONValue, at path: JSONPath, counts: [Int], what: String) -> String? {
        guard let text = digitsText(value, at: path) else { return nil }
        guard counts.contains(text.utf8.count), text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            report(path, "\(JSONValue.string(text)) is not \(what)")
            return nil
        }
        return text
    }

    /// `MM/YY`, as on the card.
    private mutating func expiry(_ value: JSONValue, at path: JSONPath) -> String? {
        guard let text = string(value, at: path) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let month = Int(parts[0]),
            Int(parts[1]) != nil,
            (1...12).contains(month)
        else {
            report(path, "\(JSONValue.string(text)) is not an expiry: MM/YY such as \"05/22\"")
            return nil
        }
        return text
    }

    private mutating func nonEmpty(_ value: JSONValue, at path: JSONPath) -> String? {
        guard let text = string(value, at: path) else { return nil }
        guard !text.isEmpty else {
            report(path, "the value is empty")
            return nil
        }
        return text
    }

    /// Pairs the request's metadata must hold; values are strings, numbers or booleans, compared as text.
    private mutating func metadata(_ value: JSONValue, at path: JSONPath) -> [(key: String, value: String)] {
        guard case .object(let object) = value else {
            report(path, "expected an object of metadata keys and values, found \(Self.kind(of: value))")
            return []
        }
        var pairs: [(key: String, value: String)] = []
        for (key, item) in object {
            guard let text = ScenarioMatch.text(item) else {
                report(path.key(key), "expected a string, number or true/false, found \(Self.kind(of: item))")
                continue
            }
            pairs.append((key, text))
        }
        return pairs
    }
}
