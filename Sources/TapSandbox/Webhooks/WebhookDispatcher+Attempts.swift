import Dispatch

extension WebhookDispatcher {
    /// One outgoing attempt, as handed to a delivery thread.
    struct Attempt: Sendable {
        let account: Account
        let deliveryID: String
        let number: Int
        let url: String
        let payload: DeliveryPayload
        let tampered: Bool
    }

    /// An attempt's answer, waiting to be recorded (its request was logged before it was sent).
    struct Outcome: Sendable {
        let attempt: Attempt
        let result: Result<HTTPClientResponse, HTTPClientError>
        let latencyMicroseconds: Int64
    }

    /// Runs a due `webhook` task, under the account lock. A task left behind by a delivery that was queued
    /// since (out of order) or rescheduled finds it not due, and does nothing.
    public func runAttempt(
        _ deliveryID: String, state: inout AccountState, transaction: Transaction, account: Account
    ) {
        guard var delivery = state.deliveries[deliveryID], delivery.status == .scheduled || delivery.status == .held,
            let due = delivery.nextAttemptAt, due <= transaction.now
        else { return }
        start(&delivery, now: transaction.now, account: account)
        state.put(delivery)
    }

    /// Under the account lock: logs the delivery's next attempt as started, then queues it on the delivery
    /// threads, which build and sign the request once connected (outside the lock: rendering it there cost
    /// the API's threads a quarter of their time at 2,000 webhooks a second) and log it before sending it.
    /// The caller puts `delivery`.
    func start(_ delivery: inout WebhookDelivery, now: Int64, account: Account) {
        let number = delivery.attempts.count + 1
        delivery.attempts.append(DeliveryAttempt(number: number, startedAt: now))
        delivery.status = .sending
        delivery.nextAttemptAt = nil
        let attempt = Attempt(
            account: account, deliveryID: delivery.id, number: number, url: delivery.url, payload: delivery.payload,
            tampered: delivery.tampered)
        // Per account and receiver: one slow receiver never holds more than its share of the threads.
        let receiver = HTTPClientURL(delivery.url)?.endpoint ?? delivery.url
        workers.submit(key: account.key + " " + receiver) { [self] in perform(attempt) }
    }

    /// On a delivery thread: once connected, the request is built, logged and sent; its answer is recorded
    /// later (a refused connection builds none: nothing was sent, and nothing is rendered for it). Answers are
    /// recorded in batches, one transaction per account (`BatchCombiner`): at thousands of attempts a second,
    /// one transaction per answer kept the account's lock contended against the API.
    private func perform(_ attempt: Attempt) {
        // A reset forgot the account while this waited: its deliveries are gone, send nothing.
        guard !attempt.account.isForgotten else { return }
        let started = monotonicNanoseconds()
        let result = client.send(to: attempt.url) {
            let message = WebhookMessage(
                attempt.payload, url: attempt.url, tampered: attempt.tampered, attempt: attempt.number,
                account: attempt.account, publicURL: publicURL)
            logRequest(message, of: attempt)
            return HTTPClientRequest(method: .post, url: attempt.url, headers: message.headers, body: message.body)
        }.result
        let latency = Int64((monotonicNanoseconds() - started) / 1_000)
        let outcome = Outcome(attempt: attempt, result: result, latencyMicroseconds: latency)
        outcomes.add(outcome) { batch in record(batch) }
    }

    /// Logs the request of an attempt before its first byte is sent, so that a receiver that looks the
    /// delivery up while answering finds what it was sent.
    private func logRequest(_ message: WebhookMessage, of attempt: Attempt) {
        _ = try? store.transact(attempt.account) { state, _ in
            guard var delivery = state.deliveries[attempt.deliveryID], delivery.status == .sending,
                delivery.attempts.count == attempt.number
            else { return }
            delivery.attempts[attempt.number - 1].requestHeaders = message.headers
            delivery.attempts[attempt.number - 1].requestBody = message.body
            state.put(delivery)
        }
    }

    /// Records a batch of outcomes, one transaction per account, then logs them and opens the gates of the
    /// deliveries they finished.
    private func record(_ batch: [Outcome]) {
        var byAccount: [ObjectIdentifier: [Outcome]] = [:]
        var accounts: [ObjectIdentifier] = []
        for outcome in batch {
            let id = ObjectIdentifier(outcome.attempt.account)
            if byAccount[id] == nil { accounts.append(id) }
            byAccount[id, default: []].append(outcome)
        }
        for id in accounts {
            let outcomes = byAccount[id] ?? []
            let finished = try? store.transact(outcomes[0].attempt.account) { state, transaction in
                outcomes.filter { outcome in
                    record(outcome, state: &state, now: transaction.now)
                    return state.deliveries[outcome.attempt.deliveryID]?.status.isFinished ?? true
                }
            }
            for outcome in outcomes { log(outcome) }
            for outcome in finished?.value ?? [] { watchers.finished(outcome.attempt.deliveryID) }
        }
    }

