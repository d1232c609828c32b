/// Gives the store's scheduled tasks their meaning (CONTRACT.md §5, §8): expiry, automatic capture or
/// void, scripted transitions.
struct SandboxTaskRunner: TaskRunner {
    let context: SandboxContext

    func run(_ task: ScheduledTask, state: inout AccountState, transaction: inout Transaction, account: Account) {
        switch task.action {
        case .expire(let id):
            // CONTRACT.md §5: an object left INITIATED past transaction.expiry becomes ABANDONED (no webhook).
            guard var payment = state.payment(id), payment.status.isPending else { return }
            payment.transition(to: .abandoned, at: task.dueAt)
            payment.auto?.status = "CANCELLED"
            state.put(payment)
            transaction.emit(.payment(payment))
        case .transition(let id, let status, let code):
            guard var payment = state.payment(id), payment.status.isPending else { return }
            payment.transition(to: status, code: code, at: task.dueAt)
            state.put(payment)
            transaction.emit(.payment(payment))
        case .autoAction, .custom:
            return
        }
    }
}
