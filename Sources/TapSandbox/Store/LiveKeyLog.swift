/// Requests that presented a live key (`sk_live_…`, `pk_live_…`), which the sandbox refuses (CONTRACT.md §2).
/// Such a request names no sandbox account, so the log is the whole sandbox's, and it never holds the key:
/// only how many there were and where the latest one went, for the integration review (CONTRACT.md §9).
public struct LiveKeyLog: Sendable, Equatable {
    public private(set) var count = 0
    public private(set) var latest: LiveKeyPresentation?

    public init() {}

    mutating func note(_ presentation: LiveKeyPresentation) {
        count += 1
        latest = presentation
    }
}

/// One request with a live key: when (real time, as no account clock applies) and what it asked for.
public struct LiveKeyPresentation: Sendable, Equatable {
    public var time: Int64
    public var method: String
    public var path: String

    public init(time: Int64, method: String, path: String) {
        self.time = time
        self.method = method
        self.path = path
    }
}
