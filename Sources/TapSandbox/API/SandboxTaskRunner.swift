/// Gives the store's scheduled tasks their meaning (CONTRACT.md §5, §5a, §8): expiry, automatic capture or
/// void, scripted transitions, webhook attempts, refund settlement, daily payouts.
struct SandboxTaskRunner: TaskRunner {
    let context: SandboxContext
    let webhooks: WebhookDispatcher

    func run(_ task: ScheduledTask, state: inout AccountState, transaction: inout Transaction, account: Account) {
        switch task.action {
        case .expire(let id):
            // CONTRACT.md §5: an object left INITIATED past transaction.expiry becomes ABANDONED (no webhook).
            guard let payment = state.payment(id), payment.status.isPending else { return }
            PaymentLifecycle.enter(.abandoned, payment: payment, at: task.dueAt, state: &state, transaction: &transaction)
        case .transition(let id, let status, let code):
            guard let payment = state.payment(id), payment.status.isPending else { return }
            PaymentLifecycle.enter(
                status, code: code, payment: payment, at: task.dueAt, state: &state, transaction: &transaction)
        case .autoAction(let id):
            AuthorizeActions.runAuto(
                authorizeID: id, at: task.dueAt, creation: PaymentCreation(context: context), state: &state,
                transaction: &transaction)
        case .custom(let name, let id) where name == IdempotencyWindow.expiryTask:
            IdempotencyWindow.forget(id, at: task.dueAt, state: &state)
        case .custom(WebhookDispatcher.taskName, let id):
            webhooks.runAttempt(id, state: &state, transaction: transaction, account: account)
        case .custom(RefundSettlement.taskName, let id):
            RefundSettlement.settle(id, state: &state, transaction: &transaction)
        case .custom(PayoutSettlement.dailyTaskName, _):
            PayoutSettlement.runDaily(dueAt: task.dueAt, state: &state, transaction: &transaction)
        case .custom:
            return
        }
    }
}
