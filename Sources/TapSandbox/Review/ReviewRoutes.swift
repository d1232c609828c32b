/// The integration review (CONTRACT.md §8, §9): `GET /_sandbox/review` grades what an account did against
/// Tap's "Recommendations & Best Practices"; `POST /_sandbox/review/probe` sends the hashstring probe.
///
/// With a secret key both act on that account and answer one object. Without a key they act on every
/// account (or on the one `?merchant_id=` names, as the dashboard does) and answer a list. The review is
/// JSON unless the request accepts `text/html` (a browser), which gets the page.
struct ReviewRoutes {
    let context: SandboxContext
    let webhooks: WebhookDispatcher

    func register(on router: inout APIRouter) {
        router.add("GET /_sandbox/review", .optionalSecretKey) { request throws(TapError) in review(request) }
        router.add("POST /_sandbox/review/probe", .optionalSecretKey) { request throws(TapError) in
            try probe(request)
        }
    }

    func review(_ request: APIRequest) -> HTTPResponse {
        let reviews = ControlScope.accounts(of: request, store: context.store).map {
            IntegrationReview.of($0, context: context)
        }
        if request.http.headers["accept"]?.lowercased().contains("text/html") == true {
            let html = ReviewPage(reviews: reviews, isAccountScoped: request.optionalAccount != nil).document
            var response = HTTPResponse.text(html.markup, contentType: "text/html; charset=utf-8")
            response.headers.add(name: "cache-control", value: "no-store")
            return response
        }
        var writer = JSONWriter(capacity: 16_384)
        if request.optionalAccount != nil, let review = reviews.first {
            review.write(to: &writer)
        } else {
            writer.beginObject()
            writer.field("object", "list")
            writer.field("count", reviews.count)
            writer.key("reviews")
            writer.beginArray()
            for review in reviews { review.write(to: &writer) }
            writer.endArray()
            writer.endObject()
        }
        return .json(writer.bytes)
    }

    func probe(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let prober = WebhookProbe(store: context.store, webhooks: webhooks)
        var writer = JSONWriter(capacity: 1024)
        if let account = request.optionalAccount {
            let committed = prober.send(to: account)
            guard let probe = committed.value else {
                throw .invalid(
                    "1103",
                    "Nothing to probe with: the account has sent no webhook of a charge, authorize or refund yet; "
                        + "create one with post.url first")
            }
            probe.write(to: &writer, merchantID: account.merchant.id)
            var response = HTTPResponse.json(writer.bytes)
            response.gate = committed.gate
            return response
        }
        let sent = ControlScope.accounts(of: request, store: context.store).compactMap { account in
            let committed = prober.send(to: account)
            return committed.value.map { (account, $0, committed.gate) }
        }
        writer.beginObject()
        writer.field("object", "list")
        writer.field("count", sent.count)
        writer.key("probes")
        writer.beginArray()
        for (account, probe, _) in sent { probe.write(to: &writer, merchantID: account.merchant.id) }
        writer.endArray()
        writer.endObject()
        var response = HTTPResponse.json(writer.bytes)
        let gates = sent.compactMap { $0.2 }
        response.gate = gates.isEmpty ? nil : ResponseGate.all(gates)
        return response
    }
}
