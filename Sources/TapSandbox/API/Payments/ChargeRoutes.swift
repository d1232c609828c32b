/// `/v2/charges` (spec §4): create, retrieve, update; list and download live in `PaymentListRoutes`.
struct ChargeRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        let creation = PaymentCreation(context: context)
        let access = PaymentAccess(context: context, kind: .charge)
        router.add("POST /v2/charges") { request throws(TapError) in try creation.create(.charge, &request) }
        router.add("GET /v2/charges/:id") { request throws(TapError) in try access.retrieve(request) }
        router.add("PUT /v2/charges/:id") { request throws(TapError) in try access.update(&request) }
    }
}

/// Retrieve and update, shared by charges and authorizes (spec §4.7, §5.1).
struct PaymentAccess {
    let context: SandboxContext
    let kind: Payment.Kind

    var notFound: TapError { .notFound(kind == .charge ? .charge : .authorize) }

    func retrieve(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let id = request.parameter("id")
        guard let (payment, isFirstAfterRedirect) = account.read({ state in
            (kind == .charge ? state.charges[id] : state.authorizes[id]).map { ($0, state.review.awaitsRetrieval($0)) }
        }) else {
            throw notFound
        }
        var response = HTTPResponse.json(payment.json(context.renderContext(account, method: "GET")))
        if isFirstAfterRedirect { response.gate = noteRetrieval(of: id, path: request.http.path, in: account) }
        return response
    }

    /// Records the first retrieve after the customer's redirect, the integration review's evidence that the
    /// merchant checks the status at the point of redirection (spec §10.3). Once per redirected payment, so
    /// every other retrieve stays a read.
    private func noteRetrieval(of id: String, path: String, in account: Account) -> ResponseGate? {
        let committed = try? context.store.transact(account) { state, transaction in
            guard let payment = state.payment(id), state.review.awaitsRetrieval(payment) else { return }
            state.put(RedirectRetrieval(paymentID: id, retrievedAt: transaction.now, path: path))
        }
        return committed?.gate
    }

    /// "This request only accepts the description, metadata, and receipt arguments" (spec §4.7); metadata
    /// is merged key by key, other fields are ignored.
    func update(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let id = request.parameter("id")
        let body = Fields(try request.bodyObject())
        let description = try body.string(
            "description", maxLength: 999, code: "1121", description: "The 'description' should be less than 1000 characters")
        let metadata = try body.metadata()
        let receipt = try body.object("receipt")
        let email = try receipt?.bool("email")
        let sms = try receipt?.bool("sms")
        let committed = try context.store.transact(account) { state, _ throws(TapError) -> Payment in
            guard var payment = kind == .charge ? state.charges[id] : state.authorizes[id] else { throw notFound }
            if let description { payment.description = description }
            for (key, value) in metadata ?? JSONObject() { payment.metadata[key] = value }
            if let email { payment.receipt.email = email }
            if let sms { payment.receipt.sms = sms }
            state.put(payment)
            return payment
        }
        var response = HTTPResponse.json(committed.value.json(context.renderContext(account, method: "UPDATE")))
        response.gate = committed.gate
        return response
    }
}
