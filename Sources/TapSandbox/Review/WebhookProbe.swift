/// `POST /_sandbox/review/probe` (CONTRACT.md §9): proves that the merchant verifies `hashstring` (Tap's
/// "For securing the Webhook Notification, use the hashstring calculation"). It sends the account's latest
/// webhook again to its `post.url` twice, once signed right and once signed wrongly; an endpoint that
/// verifies accepts the first (2xx) and refuses the second (non-2xx). The copies are ordinary replays in
/// the delivery log, and the probe record names them, so the review reads the answers from there.
struct WebhookProbe {
    let store: Store
    let webhooks: WebhookDispatcher

    /// Sends the probe of `account`; nil when the account has no webhook to copy yet. The gate opens once
    /// both copies have been answered (or have failed), so a review asked for right after sees the outcome.
    func send(to account: Account) -> Committed<ReviewProbe?> {
        let committed = try? store.transact(account) { state, transaction -> ReviewProbe? in
            guard let base = Self.base(in: state.deliveries) else { return nil }
            let genuine = WebhookDispatcher.replay(base, tamper: false, state: &state, transaction: transaction)
            let tampered = WebhookDispatcher.replay(base, tamper: true, state: &state, transaction: transaction)
            let probe = ReviewProbe(
                createdAt: transaction.now, url: base.url, basedOn: base.id, genuineDeliveryID: genuine.id,
                tamperedDeliveryID: tampered.id)
            state.put(probe)
            return probe
        }
        guard let committed, let probe = committed.value else { return Committed(value: nil, gate: nil) }
        let answered = webhooks.whenFinished([probe.genuineDeliveryID, probe.tamperedDeliveryID], account: account)
        return Committed(value: probe, gate: ResponseGate.all([committed.gate, answered].compactMap { $0 }))
    }

    /// The latest webhook of a charge, authorize or refund (not a replay). Payout webhooks are left out:
    /// their signature is the sandbox's own formula, not Tap's.
    static func base(in deliveries: DeliveryLog) -> WebhookDelivery? {
        var latest: WebhookDelivery?
        for delivery in deliveries.all where delivery.replayOf == nil {
            if case .payout = delivery.payload { continue }
            latest = delivery
        }
        return latest
    }
}

extension ReviewProbe {
    func write(to writer: inout JSONWriter, merchantID: String) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("object", "review_probe")
        writer.field("merchant_id", merchantID)
        writer.field("created", createdAt)
        writer.field("url", url)
        writer.field("based_on", basedOn)
        writer.field("genuine_delivery", genuineDeliveryID)
        writer.field("tampered_delivery", tamperedDeliveryID)
        writer.field(
            "note",
            "This answer waited for both copies to be answered (at most the webhook timeout and 5 s); "
                + "GET /_sandbox/review shows the outcome as webhooks.hashstring.")
        writer.endObject()
    }
}
