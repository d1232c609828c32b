import Synchronization
import Testing

@testable import TapSandbox

@Suite struct SchedulerTests {
    /// Runs `probe` tasks by noting their ids, and counts the transactions committed.
    final class Recorder: TaskRunner, TransactionObserver {
        let ran = Mutex<[String]>([])
        let transactions = Atomic(0)

        func run(_ task: ScheduledTask, state: inout AccountState, transaction: inout Transaction, account: Account) {
            guard case .custom("probe", let id) = task.action else { return }
            ran.withLock { $0.append(id) }
        }

        func willCommit(_ state: inout AccountState, _ transaction: inout Transaction, account: Account) {
            transactions.add(1, ordering: .relaxed)
        }

        func didCommit(account: Account, changes: [ObjectKey], events: [DomainEvent]) -> ResponseGate? { nil }
    }

    @Test func manyDueTasks_RunInDueOrder_InFewTransactions() throws {
        let store = Store(time: ManualTimeSource())
        let recorder = Recorder()
        let scheduler = Scheduler(store: store, runner: recorder)
        store.connect(observer: recorder, scheduler: scheduler)
        let account = store.account(TestSandbox.key)
        let count = 150
        // Due times out of creation order: 1,000 ms plus 0-6 ms, so the order to check is (due, creation).
        var expected: [(due: Int64, index: Int)] = []
        _ = try store.transact(account) { state, transaction in
            for index in 0..<count {
                let due = transaction.now + 1_000 + Int64((index * 5) % 7)
                state.schedule(.custom(name: "probe", id: String(index)), at: due)
                expected.append((due, index))
            }
        }
        recorder.transactions.store(0, ordering: .relaxed)
        _ = store.advanceClock(account, byMilliseconds: 2_000)
        let order = expected.sorted { ($0.due, $0.index) < ($1.due, $1.index) }.map { String($0.index) }
        #expect(recorder.ran.withLock { $0 } == order)
        // The clock's own transaction, then batches of `tasksPerTransaction`, then one that finds none due.
        let batches = (count + Scheduler.tasksPerTransaction - 1) / Scheduler.tasksPerTransaction
        #expect(recorder.transactions.load(ordering: .relaxed) == 1 + batches + 1)
        #expect(batches < count / 10, "a batch runs many tasks")
        #expect(account.read { $0.tasks.isEmpty })
    }
}
