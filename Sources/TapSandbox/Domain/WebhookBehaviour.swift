/// How a scenario shapes an object's webhooks (CONTRACT.md §6, `scenarios/README.md`). Kept on the object,
/// so every later transition of it (an async capture, a void) is delivered the same way.
public struct WebhookBehaviour: Sendable, Equatable, Codable {
    /// The first attempt of each delivery goes out this long after the transition, on the sandbox clock.
    public var delayMs: Int64 = 0
    /// Each delivery is sent twice: a copy follows once the first has finished.
    public var duplicate = false
    /// Each delivery is held back until the object's next delivery has been sent, so a later status
    /// reaches the receiver before an earlier one; held at most `outOfOrderHoldMs`.
    public var outOfOrder = false
    /// Signed with a wrong `hashstring`, as `POST /_sandbox/webhooks/{id}/replay {"tamper":"signature"}` does.
    public var badSignature = false
    /// Nothing is sent: the delivery is logged as DROPPED.
    public var drop = false

    /// The longest an out-of-order delivery waits for the object's next one before it goes out anyway.
    public static let outOfOrderHoldMs: Int64 = 60_000

    public init(
        delayMs: Int64 = 0, duplicate: Bool = false, outOfOrder: Bool = false, badSignature: Bool = false,
        drop: Bool = false
    ) {
        self.delayMs = delayMs
        self.duplicate = duplicate
        self.outOfOrder = outOfOrder
        self.badSignature = badSignature
        self.drop = drop
    }
}
