/// Webhook checks, read from the delivery log (CONTRACT.md §7): genuine deliveries answered 2xx, the
/// hashstring probe, and whether each receiver could be reached at all.
extension ReviewChecks {
    static func webhooksAnswered(_ input: ReviewInput) -> ReviewCheck {
        // Replays (and so probes) are test tools, not Tap's deliveries; a scenario's tampered webhook
        // (webhook-bad-signature) must be refused, and a dropped one was never sent: none of them can show it.
        let deliveries = input.state.deliveries.all.filter {
            $0.replayOf == nil && !$0.tampered && $0.status != .dropped
        }
        let finished = deliveries.filter { $0.status.isFinished }
        guard !finished.isEmpty else {
            let summary =
                deliveries.isEmpty
                ? "No webhook was sent yet: a charge, authorize or refund with post.url sends one when it reaches a "
                    + "final status."
                : "\(deliveries.count) webhook deliveries are still under way."
            return ReviewCheck(.webhooksAnswered, .notExercised, summary)
        }
        let failed = finished.filter { $0.status == .failed }
        if failed.isEmpty {
            let retried = finished.count { $0.attempts.count > 1 }
            let note = retried > 0 ? "; \(retried) needed more than one attempt" : ""
            return ReviewCheck(
                .webhooksAnswered, .pass,
                "Every finished webhook delivery was answered 2xx (\(finished.count))\(note).",
                evidence: finished.lazy.map(deliveryItem))
        }
        return ReviewCheck(
            .webhooksAnswered, .fail,
            "Ended in ERROR, with no attempt answered 2xx: \(failed.count) of \(finished.count) finished webhook "
                + "deliveries.",
            evidence: failed.lazy.map(deliveryItem))
    }

    /// Pass when the latest probe's tampered copy was refused and its genuine copy accepted; fail when the
    /// tampered copy was accepted, or both were refused (the endpoint refuses genuine webhooks too, so the
    /// refusal proves nothing); not exercised before a probe, or while its answers are missing.
    static func hashstring(_ input: ReviewInput) -> ReviewCheck {
        guard let probe = input.state.review.probes.last else {
            return ReviewCheck(
                .hashstring, .notExercised,
                "No probe yet: POST /_sandbox/review/probe sends your webhook endpoint a genuine and a tampered copy "
                    + "of your latest webhook.")
        }
        let deliveries = input.state.deliveries
        guard let genuine = deliveries[probe.genuineDeliveryID], let tampered = deliveries[probe.tamperedDeliveryID]
        else {
            return ReviewCheck(.hashstring, .notExercised, "The latest probe's deliveries are gone; probe again.")
        }
        let evidence = [
            deliveryItem(tampered, role: "tampered copy (wrong hashstring)"),
            deliveryItem(genuine, role: "genuine copy"),
        ]
        let when = UTCDate(epochMilliseconds: probe.createdAt).iso8601
        switch (answer(of: tampered), answer(of: genuine)) {
        case (.some(let status), _) where (200..<300).contains(status):
            return ReviewCheck(
                .hashstring, .fail,
                "The probe of \(when) sent a webhook with a wrong hashstring and your endpoint accepted it "
                    + "(\(status)).", evidence: evidence)
        case (.some, .some(let status)) where !(200..<300).contains(status):
            return ReviewCheck(
                .hashstring, .fail,
                "The probe of \(when) was refused in both copies, the genuine one too (\(status)): an endpoint that "
                    + "verifies accepts the genuine copy.", evidence: evidence)
        case (.some(let refused), .some(let accepted)):
            return ReviewCheck(
                .hashstring, .pass,
                "The probe of \(when): the tampered copy was refused (\(refused)), the genuine one accepted "
                    + "(\(accepted)).", evidence: evidence)
        default:
            return ReviewCheck(
                .hashstring, .notExercised,
                "The probe of \(when) lacks an HTTP answer for one copy or both (see urls.reachable); probe again "
                    + "once your endpoint is up.", evidence: evidence)
        }
    }

    /// Per receiver (`host:port`), its latest finished attempt: reachable when it got an HTTP answer of any
    /// status, unreachable on a refused or failed connection, a TLS failure or a timeout.
    static func urlsReachable(_ input: ReviewInput) -> ReviewCheck {
        var latest: [String: (delivery: WebhookDelivery, attempt: DeliveryAttempt)] = [:]
        for delivery in input.state.deliveries.all {
            let receiver = HTTPClientURL(delivery.url)?.endpoint ?? delivery.url
            for attempt in delivery.attempts where attempt.response != nil || attempt.error != nil {
                if let known = latest[receiver], known.attempt.startedAt > attempt.startedAt { continue }
                latest[receiver] = (delivery, attempt)
            }
        }
        guard !latest.isEmpty else {
            return ReviewCheck(
                .urlsReachable, .notExercised,
                "No webhook attempt has finished yet, so no post.url was tried. (redirect.url is opened by the "
                    + "customer's browser: redirect.retrieved is its evidence.)")
        }
        let receivers = latest.sorted { $0.key < $1.key }
        let unreachable = receivers.filter { $0.value.attempt.response == nil }
        let items = (unreachable.isEmpty ? receivers : unreachable).map { receiver, last in
            let outcome = last.attempt.response.map { "answered \($0.status)" } ?? (last.attempt.error ?? "")
            return ReviewEvidenceItem(
                "url", id: last.delivery.url,
                note: "latest attempt: \(last.delivery.id) attempt \(last.attempt.number): \(outcome)")
        }
        if unreachable.isEmpty {
            return ReviewCheck(
                .urlsReachable, .pass, "Every webhook receiver answered its latest attempt (\(receivers.count)).",
                evidence: items)
        }
        return ReviewCheck(
            .urlsReachable, .fail,
            "Not reached on their latest attempt: \(unreachable.count) of \(receivers.count) webhook receivers.",
            evidence: items)
    }

    /// The HTTP status of a delivery's last attempt, if it got one.
    private static func answer(of delivery: WebhookDelivery) -> Int? {
        delivery.attempts.last?.response?.status
    }

    private static func deliveryItem(_ delivery: WebhookDelivery) -> ReviewEvidenceItem {
        let payload = delivery.payload
        return deliveryItem(delivery, role: "\(payload.objectKind) \(delivery.objectID) \(payload.objectStatus)")
    }

    private static func deliveryItem(_ delivery: WebhookDelivery, role: String) -> ReviewEvidenceItem {
        let attempts = delivery.attempts.map { attempt in
            attempt.response.map { "\($0.status)" } ?? attempt.error ?? "in flight"
        }
        let answers = attempts.isEmpty ? "not sent yet" : "answers: " + attempts.joined(separator: ", ")
        return ReviewEvidenceItem("webhook_delivery", id: delivery.id, note: "\(role) to \(delivery.url); \(answers)")
    }
}
