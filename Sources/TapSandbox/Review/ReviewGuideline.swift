/// What one review check stands for: Tap's own words from "Recommendations & Best Practices" (or the page
/// they link to), where they are, and the fix in one sentence. The checks (`ReviewChecks`) decide the status
/// and collect the evidence; this catalog is the part a merchant reads.
struct ReviewGuideline: Sendable, Equatable {
    var id: String
    var title: String
    /// Tap's text, quoted from `source` (spec Appendix A: `/docs/recommendations-best-practices`).
    var guideline: String
    var source: String
    var fix: String
}

extension ReviewGuideline {
    static let bestPractices = "https://developers.tap.company/docs/recommendations-best-practices"
    static let integration = bestPractices + "#integration"
    static let beforeGoingLive = bestPractices + "#before-going-live"

    static let referenceOrder = ReviewGuideline(
        id: "reference.order", title: "reference.order on every charge and authorize",
        guideline: "For Reconciliation purposes, ensure that the reference.order and reference.transaction are "
            + "passed via API/SDK",
        source: integration,
        fix: "Send your order number as reference.order in every POST /v2/charges and /v2/authorize.")

    static let referenceTransaction = ReviewGuideline(
        id: "reference.transaction", title: "reference.transaction on every charge and authorize",
        guideline: referenceOrder.guideline, source: integration,
        fix: "Send your own transaction id as reference.transaction in every POST /v2/charges and /v2/authorize.")

    static let referenceIdempotent = ReviewGuideline(
        id: "reference.idempotent", title: "reference.idempotent on charges, authorizes and refunds",
        guideline: "For handling Duplicate charges, use reference.idempotent",
        source: integration,
        fix: "Send a reference.idempotent that stays the same for retries of one order (and one refund), so a "
            + "double click or a retried request returns the first object instead of a second one.")

    static let postURL = ReviewGuideline(
        id: "post.url", title: "post.url on charges, authorizes and refunds",
        guideline: "For Webhook Notification, use post.url within the API endpioints",
        source: integration,
        fix: "Send post.url (your webhook endpoint) in every charge, authorize and refund request.")

    static let webhooksAnswered = ReviewGuideline(
        id: "webhooks.answered_2xx", title: "Webhooks answered with 2xx",
        guideline: "Make sure your endpoint URL is active and working smoothly, and ready to accept webhooks.",
        source: "https://developers.tap.company/docs/webhook#webhook-requires",
        fix: "Answer every genuine webhook with a 2xx status within the timeout, after storing it; look up the "
            + "failing deliveries in GET /_sandbox/webhooks for the answer your endpoint gave.")

    static let hashstring = ReviewGuideline(
        id: "webhooks.hashstring", title: "Webhook hashstring verified",
        guideline: "For securing the Webhook Notification, use the hashstring calculation",
        source: integration,
        fix: "Recompute the hashstring of every webhook with your secret key and answer non-2xx (and ignore the "
            + "body) when it differs; run POST /_sandbox/review/probe to prove it.")

    static let redirectRetrieved = ReviewGuideline(
        id: "redirect.retrieved", title: "Payment retrieved after each redirect",
        guideline: "For finding the status of the payment for displaying on the confirmation screen, use Retrieve "
            + "a Charge at the point of redirection",
        source: integration,
        fix: "When the customer lands on redirect.url, call GET /v2/charges/{tap_id} (or /v2/authorize/{tap_id}) "
            + "and show that status, never one taken from the URL.")

    static let refundsAPI = ReviewGuideline(
        id: "refunds.api", title: "Refunds made through the API",
        guideline: "Please process all refunds via API or Enterprise Dashboard",
        source: integration,
        fix: "Refund captured charges with POST /v2/refunds (charge_id, amount, currency, reason) and check its "
            + "answer; fix the request the error code names when one is refused.")

    static let noLiveKey = ReviewGuideline(
        id: "keys.no_live_key", title: "No live key ever sent to the sandbox",
        guideline: "Ensure that the sk_live and pk_live keys are used",
        source: beforeGoingLive,
        fix: "Keep sk_live_/pk_live_ keys out of test configuration: load them only in production, and give the "
            + "sandbox sk_test_ keys.")

    static let urlsReachable = ReviewGuideline(
        id: "urls.reachable", title: "post.url reachable",
        guideline: "If the POST URL is not accessible, the posting of the response payload will be failed. There "
            + "will be two more retry attempts before the status of the POST is updated as ERROR.",
        source: "https://developers.tap.company/docs/webhook",
        fix: "Make post.url a URL the sandbox can connect to (running, listening on that host and port, answering "
            + "within the timeout); redirect.url is opened by the customer's browser, which redirect.retrieved shows.")

    static let urlsNotProduction = ReviewGuideline(
        id: "urls.not_production", title: "post.url and redirect.url point at test hosts",
        guideline: "Ensure that the POST.URL and REDIRECT.URL are pointed to your production urls",
        source: beforeGoingLive,
        fix: "Take post.url and redirect.url from per-environment configuration: test hosts while testing, "
            + "production URLs only with live keys.")

    static let paymentMethods = ReviewGuideline(
        id: "payment_methods.completed", title: "A completed payment for every payment method used",
        guideline: "Ensure that one live transaction is done for every payment method for all your integration "
            + "channels (Web/Mob)",
        source: beforeGoingLive,
        fix: "For every payment method your checkout offers, complete at least one payment end to end (approve it on "
            + "the hosted page or use an approving test card).")

    /// Every check, in the order the review lists them.
    static let all: [ReviewGuideline] = [
        referenceOrder, referenceTransaction, referenceIdempotent, postURL, webhooksAnswered, hashstring,
        redirectRetrieved, refundsAPI, noLiveKey, urlsReachable, urlsNotProduction, paymentMethods,
    ]
}
