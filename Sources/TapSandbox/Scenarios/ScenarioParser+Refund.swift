/// Refund results (`scenarios/README.md`, "Refunds"): in a scenario whose `match.resource` names refunds and no
/// payment, `status` and `code` are a refund's (spec §6.4, whose codes differ from the charge codes: 601 is
/// Restricted there, Void here), and `then` holds the one transition that settles it.
extension ScenarioParser {
    /// Whose result a scenario's `status`, `code` and `then` describe.
    enum ResultOwner {
        case payment, refund
        /// `match.resource` names refunds and payments: a result would mean two different things.
        case both
    }

    /// The resources whose creation takes a payment's result (`scenarios/README.md`).
    static let paymentResources: Set<ScenarioResource> = [.charge, .authorize, .token]

    /// Refunds when `match.resource` names them and no payment; payments otherwise (any resource included).
    static func resultOwner(of match: ScenarioMatch) -> ResultOwner {
        guard let resources = match.resources, resources.contains(.refund) else { return .payment }
        return resources.isDisjoint(with: paymentResources) ? .refund : .both
    }

    /// `status` with its `code`, and `then`, of a refund scenario. A final status is entered after the usual
    /// delay; `"status": "PENDING"` with `then` sets the delay; PENDING alone keeps the refund pending.
    mutating func refundResult(_ object: JSONObject, at path: JSONPath) -> ScenarioRefundResult? {
        guard let statusValue = object["status"] else {
            if object["code"] != nil { report(path.key("code"), "a code needs a \"status\" beside it") }
            if object["then"] != nil { report(path.key("then"), Self.refundThenNeedsPending) }
            return nil
        }
        let result = refundStatus(statusValue, code: object["code"], at: path)
        guard let value = object["then"] else { return result }
        guard let result else { return nil }
        guard result.status == .pending else {
            report(path.key("then"), Self.refundThenNeedsPending)
            return nil
        }
        return refundTransition(value, at: path.key("then"))
    }

    static let refundThenNeedsPending =
        "a refund's transition starts from its creation: set \"status\" to PENDING"

    /// `then` of a refund: exactly one transition, out of PENDING.
    private mutating func refundTransition(_ value: JSONValue, at path: JSONPath) -> ScenarioRefundResult? {
        guard case .array(let items) = value, items.count == 1, let item = items.first else {
            report(path, "expected a list of one transition (a refund settles once), found \(Self.kind(of: value))")
            return nil
        }
        let itemPath = path.index(0)
        guard let object = members(item, at: itemPath, fields: Self.transitionFields, what: "transition") else {
            return nil
        }
        let after = required(object, "after_ms", at: itemPath) { $0.integer($1, at: $2, in: 1...86_400_000) }
        guard let statusValue = object["status"] else {
            report(itemPath, "\"status\" is missing")
            return nil
        }
        let settled = refundStatus(statusValue, code: object["code"], at: itemPath)
        guard let after, let settled else { return nil }
        guard settled.status != .pending else {
            report(itemPath.key("status"), "the refund is PENDING already: the transition settles it")
            return nil
        }
        return ScenarioRefundResult(settled.status, code: settled.code, afterMs: after)
    }

    /// A refund status, with a code from Tap's refund table that belongs with it (spec §6.4).
    private mutating func refundStatus(_ value: JSONValue, code codeValue: JSONValue?, at path: JSONPath)
        -> ScenarioRefundResult?
    {
        let status = refundStatus(value, at: path.key("status"))
        guard let codeValue else { return status.map { ScenarioRefundResult($0) } }
        let codePath = path.key("code")
        guard case .string(let code) = codeValue else {
            report(codePath, "expected the code as a string such as \"401\", found \(Self.kind(of: codeValue))")
            return nil
        }
        guard let owner = RefundResponseCode.status(for: code) else {
            let codes = RefundResponseCode.messages.keys.sorted().joined(separator: ", ")
            report(codePath, "\(JSONValue.string(code)) is not one of Tap's refund codes (spec §6.4: \(codes))")
            return nil
        }
        guard let status else { return nil }
        guard owner == status else {
            let fitting = RefundResponseCode.codes(for: status).joined(separator: ", ")
            report(
                codePath,
                "refund code \(code) goes with \(owner.rawValue), not \(status.rawValue) "
                    + "(\(status.rawValue) takes \(fitting))")
            return nil
        }
        return ScenarioRefundResult(status, code: code)
    }

    private mutating func refundStatus(_ value: JSONValue, at path: JSONPath) -> RefundStatus? {
        guard let text = string(value, at: path) else { return nil }
        if let status = RefundStatus(rawValue: text) { return status }
        let names = RefundStatus.allCases.map(\.rawValue)
        let hint = Self.closest(to: text, in: names).map { "did you mean \($0)? " } ?? ""
        let list = names.joined(separator: ", ")
        report(path, "\(JSONValue.string(text)) is not a refund status (\(hint)refund statuses: \(list))")
        return nil
    }

    /// A scenario matching refunds and payments alike may shape errors, latency and webhooks, not a result.
    mutating func rejectResult(_ object: JSONObject, at path: JSONPath) {
        guard let key = ["status", "code", "then"].first(where: { object[$0] != nil }) else { return }
        report(
            path.key(key),
            "match.resource names refunds and payments, whose results differ: "
                + "give the refund's result in a scenario of its own")
    }
}
