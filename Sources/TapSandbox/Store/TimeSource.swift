import Glibc
import Synchronization

/// The base of all sandbox time, in epoch milliseconds. Each account's clock is this plus its own offset
/// (`POST /_sandbox/clock/advance`), so one test's time travel never moves another's.
public protocol TimeSource: Sendable {
    func nowMilliseconds() -> Int64
}

/// Real wall-clock time.
public struct SystemTimeSource: TimeSource {
    public init() {}

    public func nowMilliseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }
}

/// Time that only moves when told to: tests inject it so that nothing ever waits on a real clock.
public final class ManualTimeSource: TimeSource {
    private let now: Mutex<Int64>

    public init(startingAt milliseconds: Int64 = 1_790_000_000_000) {
        now = Mutex(milliseconds)
    }

    public func nowMilliseconds() -> Int64 {
        now.withLock { $0 }
    }

    public func advance(byMilliseconds delta: Int64) {
        now.withLock { $0 += delta }
    }
}
