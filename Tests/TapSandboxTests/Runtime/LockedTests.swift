import Dispatch
import Testing

@testable import TapSandbox

@Suite(.timeLimit(.minutes(1))) struct LockedTests {
    struct Refused: Error {}

    @Test func concurrentUpdates_AreNeverLost() {
        let counter = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
        }
        #expect(counter.withLock { $0 } == 80_000)
    }

    @Test func throwingBody_ReleasesTheLock_AndKeepsItsChanges() {
        let value = Locked([1])
        #expect(throws: Refused.self) {
            try value.withLock { (items: inout [Int]) throws(Refused) in
                items.append(2)
                throw Refused()
            }
        }
        // Taken again on the same thread: a lock left held would deadlock here.
        #expect(value.withLock { $0 } == [1, 2])
    }

    @Test func serials_AreUniqueAcrossThreads_AndReserveOnlyRaises() {
        let ids = IdentifierGenerator(firstSerial: 100)
        let taken = Locked<[Int64]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            var mine: [Int64] = []
            for _ in 0..<1_000 { mine.append(ids.nextSerial()) }
            taken.withLock { $0 += mine }
        }
        let serials = taken.withLock { $0 }
        #expect(Set(serials).count == 8_000)
        #expect(serials.min() == 100 && serials.max() == 8_099)
        ids.reserve(through: 50)
        #expect(ids.nextSerial() == 8_100)
        ids.reserve(through: 9_000)
        #expect(ids.lastSerial == 9_000)
        #expect(ids.nextSerial() == 9_001)
    }
}
