/// A refund of a captured charge (spec §6). Created PENDING; settles after a delay of sandbox time into the
/// status its `settlement` names (REFUNDED unless a scenario decided otherwise).
public struct Refund: Sendable, Equatable, Codable {
    public var id: String
    public var serial: Int64
    public var chargeID: String
    public var status: RefundStatus
    /// Tap's refund response code for the current status (spec §6.4), e.g. "100" or "000".
    public var responseCode: String
    public var amount: Amount
    /// Epoch milliseconds on the account's sandbox clock (`created`, which the refund's `hashstring` signs).
    public var createdAt: Int64
    public var reason: String
    public var description: String?
    public var metadata = JSONObject()
    public var reference = RefundReference()
    public var post: Callback?
    /// How and when the refund settles, decided at creation; never shown on the wire.
    public var settlement: RefundSettlementPlan
    /// The scenario that decided the settlement, if any (for the dashboard, never on the wire).
    public var scenario: String?
    /// How that scenario shapes the refund's webhooks (`scenarios/README.md`).
    public var webhookBehaviour: WebhookBehaviour?

    public init(
        id: String, serial: Int64, chargeID: String, amount: Amount, reason: String, createdAt: Int64,
        settlement: RefundSettlementPlan
    ) {
        self.id = id
        self.serial = serial
        self.chargeID = chargeID
        self.amount = amount
        self.reason = reason
        self.createdAt = createdAt
        self.settlement = settlement
        status = .pending
        responseCode = RefundStatus.pending.defaultResponseCode
    }

    /// `reference.gateway` and `reference.payment`: fixed at creation because the `hashstring` signs them
    /// (spec §6.3, §9.2); derived from the serial like a charge's, so they need no storage.
    public var gatewayReferences: (gateway: String, payment: String) {
        (Identifier.digits(15, serial: serial, salt: DerivedID.gateway),
         Identifier.digits(19, serial: serial, salt: DerivedID.payment))
    }
}

/// The merchant's references on a refund (spec §6.2 `reference.merchant`, §11 `reference.idempotent`).
public struct RefundReference: Sendable, Equatable, Codable {
    public var merchant: String?
    public var idempotent: String?

    public init(merchant: String? = nil, idempotent: String? = nil) {
        self.merchant = merchant
        self.idempotent = idempotent
    }
}

/// What a refund becomes once Tap and the bank have dealt with it, and how long that takes on the sandbox clock.
public struct RefundSettlementPlan: Sendable, Equatable, Codable {
    public var status: RefundStatus
    /// The response code to settle with; nil for the status's default.
    public var code: String?
    public var delayMilliseconds: Int64

    public init(status: RefundStatus, code: String? = nil, delayMilliseconds: Int64) {
        self.status = status
        self.code = code
        self.delayMilliseconds = delayMilliseconds
    }
}
