/// What a scenario (or one step of its sequence) does to a request it applies to (CONTRACT.md §6).
public struct ScenarioEffect: Sendable, Equatable {
    /// The payment's result: at once when it settles at creation, or when the customer approves on the
    /// hosted page; a pending status keeps it pending for `transitions`.
    public var result: ScenarioStatus?
    /// An HTTP error in Tap's envelope instead of any result; nothing is stored.
    public var error: ScenarioHTTPError?
    /// Real time the response waits before it is sent.
    public var latencyMs = 0
    /// Status changes on the sandbox clock after creation, in order.
    public var transitions: [ScenarioTransition] = []
    /// A refund's result instead of a payment's, in a scenario whose `match.resource` names refunds only.
    public var refund: ScenarioRefundResult?
    public var webhook: WebhookBehaviour?

    public init() {}

    /// Whether the step changes nothing (a sequence step that lets requests through).
    public var isEmpty: Bool { self == ScenarioEffect() }
}

/// A status with its response code (spec §4.6).
public struct ScenarioStatus: Sendable, Equatable {
    public var status: PaymentStatus
    public var code: String

    public init(_ status: PaymentStatus, code: String? = nil) {
        self.status = status
        self.code = code ?? status.defaultResponseCode
    }

    /// CAPTURED and AUTHORIZED both mean "approved": an authorize becomes AUTHORIZED 001, a charge CAPTURED 000.
    public var isApproval: Bool { status == .captured || status == .authorized }

    /// The status and code an object of `kind` takes.
    public func taken(by kind: Payment.Kind) -> ScenarioStatus {
        guard isApproval else { return self }
        return ScenarioStatus(kind == .charge ? .captured : .authorized)
    }

    /// The same answer as a card's result (what a token or the hosted page carries).
    public var cardResult: CardResult {
        isApproval ? .approved : .refused(status: status, code: code)
    }
}

/// What a refund settles into (spec §6.4) and when. The refund answers PENDING at creation either way
/// (CONTRACT.md §5a); PENDING here keeps it pending for good, as Tap's manual refunds can stay.
public struct ScenarioRefundResult: Sendable, Equatable {
    public var status: RefundStatus
    /// One of Tap's refund codes for `status` (spec §6.4).
    public var code: String
    /// Sandbox-clock milliseconds after creation (`then`); nil for the sandbox's usual delay.
    public var afterMs: Int64?

    public init(_ status: RefundStatus, code: String? = nil, afterMs: Int64? = nil) {
        self.status = status
        self.code = code ?? status.defaultResponseCode
        self.afterMs = afterMs
    }
}

/// `error`: the HTTP status, Tap's code and description, and extra headers (e.g. `retry-after`).
public struct ScenarioHTTPError: Sendable, Equatable {
    public var status: Int
    public var code: String
    public var description: String
    public var headers: [(name: String, value: String)] = []

    public init(status: Int, code: String, description: String) {
        self.status = status
        self.code = code
        self.description = description
    }

    public static func == (lhs: ScenarioHTTPError, rhs: ScenarioHTTPError) -> Bool {
        lhs.status == rhs.status && lhs.code == rhs.code && lhs.description == rhs.description
            && lhs.headers.elementsEqual(rhs.headers, by: ==)
    }
}

/// One entry of `then`: `afterMs` of sandbox clock after creation, the payment enters `result`.
public struct ScenarioTransition: Sendable, Equatable {
    public var afterMs: Int64
    public var result: ScenarioStatus

    public init(afterMs: Int64, result: ScenarioStatus) {
        self.afterMs = afterMs
        self.result = result
    }
}

/// One step of a sequence: `count` requests get `effect`; nil on the last step means every later request.
public struct ScenarioStep: Sendable, Equatable {
    public var count: Int?
    public var effect: ScenarioEffect

    public init(count: Int?, effect: ScenarioEffect) {
        self.count = count
        self.effect = effect
    }
}
