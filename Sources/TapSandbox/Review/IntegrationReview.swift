/// The integration review of one account (CONTRACT.md §9, `GET /_sandbox/review`): Tap's "Recommendations &
/// Best Practices" graded on what the account actually did, each check with its evidence and fix.
struct IntegrationReview: Sendable {
    /// The review as a whole: `fail` when a check fails, `pass` when every check passes, else `incomplete`.
    enum Outcome: String, Sendable {
        case pass, fail, incomplete
    }

    var merchantID: String
    /// When the review was made, on the account's sandbox clock.
    var generatedAt: Int64
    var checks: [ReviewCheck]

    /// Reviews `account` as it is now. Works on a copy of the state, so the account's lock is held only
    /// for the copy (copy-on-write: constant time), not for the scan.
    static func of(_ account: Account, context: SandboxContext) -> IntegrationReview {
        IntegrationReview(ReviewInput(account: account, context: context))
    }

    init(_ input: ReviewInput) {
        merchantID = input.merchantID
        generatedAt = input.now
        checks = [
            ReviewChecks.referenceOrder(input), ReviewChecks.referenceTransaction(input),
            ReviewChecks.referenceIdempotent(input), ReviewChecks.postURL(input),
            ReviewChecks.webhooksAnswered(input), ReviewChecks.hashstring(input),
            ReviewChecks.redirectRetrieved(input), ReviewChecks.refundsAPI(input), ReviewChecks.noLiveKey(input),
            ReviewChecks.urlsReachable(input), ReviewChecks.urlsNotProduction(input),
            ReviewChecks.paymentMethods(input),
        ]
    }

    func count(_ status: ReviewCheck.Status) -> Int {
        checks.count { $0.status == status }
    }

    var outcome: Outcome {
        if count(.fail) > 0 { return .fail }
        return count(.notExercised) > 0 ? .incomplete : .pass
    }

    /// One line for people: what failed and what is left to exercise.
    var headline: String {
        let failing = count(.fail)
        let open = count(.notExercised)
        switch outcome {
        case .pass: return "All \(checks.count) checks pass."
        case .fail:
            let rest = open > 0 ? ", \(open) not exercised yet" : ""
            return "\(failing) of \(checks.count) checks fail\(rest)."
        case .incomplete: return "No check fails; \(open) of \(checks.count) are not exercised yet."
        }
    }
}

/// What a review reads, taken once: a copy of the account's state, its request journal and the sandbox's
/// live-key log.
struct ReviewInput: Sendable {
    var merchantID: String
    var now: Int64
    var state: AccountState
    /// The request journal, oldest first (bounded: the oldest requests may be gone).
    var journal: [RequestRecord]
    var liveKeys: LiveKeyLog
    /// The host of the sandbox's own public URL: callbacks to the sandbox itself are no production host.
    var sandboxHost: String?
    /// Charges, then authorizes, each oldest first.
    var payments: [Payment]

    init(account: Account, context: SandboxContext) {
        merchantID = account.merchant.id
        now = context.store.now(account)
        state = account.read { copy $0 }
        journal = account.requests.withLock { $0.records }
        liveKeys = context.store.liveKeyLog
        sandboxHost = HTTPClientURL(context.publicURL)?.host
        payments = Array(state.charges.values) + Array(state.authorizes.values)
    }
}

/// The checks of the review, one static function each, grouped by topic in `ReviewChecks+…` files.
enum ReviewChecks {}
