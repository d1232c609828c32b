/// One record of the data directory: a committed change, replayed in order on start. A snapshot is a
/// sequence of the same entries that rebuilds the whole state, closed by `.end`.
enum JournalEntry: Codable, Equatable, Sendable {
    /// What one transaction on an account changed.
    case account(AccountChanges)
    /// Tokens added or changed outside any account's transaction (`POST /v2/tokens`, snapshots).
    case tokens([Token], serials: Int64)
    /// `POST /_sandbox/reset`: forget the account of `key`, or every account and token when nil.
    case reset(key: String?)
    /// The last record of a snapshot, with the number of records before it.
    case end(records: Int)
}

/// The state of one account's changed objects after a transaction: the full new value of each changed
/// object, and the keys of those that no longer exist.
struct AccountChanges: Codable, Equatable, Sendable {
    /// The account's secret key. Always a test key: the sandbox never makes an account for a live key
    /// (CONTRACT.md §2), so no live key can reach the data directory.
    var key: String
    var puts: [StoredObject] = []
    var deletions: [ObjectKey] = []
    /// Global tokens the transaction changed (spent), written with it so a crash cannot separate them.
    var tokens: [Token] = []
    /// The last serial the identifier generator had handed out (`IdentifierGenerator.reserve(through:)`).
    var serials: Int64
}
