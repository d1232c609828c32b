/// `/v2/authorize` (spec §5): create, retrieve, update and void. Capture is no route of its own: it is a
/// charge with `source.id = auth_…` (spec §5.4); list and download live in `PaymentListRoutes`.
struct AuthorizeRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        let creation = PaymentCreation(context: context)
        let access = PaymentAccess(context: context, kind: .authorize)
        router.add("POST /v2/authorize") { request throws(TapError) in try creation.create(.authorize, &request) }
        router.add("GET /v2/authorize/:id") { request throws(TapError) in try access.retrieve(request) }
        router.add("PUT /v2/authorize/:id") { request throws(TapError) in try access.update(&request) }
        router.add("POST /v2/authorize/:id/void") { request throws(TapError) in try void(&request) }
    }

    /// Voids an AUTHORIZED authorize (spec §5.5). Tap's PHP SDK posts `[]`, its WooCommerce plugin `{}`;
    /// a body may also repeat the id as `authorize_id`, which must then name the same authorize (1113).
    func void(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let id = request.parameter("id")
        let named = try Self.authorizeID(in: request.body())
        let committed = try context.store.transact(account) { state, transaction throws(TapError) -> Payment in
            guard let authorize = state.authorizes[id] else { throw .notFound(.authorize) }
            if let named, named != id {
                throw .invalid("1113", "Authorize id is invalid: authorize_id in the body differs from the path")
            }
            guard authorize.status == .authorized else { throw .invalid("1114", "Please check the Authorize status") }
            return AuthorizeActions.void(
                authorize, byAutoAction: false, at: transaction.now, state: &state, transaction: &transaction)
        }
        // Tap's `method` names the operation (CREATE, GET, UPDATE); a void is reported as VOID (PROPOSED).
        var response = HTTPResponse.json(committed.value.json(context.renderContext(account, method: "VOID")))
        response.gate = committed.gate
        return response
    }

    /// `authorize_id` of a void body, when the body is an object that has one (`[]` and `{}` have none).
    private static func authorizeID(in body: JSONValue) throws(TapError) -> String? {
        guard case .object(let object) = body else { return nil }
        guard let id = try Fields(object).string("authorize_id", code: "1113"), !id.isEmpty else { return nil }
        return id
    }
}
