#if canImport(Glibc)
import CSystem
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a named POSIX thread that runs `body` and ends with it. Our long-lived threads (event loops, the
/// scheduler, webhook workers) block by design, which must never happen on Dispatch's pool (NOTES.md).
/// Foundation's `Thread` would do the same, but linking Foundation (with ICU) costs the binary about 10 ms of
/// start-up and 7 MB of resident memory; FoundationEssentials has no threads.
enum DetachedThread {
    private final class Start {
        let name: String
        let body: () -> Void
        init(name: String, body: @escaping () -> Void) {
            self.name = name
            self.body = body
        }
    }

    static func start(name: String, _ body: @escaping @Sendable () -> Void) {
        let start = Unmanaged.passRetained(Start(name: name, body: body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let result = pthread_create(&thread, nil, { context in
            let start = Unmanaged<Start>.fromOpaque(context!).takeRetainedValue()
            #if canImport(Glibc)
            _ = csystem_name_thread(start.name)
            #else
            pthread_setname_np(start.name)
            #endif
            start.body()
            return nil
        }, start)
        precondition(result == 0, "pthread_create failed: \(result)")
        pthread_detach(thread)
    }
}
