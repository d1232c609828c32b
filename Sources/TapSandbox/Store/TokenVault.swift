/// The card tokens of every account (CONTRACT.md §2), by id. Expired tokens are dropped when tokens are
/// added, but only once the vault has doubled since the last sweep, so adding stays O(1) amortized and
/// memory stays within about twice the tokens still alive.
public struct TokenVault: Sendable {
    private var byID: [String: Token] = [:]
    private var sweepAt = Self.minimumSweepCount
    /// Below this many tokens the vault never sweeps.
    static let minimumSweepCount = 256

    public init() {}

    /// Tokens held, expired ones not yet swept included.
    public var count: Int { byID.count }

    /// Every token held, expired ones not yet swept included.
    public var all: some Collection<Token> { byID.values }

    /// The token with this id, expired or not; setting `nil` removes it.
    public subscript(id: String) -> Token? {
        get { byID[id] }
        set { byID[id] = newValue }
    }

    /// Adds a token, first dropping the expired ones at `now` (base time) when a sweep is due.
    public mutating func insert(_ token: Token, now: Int64) {
        if byID.count >= sweepAt {
            byID = byID.filter { !$0.value.isExpired(at: now) }
            sweepAt = max(Self.minimumSweepCount, byID.count * 2)
        }
        byID[token.id] = token
    }

    public mutating func removeAll() {
        byID.removeAll()
        sweepAt = Self.minimumSweepCount
    }
}
