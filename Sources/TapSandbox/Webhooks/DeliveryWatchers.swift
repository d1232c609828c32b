/// Gates that open when given deliveries finish (succeed or fail for good), so that a control call such as
/// the hashstring probe can answer once the receiver has answered, without blocking a thread.
final class DeliveryWatchers: Sendable {
    private let waiting = Locked<[String: [ResponseGate]]>([:])

    /// A gate that opens when `finished(id)` is called for the delivery `id`.
    func gate(for id: String) -> ResponseGate {
        let gate = ResponseGate()
        waiting.withLock { $0[id, default: []].append(gate) }
        return gate
    }

    /// Opens and forgets every gate waiting for the delivery `id`.
    func finished(_ id: String) {
        let gates = waiting.withLock { $0.removeValue(forKey: id) } ?? []
        for gate in gates { gate.open() }
    }
}
