/// Where a new delivery goes in its object's line, as its scenario's `webhook` says (CONTRACT.md §6,
/// `scenarios/README.md`): delayed, held for out-of-order delivery, dropped, or in order at once.
extension WebhookDispatcher {
    static func delivery(
        _ payload: DeliveryPayload, url: String, transaction: Transaction, behaviour: WebhookBehaviour
    ) -> WebhookDelivery {
        let serial = transaction.ids.nextSerial()
        var delivery = WebhookDelivery(
            id: Identifier.make("whd_", serial: serial, createdAt: transaction.now), serial: serial,
            createdAt: transaction.now, payload: payload, url: url)
        delivery.tampered = behaviour.badSignature
        return delivery
    }

    /// One object's deliveries go out in the order of its transitions: a later one waits (QUEUED) for the
    /// earlier ones to succeed or fail for good, and its first attempt comes `delayMs` after its transition.
    /// Out of order, a delivery is HELD until the object's next delivery has been sent (that next one goes
    /// first, the held ones follow it) or for `outOfOrderHoldMs`, whichever comes first.
    /// Returns when the first attempt is due, for the caller to start or schedule; nil when the delivery
    /// waits (queued or held) or is dropped.
    static func place(
        _ delivery: inout WebhookDelivery, behaviour: WebhookBehaviour, state: inout AccountState, now: Int64
    ) -> Int64? {
        if behaviour.drop {
            delivery.status = .dropped
            return nil
        }
        let earlier = state.deliveries.of(object: delivery.objectID).filter {
            $0.replayOf == nil && !$0.status.isFinished
        }
        let held = earlier.filter { $0.status == .held }
        if behaviour.outOfOrder && held.isEmpty {
            let due = now + behaviour.delayMs + WebhookBehaviour.outOfOrderHoldMs
            delivery.status = .held
            delivery.nextAttemptAt = due
            state.schedule(.custom(name: taskName, id: delivery.id), at: due)
            return nil
        } else if behaviour.outOfOrder {
            for var waiting in held {
                waiting.status = .queued
                waiting.nextAttemptAt = nil
                state.put(waiting)
            }
            return now + behaviour.delayMs
        } else if !earlier.isEmpty {
            delivery.status = .queued
            return nil
        } else {
            return now + behaviour.delayMs
        }
    }

    /// When a queued delivery may go once the one before it has finished: now, but never before its own
    /// delay has passed since its transition.
    static func releaseTime(of delivery: WebhookDelivery, now: Int64) -> Int64 {
        max(now, delivery.createdAt + (delivery.payload.webhookBehaviour?.delayMs ?? 0))
    }

    /// Logs each webhook a scenario dropped: it appears nowhere else but the delivery log.
    func logDropped(_ events: [DomainEvent]) {
        guard let logger else { return }
        for event in events {
            let payload: DeliveryPayload
            let url: String?
            switch event {
            case .payment(let payment):
                (payload, url) = (.payment(payment), payment.status.firesWebhook ? payment.post?.url : nil)
            case .refund(let refund):
                (payload, url) = (.refund(refund), refund.post?.url)
            // Payouts carry no scenario webhook behaviour.
            case .payout: continue
            }
            guard let url, payload.webhookBehaviour?.drop == true else { continue }
            logger.info(
                "webhook of \(payload.objectID) (\(payload.objectStatus)) to \(url) DROPPED by scenario "
                    + (payload.scenario ?? ""))
        }
    }
}
