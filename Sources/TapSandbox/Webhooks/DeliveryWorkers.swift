import Dispatch

/// A bounded pool of threads that run blocking work (webhook exchanges) with a limit per key, so work for
/// one key (an account's receiver) can hold at most `perKeyLimit` threads and never starves other keys.
/// Keys with waiting work take turns; work of one key runs in submission order.
///
/// Threads start on demand up to `maxThreads` and block on a semaphore when idle: blocking belongs on
/// dedicated threads, never on Dispatch work items (NOTES.md).
final class DeliveryWorkers: Sendable {
    typealias Work = @Sendable () -> Void

    private struct State {
        var queues: [String: FIFO<Work>] = [:]
        /// Keys with waiting work, in turn order.
        var turns: [String] = []
        var running: [String: Int] = [:]
        var threads = 0
        /// Threads waiting on the semaphore that nobody has woken yet.
        var idle = 0
        var stopped = false
    }

    private enum Step {
        case run(String, Work)
        case wait
        case exit
    }

    let maxThreads: Int
    let perKeyLimit: Int
    private let state = Locked(State())
    private let wake = DispatchSemaphore(value: 0)

    init(maxThreads: Int, perKeyLimit: Int) {
        self.maxThreads = max(1, maxThreads)
        self.perKeyLimit = max(1, perKeyLimit)
    }

    /// Queues `work` under `key`. A thread is woken (or started) only when the work can run now; work over
    /// its key's limit is picked up by a thread of that key when it finishes.
    func submit(key: String, _ work: @escaping Work) {
        enum Action { case none, signal, spawn }
        let action: Action = state.withLock { state in
            guard !state.stopped else { return .none }
            if state.queues[key] == nil { state.turns.append(key) }
            state.queues[key, default: FIFO()].push(work)
            guard state.running[key, default: 0] < perKeyLimit else { return .none }
            if state.idle > 0 {
                state.idle -= 1
                return .signal
            }
            guard state.threads < maxThreads else { return .none }
            state.threads += 1
            return .spawn
        }
        switch action {
        case .none: break
        case .signal: wake.signal()
        case .spawn: startThread()
        }
    }

    /// Drops waiting work and lets the threads end; work in progress finishes first.
    func stop() {
        let idle: Int = state.withLock { state in
            state.stopped = true
            state.queues.removeAll()
            state.turns.removeAll()
            defer { state.idle = 0 }
            return state.idle
        }
        for _ in 0..<idle { wake.signal() }
    }

    private func startThread() {
        DetachedThread.start(name: "tap-sandbox-webhook") { [self] in loop() }
    }

    private func loop() {
        while true {
            switch state.withLock({ next(&$0) }) {
            case .exit:
                return
            case .wait:
                wake.wait()
            case .run(let key, let work):
                work()
                state.withLock { state in
                    state.running[key, default: 1] -= 1
                    if state.running[key] == 0 { state.running[key] = nil }
                }
            }
        }
    }

    /// The next runnable work, taking keys in turn; or wait, counted as idle.
    private func next(_ state: inout State) -> Step {
        if state.stopped {
            state.threads -= 1
            return .exit
        }
        for (index, key) in state.turns.enumerated() where state.running[key, default: 0] < perKeyLimit {
            guard let work = state.queues[key]?.pop() else { continue }
            state.turns.remove(at: index)
            if state.queues[key]?.isEmpty == true {
                state.queues[key] = nil
            } else {
                state.turns.append(key)
            }
            state.running[key, default: 0] += 1
            return .run(key, work)
        }
        state.idle += 1
        return .wait
    }
}

/// A first-in first-out queue with O(1) amortized push and pop.
struct FIFO<Element> {
    private var items: [Element] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }

    mutating func push(_ item: Element) {
        items.append(item)
    }

    mutating func pop() -> Element? {
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return item
    }
}
