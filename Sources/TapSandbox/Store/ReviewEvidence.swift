/// What the integration review (CONTRACT.md §9) needs to know that the objects themselves do not keep:
/// which redirected payments the merchant retrieved afterwards, and the hashstring probes it asked for.
/// Recorded where the facts happen and kept with the account (not in the bounded request journal), so a
/// long test run loses no evidence; reset forgets it with the account.
public struct ReviewEvidence: Sendable, Equatable, Codable {
    /// Payment id → the first `GET` of that payment after its customer was redirected back.
    public private(set) var retrievals: [String: RedirectRetrieval] = [:]
    /// Every probe, oldest first (`POST /_sandbox/review/probe`).
    public private(set) var probes: [ReviewProbe] = []

    public init() {}

    /// Whether a `GET` of `payment` now is the first one after its redirect (spec §10.3): the customer has
    /// been sent back (`redirect.status` SUCCESS) and no retrieval was recorded yet. Read on every
    /// retrieve, so it is two lookups and writes nothing.
    public func awaitsRetrieval(_ payment: Payment) -> Bool {
        payment.redirect?.status == "SUCCESS" && retrievals[payment.id] == nil
    }

    mutating func put(_ retrieval: RedirectRetrieval) {
        retrievals[retrieval.paymentID] = retrieval
    }

    mutating func put(_ probe: ReviewProbe) {
        if let index = probes.firstIndex(where: { $0.id == probe.id }) {
            probes[index] = probe
        } else {
            probes.append(probe)
        }
    }
}

/// A merchant's `GET /v2/charges/{id}` (or `/v2/authorize/{id}`) after the customer came back with
/// `tap_id` (spec §10.3: "use Retrieve a Charge at the point of redirection").
public struct RedirectRetrieval: Sendable, Equatable, Codable {
    public var paymentID: String
    /// When, on the account's sandbox clock (the request journal entry has the same time).
    public var retrievedAt: Int64
    /// The request's path, for the evidence.
    public var path: String

    public init(paymentID: String, retrievedAt: Int64, path: String) {
        self.paymentID = paymentID
        self.retrievedAt = retrievedAt
        self.path = path
    }
}

/// One hashstring probe: a genuine and a tampered copy of an earlier webhook, sent to its URL. The merchant
/// verifies its webhooks when it accepts the genuine copy and rejects the tampered one; the answers are
/// read from the two deliveries in the delivery log.
public struct ReviewProbe: Sendable, Equatable, Codable {
    /// The tampered delivery's id: one probe per tampered delivery.
    public var id: String { tamperedDeliveryID }
    public var createdAt: Int64
    public var url: String
    /// The delivery whose snapshot both copies carry.
    public var basedOn: String
    public var genuineDeliveryID: String
    public var tamperedDeliveryID: String

    public init(createdAt: Int64, url: String, basedOn: String, genuineDeliveryID: String, tamperedDeliveryID: String) {
        self.createdAt = createdAt
        self.url = url
        self.basedOn = basedOn
        self.genuineDeliveryID = genuineDeliveryID
        self.tamperedDeliveryID = tamperedDeliveryID
    }
}
