/// Typed reads of scenario file values: each reports what is wrong at its path and returns nil, so one
/// run finds every problem of a file.
extension ScenarioParser {
    mutating func report(_ path: JSONPath, _ message: String) {
        problems.append(ScenarioProblem(file: file, location: path.description, message: message))
    }

    /// The members of an object, after reporting repeated keys and keys outside `fields` (a typo must never
    /// silently do nothing). Nil, with a problem, when `value` is not an object.
    mutating func members(_ value: JSONValue, at path: JSONPath, fields: [String], what: String) -> JSONObject? {
        guard case .object(let object) = value else {
            report(path, "expected \(what) (an object), found \(Self.kind(of: value))")
            return nil
        }
        var seen: Set<String> = []
        for key in object.keys {
            if !seen.insert(key).inserted {
                report(path.key(key), "\"\(key)\" is given twice")
            } else if !fields.contains(key) {
                let hint = Self.closest(to: key, in: fields).map { "; did you mean \"\($0)\"?" } ?? ""
                report(
                    path.key(key), "unknown field \"\(key)\"\(hint) (\(what) fields: \(fields.joined(separator: ", ")))"
                )
            }
        }
        return object
    }

    mutating func string(_ value: JSONValue, at path: JSONPath) -> String? {
        guard case .string(let text) = value else {
            report(path, "expected a string, found \(Self.kind(of: value))")
            return nil
        }
        return text
    }

    mutating func bool(_ value: JSONValue, at path: JSONPath) -> Bool? {
        guard case .bool(let flag) = value else {
            report(path, "expected true or false, found \(Self.kind(of: value))")
            return nil
        }
        return flag
    }

    mutating func integer(_ value: JSONValue, at path: JSONPath, in range: ClosedRange<Int64>) -> Int64? {
        guard case .number(let number) = value else {
            report(path, "expected a whole number, found \(Self.kind(of: value))")
            return nil
        }
        guard number.isInteger, let integer = number.int64Value, range.contains(integer) else {
            report(path, "\(number.text) is not a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return integer
    }

    /// A string, or a JSON number written as digits (card numbers, CVCs), as text.
    mutating func digitsText(_ value: JSONValue, at path: JSONPath) -> String? {
        if case .number(let number) = value, number.isInteger, !number.text.hasPrefix("-") { return number.text }
        return string(value, at: path)
    }

    /// One value or a non-empty list of them, each read by `read`.
    mutating func oneOrMany<T>(
        _ value: JSONValue, at path: JSONPath, _ read: (inout ScenarioParser, JSONValue, JSONPath) -> T?
    ) -> [T]? {
        guard case .array(let items) = value else { return read(&self, value, path).map { [$0] } }
        guard !items.isEmpty else {
            report(path, "the list is empty: give at least one value, or leave the condition out")
            return nil
        }
        var values: [T] = []
        for (index, item) in items.enumerated() {
            if let read = read(&self, item, path.index(index)) { values.append(read) }
        }
        return values.count == items.count ? values : nil
    }

    /// A status name, with the list of valid ones when it is not.
    mutating func status(_ value: JSONValue, at path: JSONPath) -> PaymentStatus? {
        guard let text = string(value, at: path) else { return nil }
        if let status = PaymentStatus(rawValue: text) { return status }
        if RefundStatus(rawValue: text) != nil {
            report(path, "\(text) is a refund status: a refund's result needs \"match\": {\"resource\": \"refund\"}")
            return nil
        }
        let names = PaymentStatus.allCases.map(\.rawValue)
        let hint = Self.closest(to: text, in: names).map { "did you mean \($0)? " } ?? ""
        report(path, "\(JSONValue.string(text)) is not a status (\(hint)statuses: \(names.joined(separator: ", ")))")
        return nil
    }

    /// `"item"` for messages: what kind of JSON value this is.
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "true/false"
        case .number(let number): "the number \(number.text)"
        case .string(let text): "the string \(JSONValue.string(text))"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// The candidate closest to `text` by edit distance, if it is close enough to be a likely typo, or the
    /// one `text` begins (`delay` for `delay_ms`).
    static func closest(to text: String, in candidates: [String]) -> String? {
        let lowered = Array(text.lowercased())
        if lowered.count >= 3, let begun = candidates.first(where: { $0.lowercased().hasPrefix(text.lowercased()) }) {
            return begun
        }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased()))
            if distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best, distance <= max(2, lowered.count / 3) else { return nil }
        return candidate
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1]
            for (j, right) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
