/// `GET` and `POST /_sandbox/pay/:id`, the page behind `transaction.url` (CONTRACT.md §5, spec §10).
///
/// No key: like Tap's own URL, the id is the capability. A browser posting the page's form gets pages
/// back (the form again with its error, 400); any other client gets Tap's error envelope. A submission
/// that settles, or that meets a payment already finished, answers `302` to `redirect.url?tap_id=…`.
struct HostedPageRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        router.add("GET /_sandbox/pay/:id", .open) { request throws(TapError) in show(request) }
        router.add("POST /_sandbox/pay/:id", .open) { request throws(TapError) in try submit(&request) }
    }

    func show(_ request: APIRequest) -> HTTPResponse {
        let id = request.parameter("id")
        guard let (account, stored) = locate(id) else {
            return Self.page(HostedPageView.notFound(id), status: .notFound)
        }
        let shown = Self.shown(stored, now: context.store.now(account))
        let view = HostedPageView(payment: shown, merchantID: account.merchant.id)
        guard view.payment.status.isPending else {
            return Self.page(view.finished(returnURL: Self.returnURL(of: view.payment)))
        }
        let kind = HostedPageKind(view.payment)
        // Without JavaScript, a test card link reloads the page with `?card=N` to fill the form.
        let cards = HostedTestCard.cards(for: kind)
        guard let index = request.http.queryValue("card").flatMap({ Int($0) }), cards.indices.contains(index) else {
            return Self.page(view.entry(kind))
        }
        return Self.page(view.entry(kind, typed: TypedCard(cards[index], page: kind), focusPay: true))
    }

    func submit(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let id = request.parameter("id")
        let contentType = request.http.headers["content-type"]?.lowercased() ?? ""
        let isForm = contentType.hasPrefix("application/x-www-form-urlencoded")
        guard let (account, stored) = locate(id) else {
            if isForm { return Self.page(HostedPageView.notFound(id), status: .notFound) }
            throw .notFound(id.hasPrefix("auth_") ? .authorize : .charge)
        }
        let body = Fields(try request.bodyObject())
        let now = context.store.now(account)
        guard stored.status.isPending, now < stored.expiresAt else { return try finish(id, nil, in: account) }
        let kind = HostedPageKind(stored)
        let submission: HostedSubmission
        do {
            submission = try HostedSubmission.parse(body, page: kind, now: now)
        } catch {
            guard isForm else { throw error.tapError }
            var typed = TypedCard(body)
            // What a person typed is shown again, but never a CVV or a PIN.
            typed.securityCode = ""
            typed.pin = ""
            let view = HostedPageView(payment: stored, merchantID: account.merchant.id)
            return Self.page(view.entry(kind, typed: typed, problem: error), status: .badRequest)
        }
        let tokenResult = stored.source.kind == .token
            ? context.store.tokens.withLock { $0[stored.source.id]?.cardResult } : nil
        switch HostedDecision.decide(submission, page: kind, payment: stored, tokenResult: tokenResult) {
        case .challenge:
            let view = HostedPageView(payment: stored, merchantID: account.merchant.id)
            return Self.page(view.challengePage(card: submission.typed))
        case .settle(let outcome):
            return try finish(id, outcome, in: account)
        }
    }

    /// Commits the submission and sends the customer back to the merchant (or, for a payment without a
    /// `redirect.url`, shows its final state).
    private func finish(_ id: String, _ outcome: HostedSettlement.Outcome?, in account: Account) throws(TapError)
        -> HTTPResponse
    {
        let committed = try context.store.transact(account) { state, transaction throws(TapError) -> Payment in
            try HostedSettlement.apply(outcome, to: id, state: &state, transaction: &transaction)
        }
        let payment = committed.value
        var response: HTTPResponse
        if let location = Self.returnURL(of: payment) {
            let html: HTML = "<!doctype html><title>Redirecting</title><p><a href=\"\(location)\">\(location)</a></p>"
            response = Self.page(html, status: .found)
            response.headers.add(name: "location", value: location)
        } else {
            let view = HostedPageView(payment: payment, merchantID: account.merchant.id)
            response = Self.page(view.finished(returnURL: nil))
        }
        response.gate = committed.gate
        return response
    }

    /// The payment and its account. The page carries no key, so every account is asked: O(accounts),
    /// one dictionary lookup each.
    private func locate(_ id: String) -> (Account, Payment)? {
        guard id.hasPrefix("chg_") || id.hasPrefix("auth_") else { return nil }
        for account in context.store.allAccounts {
            if let payment = account.read({ $0.payment(id) }) { return (account, payment) }
        }
        return nil
    }

    /// The payment as the page shows it: pending past its expiry reads ABANDONED even before the scheduler's
    /// `.expire` task has run (the sandbox clock may have been moved without running tasks).
    static func shown(_ payment: Payment, now: Int64) -> Payment {
        guard payment.status.isPending, now >= payment.expiresAt else { return payment }
        var shown = payment
        shown.status = .abandoned
        shown.responseCode = PaymentStatus.abandoned.defaultResponseCode
        return shown
    }

    static func returnURL(of payment: Payment) -> String? {
        payment.redirect.map { RedirectLocation.url($0.url, tapID: payment.id) }
    }

    static func page(_ html: HTML, status: HTTPStatus = .ok) -> HTTPResponse {
        var response = HTTPResponse.text(html.markup, status: status, contentType: "text/html; charset=utf-8")
        response.headers.add(name: "cache-control", value: "no-store")
        return response
    }
}
