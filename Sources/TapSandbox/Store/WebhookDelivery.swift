/// One webhook (CONTRACT.md §7): an object's change of status to be POSTed to its `post.url`, the object as
/// it was at that moment, and every attempt to deliver it. Plain data kept in `AccountState`, so reset and
/// the journal cover deliveries like any other object; the webhook layer gives it behaviour.
public struct WebhookDelivery: Sendable, Equatable, Codable {
    /// Where a delivery is in its life. The raw values are what the delivery log shows.
    public enum Status: String, Sendable, Equatable, Codable {
        /// Waits for an earlier delivery of the same object to finish (transitions are delivered in order).
        case queued = "QUEUED"
        /// An attempt is scheduled at `nextAttemptAt` on the account's clock.
        case scheduled = "SCHEDULED"
        /// An attempt is on the wire.
        case sending = "SENDING"
        /// A 2xx answer was received.
        case succeeded = "SUCCESS"
        /// Every attempt failed.
        case failed = "ERROR"
        /// Held back by an out-of-order scenario until the object's next delivery has been sent.
        case held = "HELD"
        /// Never sent: a scenario drops the object's webhooks.
        case dropped = "DROPPED"

        public var isFinished: Bool { self == .succeeded || self == .failed || self == .dropped }
    }

    /// `whd_…`.
    public var id: String
    public var serial: Int64
    /// When the delivery was created, on the account's clock.
    public var createdAt: Int64
    /// The object as it was when its status changed.
    public var payload: DeliveryPayload
    public var url: String
    public var status: Status = .scheduled
    public var attempts: [DeliveryAttempt] = []
    /// When the next attempt is due, while one is scheduled.
    public var nextAttemptAt: Int64?
    /// For a replay (`POST /_sandbox/webhooks/{id}/replay`): the delivery it repeats.
    public var replayOf: String?
    /// Sent with a deliberately wrong `hashstring` (`{"tamper":"signature"}`, or a scenario's `bad_signature`).
    public var tampered = false
    /// For the second delivery of a `duplicate` scenario: the delivery it repeats.
    public var duplicateOf: String?

    public init(id: String, serial: Int64, createdAt: Int64, payload: DeliveryPayload, url: String) {
        self.id = id
        self.serial = serial
        self.createdAt = createdAt
        self.payload = payload
        self.url = url
    }

    public var objectID: String { payload.objectID }
}

/// The object a delivery carries, frozen when its status changed.
public enum DeliveryPayload: Sendable, Equatable, Codable {
    case payment(Payment)
    case refund(Refund)
    case payout(Payout)

    public var objectID: String {
        switch self {
        case .payment(let payment): payment.id
        case .refund(let refund): refund.id
        case .payout(let payout): payout.id
        }
    }

    /// The `object` name of the carried object: charge, authorize, refund, payout.
    public var objectKind: String {
        switch self {
        case .payment(let payment): payment.kind.rawValue
        case .refund: "refund"
        case .payout: "payout"
        }
    }

    /// The status the object entered.
    public var objectStatus: String {
        switch self {
        case .payment(let payment): payment.status.rawValue
        case .refund(let refund): refund.status.rawValue
        case .payout(let payout): payout.status.rawValue
        }
    }

    /// The scenario that decided the object, if any (CONTRACT.md §6).
    public var scenario: String? {
        switch self {
        case .payment(let payment): payment.scenario
        case .refund(let refund): refund.scenario
        case .payout: nil
        }
    }

    /// How that scenario shapes the object's webhooks, if it does.
    public var webhookBehaviour: WebhookBehaviour? {
        switch self {
        case .payment(let payment): payment.webhookBehaviour
        case .refund(let refund): refund.webhookBehaviour
        case .payout: nil
        }
    }
}

/// One try at delivering: what was sent and what came back.
public struct DeliveryAttempt: Sendable, Equatable, Codable {
    /// 1 for the first attempt (`post.attempt` in the body).
    public var number: Int
    /// When it started, on the account's clock.
    public var startedAt: Int64
    /// Nil until the receiver is connected (the request is built on the delivery thread, outside the
    /// account's lock, and logged before it is sent), and for good when the connection failed: nothing was sent.
    public var requestHeaders: HTTPHeaders?
    /// The exact bytes posted (what `hashstring` must be checked against); nil as `requestHeaders` is.
    public var requestBody: [UInt8]?
    /// The receiver's answer; nil while in flight or when none came (refused, timed out).
    public var response: DeliveryResponse?
    /// Real time from connecting to the end of the answer, in microseconds.
    public var latencyMicroseconds: Int64?
    /// Why the attempt failed, if it did.
    public var error: String?

    public init(number: Int, startedAt: Int64) {
        self.number = number
        self.startedAt = startedAt
    }
}

/// What a receiver answered (the body cut to a few KiB for the log).
public struct DeliveryResponse: Sendable, Equatable, Codable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: Int, headers: HTTPHeaders, body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
