/// Items handled in batches by whichever thread finds nobody handling them ("flat combining"): a thread
/// adds its item and, if no other thread is draining, drains every waiting item, batch after batch, until
/// none is left. Under load one pass takes many items, so N items cost far fewer acquisitions of the lock
/// the drain takes than N separate passes would; an idle combiner drains a lone item at once.
final class BatchCombiner<Item: Sendable>: Sendable {
    private struct Pending {
        var items: [Item] = []
        var draining = false
    }

    private let pending = Locked(Pending())

    /// Adds `item`; drains with `drain` unless another thread is draining, which then takes `item` too.
    /// Every item added is drained exactly once.
    func add(_ item: Item, drain: ([Item]) -> Void) {
        let mustDrain = pending.withLock { pending in
            pending.items.append(item)
            guard !pending.draining else { return false }
            pending.draining = true
            return true
        }
        guard mustDrain else { return }
        while true {
            let batch = pending.withLock { pending in
                defer { pending.items = [] }
                if pending.items.isEmpty { pending.draining = false }
                return pending.items
            }
            if batch.isEmpty { return }
            drain(batch)
        }
    }
}