    /// A gate that opens once every delivery of `ids` has finished, or after the receiver's timeout and
    /// then some, whichever comes first: a reset or a stop can leave a delivery that never finishes.
    public func whenFinished(_ ids: [String], account: Account) -> ResponseGate {
        let gates = ids.map { watchers.gate(for: $0) }
        // A delivery may have finished before its gate was registered.
        let done = account.read { state in ids.filter { state.deliveries[$0]?.status.isFinished ?? true } }
        for id in done { watchers.finished(id) }
        let limit = DispatchTime.now() + .milliseconds(settings.timeoutMs + 5_000)
        DispatchQueue.global().asyncAfter(deadline: limit) { [watchers] in
            for id in ids { watchers.finished(id) }
        }
        return ResponseGate.all(gates)
    }

    /// Records an answer: SUCCESS on a 2xx; otherwise the next retry on the sandbox clock, or ERROR when
    /// none is left (CONTRACT.md §7). The object's `post` follows its latest delivery.
    func record(_ outcome: Outcome, state: inout AccountState, now: Int64) {
        let attempt = outcome.attempt
        guard var delivery = state.deliveries[attempt.deliveryID], delivery.status == .sending,
            delivery.attempts.count == attempt.number
        else { return }
        var logged = delivery.attempts[attempt.number - 1]
        logged.latencyMicroseconds = outcome.latencyMicroseconds
        switch outcome.result {
        case .success(let response):
            logged.response = DeliveryResponse(
                status: response.status.code, headers: response.headers, body: response.body)
            logged.error = Self.failure(of: response)
        case .failure(let error):
            logged.error = error.message
        }
        delivery.attempts[attempt.number - 1] = logged
        let retries = delivery.replayOf == nil ? settings.retryDelaysMs : []
        if logged.error == nil {
            delivery.status = .succeeded
        } else if attempt.number <= retries.count {
            Self.schedule(&delivery, at: now + Int64(retries[attempt.number - 1]), state: &state)
        } else {
            delivery.status = .failed
        }
        state.put(delivery)
        updatePost(after: delivery, state: &state)
        if delivery.status.isFinished { releaseNext(after: delivery, state: &state, now: now) }
    }

    /// Why an answer does not count as delivered, or nil for a 2xx.
    static func failure(of response: HTTPClientResponse) -> String? {
        let status = response.status
        if status.isSuccess { return nil }
        if (300..<400).contains(status.code) {
            let target = response.headers["location"].map { " to \($0)" } ?? ""
            return "answered \(status): redirects\(target) are not followed; only a 2xx answer counts as delivered"
        }
        return "answered \(status); only a 2xx answer counts as delivered"
    }

    /// `post.status`/`post.attempt` of the object show its latest (non-replay) delivery.
    private func updatePost(after delivery: WebhookDelivery, state: inout AccountState) {
        guard delivery.replayOf == nil,
            state.deliveries.of(object: delivery.objectID).last(where: { $0.replayOf == nil })?.id == delivery.id
        else { return }
        let status: String
        switch delivery.status {
        case .succeeded: status = "SUCCESS"
        case .failed: status = "ERROR"
        case .queued, .scheduled, .sending, .held, .dropped: status = "PENDING"
        }
        state.setPost(of: delivery.payload, status: status, attempt: delivery.attempts.count)
    }

    /// Starts the object's next waiting delivery once the one before it has finished.
    private func releaseNext(after delivery: WebhookDelivery, state: inout AccountState, now: Int64) {
        guard delivery.replayOf == nil,
            var next = state.deliveries.of(object: delivery.objectID).first(where: { $0.status == .queued })
        else { return }
        Self.schedule(&next, at: Self.releaseTime(of: next, now: now), state: &state)
        state.put(next)
    }

    private func log(_ outcome: Outcome) {
        guard let logger else { return }
        let answer: String
        switch outcome.result {
        case .success(let response): answer = "\(response.status)"
        case .failure(let error): answer = error.message
        }
        let attempt = outcome.attempt
        let milliseconds = DeliveryAttempt.milliseconds(outcome.latencyMicroseconds)
        let name = "webhook \(attempt.deliveryID) attempt \(attempt.number)"
        logger.info("\(name) POST \(attempt.url): \(answer) in \(milliseconds) ms")
    }
}

extension AccountState {
    /// Sets `post.status` and `post.attempt` of the object a payload carries, if it still exists. Payouts
    /// have no `post`: their deliveries show only in the delivery log.
    mutating func setPost(of payload: DeliveryPayload, status: String, attempt: Int) {
        switch payload {
        case .payment(let snapshot):
            guard var payment = payment(snapshot.id), var post = payment.post,
                post.status != status || post.attempt != attempt
            else { return }
            post.status = status
            post.attempt = attempt
            payment.post = post
            put(payment)
        case .refund(let snapshot):
            guard var refund = refunds[snapshot.id], var post = refund.post,
                post.status != status || post.attempt != attempt
            else { return }
            post.status = status
            post.attempt = attempt
            refund.post = post
            put(refund)
        case .payout:
            return
        }
    }
}

extension DeliveryAttempt {
    /// Microseconds as milliseconds with three decimals, e.g. `1.204`.
    static func milliseconds(_ microseconds: Int64) -> String {
        let fraction = String(microseconds % 1_000)
        return "\(microseconds / 1_000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
