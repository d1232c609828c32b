/// `/v2/refunds` (spec §6): create, retrieve, update and list.
struct RefundRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        let creation = RefundCreation(context: context)
        router.add("POST /v2/refunds") { request throws(TapError) in try creation.create(&request) }
        router.add("POST /v2/refunds/list") { request throws(TapError) in try list(&request) }
        router.add("GET /v2/refunds/:id") { request throws(TapError) in try retrieve(request) }
        router.add("PUT /v2/refunds/:id") { request throws(TapError) in try update(&request) }
    }

    func retrieve(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let id = request.parameter("id")
        guard let refund = account.read({ $0.refunds[id] }) else { throw .notFound(.refund) }
        return .json(refund.json(context.renderContext(account, method: "GET")))
    }

    /// Tap's PHP SDK updates a refund's `metadata` (spec §6.1); like a charge update (spec §4.7) it also takes
    /// `description`, merges metadata key by key and ignores every other field.
    func update(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let id = request.parameter("id")
        let body = Fields(try request.bodyObject())
        let description = try body.string(
            "description", maxLength: 999, code: "1121",
            description: "The 'description' should be less than 1000 characters")
        let metadata = try body.metadata()
        let committed = try context.store.transact(account) { state, _ throws(TapError) -> Refund in
            guard var refund = state.refunds[id] else { throw .notFound(.refund) }
            if let description { refund.description = description }
            for (key, value) in metadata ?? JSONObject() { refund.metadata[key] = value }
            state.put(refund)
            return refund
        }
        var response = HTTPResponse.json(committed.value.json(context.renderContext(account, method: "UPDATE")))
        response.gate = committed.gate
        return response
    }

    /// `{"object":"list","live_mode":false,"api_version":"V2","count":N,"has_more":…,"refunds":[…]}` (spec
    /// §14.1), paged like the charge list.
    func list(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        let filter = try RefundFilter.parse(body)
        let page = try PageRequest.parse(body, PaymentListRoutes.listLimits)
        let (items, hasMore) = try account.read { (state: borrowing AccountState) throws(TapError) in
            try page.select(
                from: state.refunds, serial: \.serial, notFound: .notFound(.refund, inBody: true),
                where: filter.matches)
        }
        let render = context.renderContext(account, method: "GET")
        return TapList.response("refunds", items, hasMore: hasMore, bytesPerItem: 768) { refund, writer in
            refund.write(to: &writer, render)
        }
    }
}
