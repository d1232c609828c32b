/// `POST /v2/charges/list`, `POST /v2/authorize/list` and their `/download` twins (spec §14): the same
/// filters and order; a list answers a JSON page, a download a CSV page with its paging in headers.
struct PaymentListRoutes {
    let context: SandboxContext

    /// CONTRACT.md §3: default 25, at most 50 (1162 above).
    static let listLimits = PageRequest.Limits(defaultLimit: 25, maxLimit: 50, cursorKeys: ["starting_after"])

    func register(on router: inout APIRouter) {
        router.add("POST /v2/charges/list") { request throws(TapError) in try list(.charge, &request) }
        router.add("POST /v2/charges/download") { request throws(TapError) in try download(.charge, &request) }
        router.add("POST /v2/authorize/list") { request throws(TapError) in try list(.authorize, &request) }
        router.add("POST /v2/authorize/download") { request throws(TapError) in try download(.authorize, &request) }
    }

    /// `{"object":"list","live_mode":false,"api_version":"V2","count":N,"has_more":…,"charges":[…]}`, with
    /// `count` the items of this page (spec §14.1); authorizes come under `authorizes`.
    func list(_ kind: Payment.Kind, _ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        let filter = try PaymentFilter.parse(body, kind: kind)
        let page = try PageRequest.parse(body, Self.listLimits)
        let (items, hasMore) = try account.read { (state: borrowing AccountState) throws(TapError) in
            try page.select(from: kind == .charge ? state.charges : state.authorizes, kind: kind, filter: filter)
        }
        let render = context.renderContext(account, method: "GET")
        return TapList.response(
            kind == .charge ? "charges" : "authorizes", items, hasMore: hasMore, bytesPerItem: 2048
        ) { payment, writer in payment.write(to: &writer, render) }
    }

    /// A CSV page (spec §14.3): `limit` up to 100,000 (default all of them), cursor `last_charge_id` (or
    /// `last_authorize_id`; `starting_after` also works). Headers: `has_more`, `page_size` (the limit
    /// applied), `total_count` (every match, ignoring the cursor), `number_of_pages` (total / page size,
    /// rounded up) and `last_charge_id` (the last row's id, the next page's cursor; empty when no rows).
    func download(_ kind: Payment.Kind, _ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        let cursorKey = kind == .charge ? "last_charge_id" : "last_authorize_id"
        let filter = try PaymentFilter.parse(body, kind: kind)
        let page = try PageRequest.parse(
            body,
            PageRequest.Limits(defaultLimit: 100_000, maxLimit: 100_000, cursorKeys: [cursorKey, "starting_after"]))
        let (items, hasMore, total) = try account.read {
            (state: borrowing AccountState) throws(TapError) -> ([Payment], Bool, Int) in
            let store = kind == .charge ? state.charges : state.authorizes
            let (items, hasMore) = try page.select(from: store, kind: kind, filter: filter)
            return (items, hasMore, store.values.reduce(0) { filter.matches($1) ? $0 + 1 : $0 })
        }
        var response = HTTPResponse(status: .ok, body: PaymentCSV.render(items))
        response.headers.add(name: "content-type", value: "text/csv; charset=utf-8")
        response.headers.add(
            name: "content-disposition",
            value: "attachment; filename=\"\(kind == .charge ? "charges" : "authorizes").csv\"")
        response.headers.add(name: "has_more", value: hasMore ? "true" : "false")
        response.headers.add(name: "page_size", value: String(page.limit))
        response.headers.add(name: "number_of_pages", value: String((total + page.limit - 1) / page.limit))
        response.headers.add(name: "total_count", value: String(total))
        response.headers.add(name: cursorKey, value: items.last?.id ?? "")
        return response
    }
}
