/// What a scenario or a sequence step does: `status`/`code`, `error`, `latency_ms`, `then`, `webhook`.
extension ScenarioParser {
    static let errorFields = ["status", "code", "description", "headers"]
    static let transitionFields = ["after_ms", "status", "code"]
    static let webhookFields = ["delay_ms", "duplicate", "out_of_order", "bad_signature", "drop"]
    /// Headers the sandbox itself sets on every answer; a scenario may not replace them.
    static let reservedHeaders: Set<String> = [
        "content-length", "content-type", "transfer-encoding", "connection", "tap-sandbox-version",
        "x-sandbox-scenario",
    ]

    /// The effect fields of `object` (already checked for unknown keys); `owner` says whose result
    /// `status`, `code` and `then` describe.
    mutating func effect(_ object: JSONObject, at path: JSONPath, owner: ResultOwner) -> ScenarioEffect {
        var effect = ScenarioEffect()
        switch owner {
        case .payment: effect.result = result(object, at: path)
        case .refund: effect.refund = refundResult(object, at: path)
        case .both: rejectResult(object, at: path)
        }
        if let value = object["error"] {
            effect.error = error(value, at: path.key("error"))
            let combined = ["status", "code", "then", "webhook"].filter { object[$0] != nil }
            if !combined.isEmpty {
                report(
                    path.key("error"),
                    "an error answers instead of a result, so it cannot go with "
                        + combined.joined(separator: ", "))
            }
        }
        if let value = object["latency_ms"] {
            effect.latencyMs = integer(value, at: path.key("latency_ms"), in: 0...60_000).map(Int.init) ?? 0
        }
        if owner == .payment, let value = object["then"] {
            // A status that failed its own check was reported already.
            let pending = object["status"] == nil ? false : effect.result.map(\.status.isPending) ?? true
            effect.transitions = transitions(value, at: path.key("then"), fromPending: pending)
        }
        if let value = object["webhook"] { effect.webhook = webhook(value, at: path.key("webhook")) }
        return effect
    }

