import Dispatch
import Synchronization
import Testing

@testable import TapSandbox

@Suite(.timeLimit(.minutes(1))) struct BatchCombinerTests {
    @Test func loneItem_IsDrainedBeforeAddReturns() {
        let combiner = BatchCombiner<Int>()
        var drained: [[Int]] = []
        combiner.add(7) { drained.append($0) }
        #expect(drained == [[7]])
        combiner.add(8) { drained.append($0) }
        #expect(drained == [[7], [8]])
    }

    @Test func concurrentAdds_EachDrainedExactlyOnce_InEachThreadsOrder() {
        let combiner = BatchCombiner<Int>()
        let drained = Mutex<(items: [Int], batches: Int, drainers: Int, maxDrainers: Int)>(([], 0, 0, 0))
        let threads = 8
        let perThread = 2_000
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in 0..<perThread {
                combiner.add(thread * perThread + index) { batch in
                    drained.withLock {
                        $0.drainers += 1
                        $0.maxDrainers = max($0.maxDrainers, $0.drainers)
                    }
                    drained.withLock {
                        $0.items += batch
                        $0.batches += 1
                        $0.drainers -= 1
                    }
                }
            }
        }
        let result = drained.withLock { $0 }
        #expect(result.items.count == threads * perThread)
        #expect(Set(result.items).count == threads * perThread, "no item drained twice")
        #expect(result.maxDrainers == 1, "one thread drains at a time")
        for thread in 0..<threads {
            let mine = result.items.filter { $0 / perThread == thread }
            #expect(mine == mine.sorted(), "thread \(thread)'s items drained in the order it added them")
        }
    }
}
