import Dispatch
import Synchronization
import Testing

@testable import TapSandbox

@Suite(.timeLimit(.minutes(1))) struct DeliveryWorkersTests {
    /// Blocking work that records how many of its key run at once and in which order they started.
    final class Probe: Sendable {
        let release = DispatchSemaphore(value: 0)
        let began = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        let state = Mutex<(running: Int, peak: Int, started: [Int])>((0, 0, []))

        func work(_ index: Int) -> @Sendable () -> Void {
            finished.enter()
            return { [self] in
                state.withLock {
                    $0.running += 1
                    $0.peak = max($0.peak, $0.running)
                    $0.started.append(index)
                }
                began.signal()
                release.wait()
                state.withLock { $0.running -= 1 }
                finished.leave()
            }
        }
    }

    @Test func blockedKey_HoldsAtMostItsLimit_AndOtherKeysStillRun() {
        let workers = DeliveryWorkers(maxThreads: 4, perKeyLimit: 2)
        defer { workers.stop() }
        let probe = Probe()
        for index in 0..<6 { workers.submit(key: "slow", probe.work(index)) }
        // Both of the slow key's threads have begun (threads start on demand, so wait for them) and hold.
        for _ in 0..<2 { #expect(probe.began.wait(timeout: .now() + 10) == .success) }
        let fast = DispatchSemaphore(value: 0)
        workers.submit(key: "fast") { fast.signal() }
        #expect(fast.wait(timeout: .now() + 10) == .success)
        #expect(probe.state.withLock { $0.peak } == 2)
        for _ in 0..<6 { probe.release.signal() }
        #expect(probe.finished.wait(timeout: .now() + 10) == .success)
        let (_, peak, started) = probe.state.withLock { $0 }
        #expect(peak == 2)
        #expect(started.sorted() == Array(0..<6))
        #expect(Array(started.prefix(2)).sorted() == [0, 1])
    }

    @Test func fullPool_RunsQueuedWorkOnceAThreadIsFree() {
        let workers = DeliveryWorkers(maxThreads: 2, perKeyLimit: 2)
        defer { workers.stop() }
        let probe = Probe()
        workers.submit(key: "a", probe.work(0))
        workers.submit(key: "b", probe.work(1))
        let third = DispatchSemaphore(value: 0)
        workers.submit(key: "c") { third.signal() }
        #expect(third.wait(timeout: .now() + 0.2) == .timedOut)
        probe.release.signal()
        #expect(third.wait(timeout: .now() + 10) == .success)
        probe.release.signal()
        #expect(probe.finished.wait(timeout: .now() + 10) == .success)
    }

    @Test func stop_DropsWaitingWork() {
        let workers = DeliveryWorkers(maxThreads: 1, perKeyLimit: 1)
        let probe = Probe()
        workers.submit(key: "a", probe.work(0))
        #expect(probe.began.wait(timeout: .now() + 10) == .success)
        let dropped = Atomic(false)
        workers.submit(key: "a") { dropped.store(true, ordering: .relaxed) }
        workers.stop()
        probe.release.signal()
        #expect(probe.finished.wait(timeout: .now() + 10) == .success)
        workers.submit(key: "a") { dropped.store(true, ordering: .relaxed) }
        #expect(dropped.load(ordering: .relaxed) == false)
    }
}