    /// `status` with an optional `code` that must belong with it (spec §4.6).
    mutating func result(_ object: JSONObject, at path: JSONPath) -> ScenarioStatus? {
        let status = object["status"].flatMap { self.status($0, at: path.key("status")) }
        guard let codeValue = object["code"] else { return status.map { ScenarioStatus($0) } }
        guard object["status"] != nil else {
            report(path.key("code"), "a code needs a \"status\" beside it")
            return nil
        }
        let codePath = path.key("code")
        guard case .string(let code) = codeValue else {
            report(
                codePath, "expected the code as a string of 3 digits such as \"505\", found \(Self.kind(of: codeValue))"
            )
            return nil
        }
        guard code.utf8.count == 3, code.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            report(codePath, "\(JSONValue.string(code)) is not a response code: 3 digits such as \"505\" (spec §4.6)")
            return nil
        }
        guard let status else { return nil }
        let fitting = Self.statuses(forCode: code)
        guard fitting.contains(status) else {
            let names = fitting.map(\.rawValue).joined(separator: " or ")
            report(codePath, "code \(code) goes with \(names.isEmpty ? "no status" : names), not \(status.rawValue)")
            return nil
        }
        return ScenarioStatus(status, code: code)
    }

    /// The statuses a response code belongs with (spec §4.6): 303 "Deferred" is IN_PROGRESS, 304 "Expired"
    /// serves ABANDONED and TIMEDOUT.
    static func statuses(forCode code: String) -> [PaymentStatus] {
        if code == "303" { return [.inProgress] }
        if code == "304" { return [.abandoned, .timedOut] }
        return ResponseCode.status(for: code).map { [$0] } ?? []
    }

    private mutating func error(_ value: JSONValue, at path: JSONPath) -> ScenarioHTTPError? {
        guard let object = members(value, at: path, fields: Self.errorFields, what: "error") else { return nil }
        let before = problems.count
        let status = required(object, "status", at: path) { $0.integer($1, at: $2, in: 400...599) }
        let code = required(object, "code", at: path) { parser, value, path -> String? in
            guard case .string(let code) = value, !code.isEmpty, code.utf8.count <= 6,
                code.utf8.allSatisfy({ (0x30...0x39).contains($0) })
            else {
                parser.report(path, "expected Tap's error code as a string of 1 to 6 digits such as \"9999\"")
                return nil
            }
            return code
        }
        let description = required(object, "description", at: path) { $0.string($1, at: $2) }
        if description?.isEmpty == true { report(path.key("description"), "the description is empty") }
        var headers: [(name: String, value: String)] = []
        if let value = object["headers"] { headers = self.headers(value, at: path.key("headers"), reserved: true) }
        guard problems.count == before, let status, let code, let description else { return nil }
        var error = ScenarioHTTPError(status: Int(status), code: code, description: description)
        error.headers = headers
        return error
    }

    /// A required member, read by `read`; its absence is reported at the object.
    mutating func required<T>(
        _ object: JSONObject, _ key: String, at path: JSONPath,
        _ read: (inout ScenarioParser, JSONValue, JSONPath) -> T?
    ) -> T? {
        guard let value = object[key] else {
            report(path, "\"\(key)\" is missing")
            return nil
        }
        return read(&self, value, path.key(key))
    }

    /// An object of header names and string values; names as HTTP tokens (RFC 9110 §5.1), kept lowercase.
    mutating func headers(_ value: JSONValue, at path: JSONPath, reserved: Bool) -> [(name: String, value: String)] {
        guard case .object(let object) = value else {
            report(path, "expected an object of header names and values, found \(Self.kind(of: value))")
            return []
        }
        var headers: [(name: String, value: String)] = []
        for (name, headerValue) in object {
            let lowered = name.lowercased()
            let tokenCharacters = "!#$%&'*+-.^_`|~"
            if name.isEmpty
                || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || tokenCharacters.contains($0)) })
            {
                report(path.key(name), "\(JSONValue.string(name)) is not a header name")
            } else if reserved && Self.reservedHeaders.contains(lowered) {
                report(path.key(name), "\(lowered) is set by the sandbox itself")
            } else if let text = string(headerValue, at: path.key(name)) {
                headers.append((lowered, text))
            }
        }
        return headers
    }

    private mutating func transitions(_ value: JSONValue, at path: JSONPath, fromPending pending: Bool)
        -> [ScenarioTransition]
    {
        guard case .array(let items) = value, !items.isEmpty else {
            report(path, "expected a non-empty list of transitions, found \(Self.kind(of: value))")
            return []
        }
        if !pending {
            report(path, "transitions start from a pending payment: set \"status\" to INITIATED or IN_PROGRESS")
        }
        var transitions: [ScenarioTransition] = []
        for (index, item) in items.enumerated() {
            let itemPath = path.index(index)
            guard let object = members(item, at: itemPath, fields: Self.transitionFields, what: "transition") else {
                continue
            }
            let after = required(object, "after_ms", at: itemPath) { $0.integer($1, at: $2, in: 1...86_400_000) }
            if object["status"] == nil { report(itemPath, "\"status\" is missing") }
            guard let after, let result = self.result(object, at: itemPath) else { continue }
            if let previous = transitions.last {
                if after <= previous.afterMs {
                    report(
                        itemPath.key("after_ms"), "\(after) is not after the previous transition (\(previous.afterMs))")
                }
                if !previous.result.status.isPending {
                    report(
                        itemPath,
                        "the previous transition's \(previous.result.status.rawValue) is final: "
                            + "only the last transition may end the payment")
                }
            }
            transitions.append(ScenarioTransition(afterMs: after, result: result))
        }
        return transitions
    }

    private mutating func webhook(_ value: JSONValue, at path: JSONPath) -> WebhookBehaviour? {
        let before = problems.count
        guard let object = members(value, at: path, fields: Self.webhookFields, what: "webhook") else { return nil }
        var behaviour = WebhookBehaviour()
        if let value = object["delay_ms"] {
            behaviour.delayMs = integer(value, at: path.key("delay_ms"), in: 0...86_400_000) ?? 0
        }
        behaviour.duplicate = object["duplicate"].flatMap { bool($0, at: path.key("duplicate")) } ?? false
        behaviour.outOfOrder = object["out_of_order"].flatMap { bool($0, at: path.key("out_of_order")) } ?? false
        behaviour.badSignature = object["bad_signature"].flatMap { bool($0, at: path.key("bad_signature")) } ?? false
        behaviour.drop = object["drop"].flatMap { bool($0, at: path.key("drop")) } ?? false
        if problems.count > before {
            return nil
        } else if behaviour == WebhookBehaviour() {
            report(
                path,
                "the webhook object changes nothing: give delay_ms, duplicate, out_of_order, bad_signature "
                    + "or drop")
        } else if behaviour.drop && behaviour != WebhookBehaviour(drop: true) {
            report(path, "drop sends nothing, so delay_ms, duplicate, out_of_order and bad_signature cannot apply")
        }
        return behaviour
    }
}
