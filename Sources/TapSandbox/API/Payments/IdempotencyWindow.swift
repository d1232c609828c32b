/// `reference.idempotent` on charges, authorizes and refunds (spec §11, CONTRACT.md §3): a key names its
/// object for 24 hours of the account's sandbox clock; a scheduled task then forgets it, so keys never pile up.
/// Keys are scoped by resource family (`charge`, `authorize`, `refunds`): one value may name one of each.
enum IdempotencyWindow {
    /// Tap: "The idempotent string is valid for 24 hours" (spec §11).
    static let durationMs: Int64 = 24 * 3_600_000
    /// The name of the `TaskAction.custom` task that forgets an expired key.
    static let expiryTask = "idempotency.expire"

    /// The payment an unexpired key points at.
    static func original(of key: String, _ kind: Payment.Kind, in state: borrowing AccountState, now: Int64)
        -> Payment?
    {
        objectID(of: key, family: kind.rawValue, in: state, now: now).flatMap { state.payment($0) }
    }

    /// The id of the object an unexpired key of `family` points at.
    static func objectID(of key: String, family: String, in state: borrowing AccountState, now: Int64) -> String? {
        guard let entry = state.idempotency[IdempotencyKey(family: family, value: key)], entry.expiresAt > now
        else { return nil }
        return entry.objectID
    }

    /// Points `key` at `objectID` until 24 hours after `now`, and schedules its expiry.
    static func remember(
        _ key: String, kind: Payment.Kind, objectID: String, at now: Int64, state: inout AccountState
    ) {
        remember(key, family: kind.rawValue, objectID: objectID, at: now, state: &state)
    }

    /// Points `key` of `family` at `objectID` until 24 hours after `now`, and schedules its expiry.
    static func remember(
        _ key: String, family: String, objectID: String, at now: Int64, state: inout AccountState
    ) {
        let expiresAt = now + durationMs
        state.setIdempotency(
            IdempotencyEntry(objectID: objectID, expiresAt: expiresAt), for: IdempotencyKey(family: family, value: key))
        state.schedule(.custom(name: expiryTask, id: family + ":" + key), at: expiresAt)
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
