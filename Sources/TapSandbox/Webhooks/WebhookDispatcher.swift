/// Turns status changes into signed webhook deliveries and carries them out (CONTRACT.md §7).
///
/// Inside the transaction that changes an object (`willCommit`, under the account lock) a firing status
/// becomes a `WebhookDelivery` in the account's state with its first attempt scheduled at `now` on the
/// account's clock. An attempt due at once starts in that transaction; later ones (delays, retries) run as
/// `TaskAction.custom(name: "webhook", id:)` tasks of the scheduler (`runAttempt`). Starting an attempt
/// logs it under the lock and hands it to `DeliveryWorkers`, whose threads connect, build, sign and log the
/// request, send it, and record the answers in batched transactions (`record`). So an API response never
/// waits for a receiver, retries follow the sandbox clock, and reset covers deliveries.
public final class WebhookDispatcher: TransactionObserver {
    /// The `TaskAction.custom` name of delivery attempts.
    public static let taskName = "webhook"

    let store: Store
    let settings: WebhookSettings
    let publicURL: String
    let client: HTTPClient
    let workers: DeliveryWorkers
    let watchers = DeliveryWatchers()
    let outcomes = BatchCombiner<Outcome>()
    let logger: Logger?

    public init(store: Store, settings: WebhookSettings, publicURL: String, logger: Logger? = nil) {
        self.store = store
        self.settings = settings
        self.publicURL = publicURL
        self.logger = logger
        var options = HTTPClientOptions(timeoutMs: settings.timeoutMs, insecureTLS: settings.insecureTLS)
        options.trustedCertificatesFile = settings.trustedCertificatesFile
        options.maxBodyBytes = settings.loggedResponseBytes
        client = HTTPClient(options: options)
        workers = DeliveryWorkers(maxThreads: settings.workerThreads, perKeyLimit: settings.perReceiverLimit)
    }

    /// Stops the delivery threads; attempts on the wire finish (bounded by the timeout).
    public func stop() {
        workers.stop()
    }

    public func willCommit(_ state: inout AccountState, _ transaction: inout Transaction, account: Account) {
        for event in transaction.events {
            guard let (payload, url) = Self.webhook(for: event, in: state) else { continue }
            let behaviour = payload.webhookBehaviour ?? WebhookBehaviour()
            var delivery = Self.delivery(payload, url: url, transaction: transaction, behaviour: behaviour)
            if let due = Self.place(&delivery, behaviour: behaviour, state: &state, now: transaction.now) {
                // Due now (no scenario delay): the first attempt starts in this transaction rather than in
                // one more of the scheduler's, which the account's lock would have to admit under load.
                if due <= transaction.now {
                    start(&delivery, now: transaction.now, account: account)
                } else {
                    Self.schedule(&delivery, at: due, state: &state)
                }
            }
            state.put(delivery)
            state.setPost(of: payload, status: "PENDING", attempt: 0)
            if behaviour.duplicate {
                // The copy waits behind the original, like any later delivery of the object.
                var copy = Self.delivery(payload, url: url, transaction: transaction, behaviour: behaviour)
                copy.duplicateOf = delivery.id
                copy.status = .queued
                state.put(copy)
            }
        }
    }

    public func didCommit(account: Account, changes: [ObjectKey], events: [DomainEvent]) -> ResponseGate? {
        logDropped(events)
        return nil
    }

    /// The webhook an event calls for, if any: CONTRACT.md §7, never for INITIATED or ABANDONED, and only
    /// for objects with a `post.url`; refunds on each status after creation; payouts to the account's
    /// payout URL (spec §8: configured per merchant, not per request).
    static func webhook(for event: DomainEvent, in state: borrowing AccountState) -> (DeliveryPayload, url: String)? {
        switch event {
        case .payment(let payment):
            guard payment.status.firesWebhook, let url = payment.post?.url else { return nil }
            return (.payment(payment), url)
        case .refund(let refund):
            guard let url = refund.post?.url else { return nil }
            return (.refund(refund), url)
        case .payout(let payout):
            guard let url = state.payoutSettings.webhookURL else { return nil }
            return (.payout(payout), url)
        }
    }

    static func schedule(_ delivery: inout WebhookDelivery, at time: Int64, state: inout AccountState) {
        delivery.status = .scheduled
        delivery.nextAttemptAt = time
        state.schedule(.custom(name: taskName, id: delivery.id), at: time)
    }

    /// `POST /_sandbox/webhooks/{id}/replay`: a new delivery of the same snapshot to the same URL, signed
    /// afresh (or wrongly when `tamper`), sent at once with a single attempt and no retries. Replays leave
    /// the object's `post` alone: they are a test tool, not a transition. Nil when `id` is not the account's.
    public func replay(_ id: String, tamper: Bool, account: Account) -> Committed<WebhookDelivery?> {
        let committed = try? store.transact(account) { state, transaction -> WebhookDelivery? in
            state.deliveries[id].map { Self.replay($0, tamper: tamper, state: &state, transaction: transaction) }
        }
        return committed ?? Committed(value: nil, gate: nil)
    }

    /// Adds and schedules a replay of `original`, inside the caller's transaction.
    static func replay(
        _ original: WebhookDelivery, tamper: Bool, state: inout AccountState, transaction: Transaction
    ) -> WebhookDelivery {
        let serial = transaction.ids.nextSerial()
        var replay = WebhookDelivery(
            id: Identifier.make("whd_", serial: serial, createdAt: transaction.now), serial: serial,
            createdAt: transaction.now, payload: original.payload, url: original.url)
        replay.replayOf = original.id
        replay.tampered = tamper
        schedule(&replay, at: transaction.now, state: &state)
        state.put(replay)
        return replay
    }
}

/// How webhooks are delivered; from the command line (`--webhook-*`) plus pool sizes.
public struct WebhookSettings: Sendable {
    /// Delay before each retry, in milliseconds of sandbox time; the count is the number of retries.
    public var retryDelaysMs: [Int]
    /// Time a receiver has for the whole exchange.
    public var timeoutMs: Int
    public var insecureTLS: Bool
    /// Extra trusted certificates for https receivers (tests use a private CA).
    public var trustedCertificatesFile: String?
    /// Delivery threads in all.
    public var workerThreads = 32
    /// Threads one account's receiver (`host:port`) may hold at once; a hanging receiver holds no more.
    public var perReceiverLimit = 4
    /// The most of a receiver's answer kept in the delivery log; the rest is not read.
    public var loggedResponseBytes = 4_096

    public init(configuration: Configuration) {
        retryDelaysMs = configuration.webhookRetryDelaysMs
        timeoutMs = configuration.webhookTimeoutMs
        insecureTLS = configuration.webhookInsecureTLS
    }
}
