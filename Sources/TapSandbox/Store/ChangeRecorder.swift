/// Makes committed changes durable: the `--data-dir` journal (Persistence/). The store calls it in commit
/// order, under the locks that order the changes, so it only queues work and never waits for the disk;
/// the gate it returns opens once the change is durable, and the response waits for that gate.
public protocol ChangeRecorder: Sendable {
    /// A transaction on `account` changed what `changes` name (repeats possible); `state` is the state after
    /// it. Called inside the account's lock, after the observer's `willCommit`.
    func record(_ changes: [ObjectKey], account: Account, state: AccountState, store: Store) -> ResponseGate?

    /// A token was added outside any account's transaction. Called inside the token vault's lock.
    func record(token: Token, store: Store) -> ResponseGate?

    /// The account of `key` (every account and token when nil) is forgotten. Called inside the store's
    /// accounts lock (and the vault's, for all); calls `forget` where no record of the forgotten accounts
    /// can follow the reset's record, which `Account.isForgotten` then keeps out of the journal.
    func recordReset(key: String?, store: Store, forget: () -> Void) -> ResponseGate?
}
