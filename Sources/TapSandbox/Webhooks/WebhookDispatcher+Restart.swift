extension WebhookDispatcher {
    /// After a restart from `--data-dir`: a delivery that was on the wire when the process stopped (status
    /// SENDING) never had its answer recorded. Its unanswered attempt is dropped from the log and made
    /// again now under the same number, so the retry count stays as configured; a receiver may therefore
    /// see that attempt twice. Deliveries waiting for a retry need nothing: their tasks were restored.
    public func resumeInterrupted() {
        for account in store.allAccounts {
            _ = try? store.transact(account) { state, transaction in
                let interrupted = state.deliveries.all.filter { $0.status == .sending }
                for var delivery in interrupted {
                    if delivery.attempts.last?.response == nil && delivery.attempts.last?.error == nil {
                        delivery.attempts.removeLast()
                    }
                    Self.schedule(&delivery, at: transaction.now, state: &state)
                    state.put(delivery)
                }
            }
        }
    }
}
