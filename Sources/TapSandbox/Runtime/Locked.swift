#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value behind a glibc mutex, for the locks that the event loops, the scheduler and the webhook threads
/// all take (an account's state, the store's tables).
///
/// `Synchronization.Mutex` is a priority-inheritance futex on Linux: every contended acquisition goes through
/// the kernel's rt_mutex (`futex_lock_pi`), after a spin in user space. `perf` of 2,000 charges a second with
/// webhooks showed a quarter of the samples there. A plain adaptive mutex spins briefly and then sleeps on an
/// ordinary futex, which costs a fraction of that; priority inheritance buys nothing here, where every
/// thread runs at the same priority.
final class Locked<Value>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let value = UnsafeMutablePointer<Value>.allocate(capacity: 1)

    init(_ initial: Value) {
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        #if canImport(Glibc)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ADAPTIVE_NP))
        #endif
        pthread_mutex_init(mutex, &attributes)
        pthread_mutexattr_destroy(&attributes)
        value.initialize(to: initial)
    }

    deinit {
        value.deinitialize(count: 1)
        value.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with the value, holding the lock.
    func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value.pointee)
    }
}
