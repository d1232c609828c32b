import Dispatch
import Synchronization

/// Gives scheduled task actions their meaning; implemented by the layers above the store.
public protocol TaskRunner: Sendable {
    /// Performs one due task inside a transaction on its account. Tasks whose object is gone do nothing.
    func run(_ task: ScheduledTask, state: inout AccountState, transaction: inout Transaction, account: Account)
}

/// Runs tasks when they fall due on their account's clock: on a background thread as real time passes,
/// and at once when a clock is advanced.
public final class Scheduler: Sendable {
    private let store: Store
    private let runner: any TaskRunner
    private let signal = DispatchSemaphore(value: 0)
    private let stopped = Atomic(false)
    /// When the background thread will look next (base time, ms); `Int64.max` while it is looking. Most
    /// tasks fall due long after that (expiries, retries), and waking the thread for each of them cost
    /// every charge creation a semaphore signal and a scan.
    private let plannedWake = Atomic(Int64.max)
    /// The longest the background thread sleeps before looking again.
    private static let maxSleepMs: Int64 = 1_000

    public init(store: Store, runner: any TaskRunner) {
        self.store = store
        self.runner = runner
    }

    /// Starts the background thread.
    public func start() {
        DetachedThread.start(name: "tap-sandbox-scheduler") { [self] in loop() }
    }

    public func stop() {
        stopped.store(true, ordering: .relaxed)
        signal.signal()
    }

    /// Tells the background thread that a task is now due at `dueAt` (base time), if that is before it
    /// meant to look again.
    func wake(ifDueBefore dueAt: Int64) {
        if dueAt < plannedWake.load(ordering: .acquiring) { signal.signal() }
    }

    /// The most due tasks one transaction runs: enough that thousands of webhook retries a second take the
    /// account's lock a few times instead of thousands, few enough that the API never waits long for it.
    static let tasksPerTransaction = 64

    /// Runs every due task of `account`, in due order and in batches of up to `tasksPerTransaction` per
    /// transaction, until none is due; returns their gates.
    @discardableResult
    public func runDueTasks(of account: Account) -> [ResponseGate] {
        var gates: [ResponseGate] = []
        while true {
            guard let committed = try? store.transact(account, { state, transaction -> Int in
                var count = 0
                while count < Self.tasksPerTransaction, let task = state.popDueTask(now: transaction.now) {
                    runner.run(task, state: &state, transaction: &transaction, account: account)
                    count += 1
                }
                return count
            }), committed.value > 0 else { break }
            if let gate = committed.gate { gates.append(gate) }
        }
        return gates
    }

    private func loop() {
        while !stopped.load(ordering: .relaxed) {
            // Set before the scan: a task committed after this account was scanned still wakes the thread,
            // because it compares with `Int64.max` or with the wake planned from a scan that came after.
            plannedWake.store(Int64.max, ordering: .releasing)
            let base = store.time.nowMilliseconds()
            var sleepMs = Self.maxSleepMs
            for account in store.allAccounts {
                guard let due = account.read({ state in state.tasks.nextDueAt.map { $0 - state.clockOffsetMs } })
                else { continue }
                if due <= base {
                    runDueTasks(of: account)
                } else {
                    sleepMs = min(sleepMs, due - base)
                }
            }
            plannedWake.store(base + sleepMs, ordering: .releasing)
            _ = signal.wait(timeout: .now() + .milliseconds(Int(max(1, sleepMs))))
        }
    }
}
