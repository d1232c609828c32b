/// The integration review for people (`GET /_sandbox/review` with `Accept: text/html`): one panel per
/// account with every check, its evidence, the fix and Tap's words. Every value goes through `HTML`
/// interpolation, so merchant-supplied text (URLs, references) is escaped.
struct ReviewPage {
    var reviews: [IntegrationReview]
    /// Asked with a key: one account's review, no list.
    var isAccountScoped: Bool

    var document: HTML {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>Integration review · tap-sandbox</title>
        <style>\(SandboxPageStyle.css)
        main{max-width:62rem;margin:1.25rem auto;padding:0 1rem}
        .ci{font-size:.85rem;overflow-x:auto;background:#111827;color:#e5e7eb;padding:.6rem .8rem;border-radius:8px}
        </style>
        </head>
        <body>
        <header class="topbar"><span class="brand">tap</span><span class="brand-sub">sandbox</span>\
        <span class="badge">TEST MODE</span><span class="spacer"></span><a href="/_sandbox/">Dashboard</a></header>
        <main>
        <h1>Integration review</h1>
        <p class="muted">Tap's <a href="\(ReviewGuideline.bestPractices)">Recommendations &amp; Best Practices</a>, \
        graded on what each account actually did in this sandbox.</p>
        \(reviews.isEmpty ? Self.empty : HTML(stringLiteral: ""))
        \(reviews.map(Self.panel))
        \(Self.ciHint)
        </main>
        </body>
        </html>
        """
    }

    static let empty: HTML = """
        <section class="panel"><p>No account yet: send a request with a <code>sk_test_…</code> key to start.</p>\
        </section>
        """

    /// README's CI step: exit status 1 when a check fails (ReviewFormatTests runs it from README).
    static let ciCommand =
        #"curl -s -H "Authorization: Bearer $TAP_SECRET_KEY" http://127.0.0.1:7800/_sandbox/review \"# + "\n"
        + #"  | python3 -c 'import json,sys; r=json.load(sys.stdin); "#
        + #"sys.exit(any(c["status"]=="fail" for c in r["checks"]))'"#

    static let ciHint: HTML = """
        <section class="panel" aria-labelledby="ci-title"><h2 id="ci-title">In CI</h2>
        <p class="muted">Fail the build when a check fails (the JSON form of this page):</p>
        <pre class="ci"><code>\(ciCommand)</code></pre></section>
        """

    static func panel(_ review: IntegrationReview) -> HTML {
        let titleID = "review-" + review.merchantID
        return """
            <section class="panel" aria-labelledby="\(titleID)">
            <div class="review-head"><h2 id="\(titleID)">Merchant \(review.merchantID)</h2>\
            \(pill(review.outcome.rawValue, label: outcomeLabel(review.outcome)))</div>
            <p>\(review.headline)</p>
            <p class="counts"><span class="pill pass">✓ \(review.count(.pass)) pass</span>\
            <span class="pill fail">✗ \(review.count(.fail)) fail</span>\
            <span class="pill not_exercised">○ \(review.count(.notExercised)) not exercised</span></p>
            <ol class="checks">\(review.checks.map(check))</ol>
            </section>
            """
    }

    static func check(_ check: ReviewCheck) -> HTML {
        let guideline = check.guideline
        let more = check.evidenceTotal > check.evidence.count ? " (first \(check.evidence.count))" : ""
        let evidence = HTML.when(
            !check.evidence.isEmpty,
            """
            <details\(HTML.when(check.status == .fail, " open"))><summary>Evidence: \(check.evidenceTotal)\(more)\
            </summary><ul class="evidence">\(check.evidence.map(item))</ul></details>
            """)
        return """
            <li class="check \(check.status.rawValue)">
            <div class="check-head">\(pill(check.status.rawValue, label: statusLabel(check.status)))\
            <h3>\(guideline.title)</h3><code>\(guideline.id)</code></div>
            <p>\(check.summary)</p>
            \(HTML.when(check.status != .pass, "<p class=\"fix\"><strong>Fix:</strong> \(guideline.fix)</p>"))
            \(evidence)
            <p class="source"><q>\(guideline.guideline)</q>: \
            <a href="\(guideline.source)">\(sourceTitle(guideline))</a></p>
            </li>
            """
    }

    static func item(_ item: ReviewEvidenceItem) -> HTML {
        let request = item.request.map { request -> HTML in
            let status = request.status.map { " → \($0)" } ?? ""
            let time = UTCDate(epochMilliseconds: request.time).iso8601
            return "<code>\(request.method) \(request.path)</code> at \(time)\(status): "
        }
        let id = item.id.map { id -> HTML in "<code>\(id)</code> " }
        return "<li><span class=\"kind\">\(item.object)</span>\(id ?? .empty)\(request ?? .empty)\(item.note)</li>"
    }

    static func pill(_ status: String, label: String) -> HTML {
        "<span class=\"pill \(status)\">\(label)</span>"
    }

    static func statusLabel(_ status: ReviewCheck.Status) -> String {
        switch status {
        case .pass: "✓ Pass"
        case .fail: "✗ Fail"
        case .notExercised: "○ Not exercised"
        }
    }

    static func outcomeLabel(_ outcome: IntegrationReview.Outcome) -> String {
        switch outcome {
        case .pass: "✓ All pass"
        case .fail: "✗ Failing"
        case .incomplete: "○ Incomplete"
        }
    }

    static func sourceTitle(_ guideline: ReviewGuideline) -> String {
        guideline.source.hasPrefix(ReviewGuideline.bestPractices)
            ? "Tap: Recommendations & Best Practices" : "Tap: Webhook"
    }
}
