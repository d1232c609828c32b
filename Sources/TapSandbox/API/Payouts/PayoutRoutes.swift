/// `/v2/payouts` (spec §8): list (also how Tap documents retrieving one payout) and download.
struct PayoutRoutes {
    let context: SandboxContext

    /// The most payouts one download may name (three sheets each).
    static let maxDownload = 50

    func register(on router: inout APIRouter) {
        router.add("POST /v2/payouts/list") { request throws(TapError) in try list(&request) }
        router.add("POST /v2/payouts/download") { request throws(TapError) in try download(&request) }
    }

    /// `{"object":"list","live_mode":false,"api_version":"V2","count":N,"has_more":…,"payouts":[…]}`, filtered
    /// by `period.date` (on the payout `date`) and `payouts.payout_id`, paged like the charge list.
    func list(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        let filter = try PayoutFilter.parse(body, merchant: account.merchant)
        let page = try PageRequest.parse(body, PaymentListRoutes.listLimits)
        let (items, hasMore) = try account.read { (state: borrowing AccountState) throws(TapError) in
            try page.select(
                from: state.payouts.ordered, serial: \.serial, notFound: .notFound(.payout, inBody: true),
                where: filter.matches)
        }
        return TapList.response("payouts", items, hasMore: hasMore, bytesPerItem: 512) { payout, writer in
            payout.write(to: &writer, account.merchant)
        }
    }

    /// `{"payouts":{"payout_id":["payout_…"]}}` → `application/zip` with each payout's sheets (`PayoutArchive`).
    func download(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        let ids = try PayoutFilter.ids(body)
        guard !ids.isEmpty else {
            throw .invalid("1103", "Required inputs are invalid: payouts.payout_id must list the payouts to download")
        }
        guard ids.count <= Self.maxDownload else {
            throw .invalid("1103", "Required inputs are invalid: at most \(Self.maxDownload) payouts per download")
        }
        let archive = try account.read { (state: borrowing AccountState) throws(TapError) -> [UInt8] in
            var payouts: [Payout] = []
            for id in ids {
                guard let payout = state.payouts[id] else { throw .notFound(.payout, inBody: true) }
                payouts.append(payout)
            }
            let now = context.store.time.nowMilliseconds() + state.clockOffsetMs
            do {
                return try PayoutArchive.zip(payouts, state: state, merchant: account.merchant, now: now)
            } catch {
                throw .invalid(
                    "1103", "Required inputs are invalid: these payouts are too large for one ZIP, ask for fewer")
            }
        }
        var response = HTTPResponse(status: .ok, body: archive)
        response.headers.add(name: "content-type", value: "application/zip")
        let name = ids.count == 1 ? ids[0] : "payouts"
        response.headers.add(name: "content-disposition", value: "attachment; filename=\"\(name).zip\"")
        return response
    }
}
