/// `reference.idempotent` on charges and authorizes (spec §11, CONTRACT.md §3): a key names its object for
/// 24 hours of the account's sandbox clock; a scheduled task then forgets it, so keys never pile up.
enum IdempotencyWindow {
    /// Tap: "The idempotent string is valid for 24 hours" (spec §11).
    static let durationMs: Int64 = 24 * 3_600_000
    /// The name of the `TaskAction.custom` task that forgets an expired key.
    static let expiryTask = "idempotency.expire"

    /// The object an unexpired key points at.
    static func original(of key: String, _ kind: Payment.Kind, in state: borrowing AccountState, now: Int64)
        -> Payment?
    {
        guard let entry = state.idempotency[IdempotencyKey(family: kind.rawValue, value: key)], entry.expiresAt > now
        else { return nil }
        return state.payment(entry.objectID)
    }

    /// Points `key` at `objectID` until 24 hours after `now`, and schedules its expiry.
    static func remember(
        _ key: String, kind: Payment.Kind, objectID: String, at now: Int64, state: inout AccountState
    ) {
        let expiresAt = now + durationMs
        state.setIdempotency(
            IdempotencyEntry(objectID: objectID, expiresAt: expiresAt),
            for: IdempotencyKey(family: kind.rawValue, value: key))
        state.schedule(.custom(name: expiryTask, id: kind.rawValue + ":" + key), at: expiresAt)
    }

    /// The expiry task: forgets the key named by `taskID` ("family:key") unless it was given out again since.
    static func forget(_ taskID: String, at time: Int64, state: inout AccountState) {
        guard let colon = taskID.firstIndex(of: ":") else { return }
        let key = IdempotencyKey(
            family: String(taskID[..<colon]), value: String(taskID[taskID.index(after: colon)...]))
        guard let entry = state.idempotency[key], entry.expiresAt <= time else { return }
        state.setIdempotency(nil, for: key)
    }
}
