import Synchronization

/// A one-shot condition a response waits for before it is sent: added latency, or a journal write
/// reaching the disk. Opening it runs the callbacks registered so far, once, on the opening thread.
public final class ResponseGate: Sendable {
    private enum State {
        case closed([@Sendable () -> Void])
        case open
    }

    private let state = Mutex(State.closed([]))

    public init() {}

    /// Opens the gate; later calls do nothing.
    public func open() {
        let callbacks: [@Sendable () -> Void] = state.withLock { state in
            guard case .closed(let waiting) = state else { return [] }
            state = .open
            return waiting
        }
        for callback in callbacks { callback() }
    }

    public var isOpen: Bool {
        state.withLock { if case .open = $0 { true } else { false } }
    }

    /// Runs `callback` once the gate is open: at once (on this thread) if it already is.
    public func whenOpen(_ callback: @escaping @Sendable () -> Void) {
        let runNow: Bool = state.withLock { state in
            switch state {
            case .open:
                return true
            case .closed(var waiting):
                waiting.append(callback)
                state = .closed(waiting)
                return false
            }
        }
        if runNow { callback() }
    }

    /// A gate that opens once every one of `gates` is open.
    public static func all(_ gates: [ResponseGate]) -> ResponseGate {
        let combined = ResponseGate()
        chain(gates[...], then: combined)
        return combined
    }

    private static func chain(_ gates: ArraySlice<ResponseGate>, then combined: ResponseGate) {
        guard let first = gates.first else { return combined.open() }
        first.whenOpen { chain(gates.dropFirst(), then: combined) }
    }
}
