/// Something to do later on an account's clock. Plain data: the `TaskRunner` of an upper layer gives
/// each action its meaning, so the store stays below the API and webhook layers.
public enum TaskAction: Sendable, Equatable {
    /// An INITIATED charge or authorize that was never completed becomes ABANDONED (spec §4.2 expiry).
    case expire(paymentID: String)
    /// An authorize's `auto` capture or void falls due (spec §5.2).
    case autoAction(authorizeID: String)
    /// A scripted asynchronous transition (scenarios: INITIATED, then CAPTURED 10 s later).
    case transition(paymentID: String, status: PaymentStatus, code: String)
    /// A named action defined by an upper layer (webhook attempts, refund settlement, payouts).
    case custom(name: String, id: String)
}

/// A task with its due time; `sequence` keeps tasks due at the same moment in scheduling order.
public struct ScheduledTask: Sendable, Equatable {
    public var dueAt: Int64
    public var sequence: Int64
    public var action: TaskAction
}

/// A binary min-heap of tasks by due time.
public struct TaskQueue: Sendable {
    private var heap: [ScheduledTask] = []
    private var nextSequence: Int64 = 0

    public var count: Int { heap.count }
    public var isEmpty: Bool { heap.isEmpty }
    /// The earliest due time, if any task is waiting.
    public var nextDueAt: Int64? { heap.first?.dueAt }
    /// Every waiting task, in no particular order.
    public var all: [ScheduledTask] { heap }

    mutating func push(dueAt: Int64, action: TaskAction) {
        heap.append(ScheduledTask(dueAt: dueAt, sequence: nextSequence, action: action))
        nextSequence += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest task if it is due at `now`.
    public mutating func popDue(now: Int64) -> ScheduledTask? {
        guard let first = heap.first, first.dueAt <= now else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < heap.count, precedes(heap[left], heap[smallest]) { smallest = left }
                if right < heap.count, precedes(heap[right], heap[smallest]) { smallest = right }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first
    }

    private func precedes(_ lhs: ScheduledTask, _ rhs: ScheduledTask) -> Bool {
        (lhs.dueAt, lhs.sequence) < (rhs.dueAt, rhs.sequence)
    }
}
