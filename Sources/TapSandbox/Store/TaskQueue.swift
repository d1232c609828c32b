/// Something to do later on an account's clock. Plain data: the `TaskRunner` of an upper layer gives
/// each action its meaning, so the store stays below the API and webhook layers.
public enum TaskAction: Sendable, Equatable, Codable {
    /// An INITIATED charge or authorize that was never completed becomes ABANDONED (spec §4.2 expiry).
    case expire(paymentID: String)
    /// An authorize's `auto` capture or void falls due (spec §5.2).
    case autoAction(authorizeID: String)
    /// A scripted asynchronous transition (scenarios: INITIATED, then CAPTURED 10 s later).
    case transition(paymentID: String, status: PaymentStatus, code: String)
    /// A named action defined by an upper layer (webhook attempts, refund settlement, payouts).
    case custom(name: String, id: String)
}

/// A task with its due time; `sequence` keeps tasks due at the same moment in scheduling order and names
/// the task in the journal.
public struct ScheduledTask: Sendable, Equatable, Codable {
    public var dueAt: Int64
    public var sequence: Int64
    public var action: TaskAction
}

/// Tasks by sequence number, ordered by a binary min-heap of (due time, sequence).
public struct TaskQueue: Sendable, Equatable {
    private var bySequence = ShardedDictionary<Int64, ScheduledTask>()
    private var heap: [Entry] = []
    private var nextSequence: Int64 = 0

    private struct Entry: Sendable {
        var dueAt: Int64
        var sequence: Int64
    }

    public var count: Int { bySequence.count }
    public var isEmpty: Bool { bySequence.isEmpty }
    /// The earliest due time, if any task is waiting.
    public var nextDueAt: Int64? { heap.first?.dueAt }
    /// Every waiting task, in no particular order.
    public var all: some Collection<ScheduledTask> { bySequence.values }

    /// The waiting task with this sequence number.
    public subscript(sequence sequence: Int64) -> ScheduledTask? { bySequence[sequence] }

    /// Equal when the same tasks wait (the heap's layout and the next sequence number do not matter).
    public static func == (lhs: TaskQueue, rhs: TaskQueue) -> Bool { lhs.bySequence == rhs.bySequence }

    mutating func push(dueAt: Int64, action: TaskAction) -> ScheduledTask {
        let task = ScheduledTask(dueAt: dueAt, sequence: nextSequence, action: action)
        nextSequence += 1
        bySequence[task.sequence] = task
        heap.append(Entry(dueAt: dueAt, sequence: task.sequence))
        siftUp(heap.count - 1)
        return task
    }

    /// Removes and returns the earliest task if it is due at `now`.
    mutating func popDue(now: Int64) -> ScheduledTask? {
        guard let first = heap.first, first.dueAt <= now else { return nil }
        removeFirst()
        return bySequence.removeValue(forKey: first.sequence)
    }

    /// Puts back a task read from the data directory (sequence kept); `rebuild()` must follow.
    mutating func restore(_ task: ScheduledTask) {
        bySequence[task.sequence] = task
    }

    /// Drops a restored task; `rebuild()` must follow.
    mutating func forget(sequence: Int64) {
        bySequence[sequence] = nil
    }

    /// Orders the restored tasks; new tasks are numbered after them.
    mutating func rebuild() {
        heap = bySequence.values.map { Entry(dueAt: $0.dueAt, sequence: $0.sequence) }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        nextSequence = max(nextSequence, (bySequence.keys.max() ?? -1) + 1)
    }

    private mutating func removeFirst() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        heap[0] = last
        siftDown(0)
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, precedes(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, precedes(heap[right], heap[smallest]) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }

    private func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
        (lhs.dueAt, lhs.sequence) < (rhs.dueAt, rhs.sequence)
    }
}
