/// Checks from Tap's "Before going live" list, turned around for a test environment: live keys stay out of
/// it, and its callbacks point at test hosts (production URLs come with the live keys).
extension ReviewChecks {
    /// A live key names no sandbox account, so this is the whole sandbox's log (since start or the last
    /// reset of every account); the key itself is never kept.
    static func noLiveKey(_ input: ReviewInput) -> ReviewCheck {
        guard let latest = input.liveKeys.latest else {
            return ReviewCheck(
                .noLiveKey, .pass,
                "No request to this sandbox presented a live key (sk_live_/pk_live_) since it started or was reset.")
        }
        let request = RequestReference(time: latest.time, method: latest.method, path: latest.path, status: 401)
        return ReviewCheck(
            .noLiveKey, .fail,
            "Requests that presented a live key: \(input.liveKeys.count), refused (401); the sandbox kept no key. "
                + "Live keys in a test configuration leak into logs and test runs.",
            evidence: [ReviewEvidenceItem("request", request: request, note: "the latest request with a live key")])
    }

    /// Every `post.url` and `redirect.url` the account used (and its payout webhook URL), by host, classified
    /// by `CallbackHost`.
    static func urlsNotProduction(_ input: ReviewInput) -> ReviewCheck {
        let uses = callbackUses(input)
        guard !uses.isEmpty else {
            return ReviewCheck(.urlsNotProduction, .notExercised, "No post.url or redirect.url was sent yet.")
        }
        var hosts: [String: (uses: [CallbackUse], verdict: CallbackHost.Verdict)] = [:]
        for use in uses {
            let host = HTTPClientURL(use.url)?.host ?? use.url
            let verdict = hosts[host]?.verdict ?? CallbackHost.classify(host, sandboxHost: input.sandboxHost)
            hosts[host, default: ([], verdict)].uses.append(use)
        }
        let sorted = hosts.sorted { $0.key < $1.key }
        let production = sorted.filter { $0.value.verdict == .production }
        let shown = production.isEmpty ? sorted : production
        let evidence = shown.map { host, entry in
            let fields = Set(entry.uses.map(\.field)).sorted().joined(separator: ", ")
            let example = entry.uses.first { $0.objectID != nil }?.objectID.map { " (e.g. \($0))" } ?? ""
            return ReviewEvidenceItem(
                "url", id: entry.uses.first?.url,
                note: "host \(host) (\(entry.verdict.reason)): \(fields), used \(entry.uses.count)×\(example)")
        }
        if production.isEmpty {
            return ReviewCheck(
                .urlsNotProduction, .pass, "Every callback host is a test host (\(sorted.count)).", evidence: evidence)
        }
        return ReviewCheck(
            .urlsNotProduction, .fail,
            "Production-looking callback hosts: \(production.count) of \(sorted.count); test traffic would reach "
                + "them.", evidence: evidence)
    }

    /// Every callback URL the account sent, with where: payments' `post.url` and `redirect.url`, refunds'
    /// `post.url` and the payout webhook URL.
    static func callbackUses(_ input: ReviewInput) -> [CallbackUse] {
        var uses: [CallbackUse] = []
        for payment in input.payments {
            if let url = payment.post?.url {
                uses.append(CallbackUse(field: "post.url", url: url, objectID: payment.id))
            }
            if let url = payment.redirect?.url {
                uses.append(CallbackUse(field: "redirect.url", url: url, objectID: payment.id))
            }
        }
        for refund in input.state.refunds.values {
            if let url = refund.post?.url { uses.append(CallbackUse(field: "post.url", url: url, objectID: refund.id)) }
        }
        if let url = input.state.payoutSettings.webhookURL {
            uses.append(CallbackUse(field: "payout webhook_url", url: url, objectID: nil))
        }
        return uses
    }

    /// One callback URL and where it was sent.
    struct CallbackUse {
        var field: String
        var url: String
        var objectID: String?
    }
}
