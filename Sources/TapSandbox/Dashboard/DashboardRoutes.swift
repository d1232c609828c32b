/// The dashboard (CONTRACT.md §8): `GET /_sandbox/` is a self-contained page (inline CSS and script, no
/// external assets, works offline) that polls the two JSON endpoints below every 2 seconds. Like the
/// control API without a key, all three are open and cover every account; no secret key is ever shown,
/// only a masked one.
///
/// - `GET /_sandbox/objects[?merchant_id=&kind=&status=&q=&limit=]`: the accounts, then the charges,
///   authorizes, refunds, payouts and webhook deliveries that match, newest first (`limit` 1-1000,
///   default 200; `count` is every match); `kind` is charge, authorize, refund, payout or webhook; `q`
///   matches ids, statuses, references, emails and URLs, case-insensitively.
/// - `GET /_sandbox/objects/{id}`: one object in full (`DashboardDetail`).
struct DashboardRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        router.add("GET /_sandbox/", .open) { _ throws(TapError) in page() }
        router.add("GET /_sandbox/objects", .open) { request throws(TapError) in objects(request) }
        router.add("GET /_sandbox/objects/:id", .open) { request throws(TapError) in try object(request) }
    }

    func page() -> HTTPResponse {
        var response = HTTPResponse.text(DashboardPage.document.markup, contentType: "text/html; charset=utf-8")
        response.headers.add(name: "cache-control", value: "no-store")
        return response
    }

    func objects(_ request: APIRequest) -> HTTPResponse {
        let query = DashboardQuery(request.http)
        let accounts = context.store.allAccounts.sorted { $0.merchant.id < $1.merchant.id }
        var matched: [DashboardObject] = []
        var statuses: Set<String> = []
        var writer = JSONWriter(capacity: 32_768)
        writer.beginObject()
        writer.field("object", "sandbox_objects")
        writer.key("accounts")
        writer.beginArray()
        for account in accounts {
            // A copy (constant time) so that the account's lock is not held while the list is built.
            let state = account.read { copy $0 }
            let objects = DashboardObject.all(in: state, merchantID: account.merchant.id)
            statuses.formUnion(objects.map(\.status))
            if query.merchantID == nil || query.merchantID == account.merchant.id {
                matched += objects.filter(query.accepts)
            }
            writeAccount(account, state: state, to: &writer)
        }
        writer.endArray()
        matched.sort { ($0.created, $0.id) > ($1.created, $1.id) }
        writer.key("statuses")
        writer.beginArray()
        for status in statuses.sorted() { writer.string(status) }
        writer.endArray()
        writer.field("count", matched.count)
        writer.field("limit", query.limit)
        writer.key("objects")
        writer.beginArray()
        for object in matched.prefix(query.limit) { object.write(to: &writer) }
        writer.endArray()
        writer.endObject()
        return .json(writer.bytes)
    }

    func object(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let id = request.parameter("id")
        for account in context.store.allAccounts {
            if let json = DashboardDetail.json(of: id, in: account, context: context) { return .json(json) }
        }
        throw TapError(status: .notFound, code: "2102", description: "Request not found: no object \(id)")
    }

    private func writeAccount(_ account: Account, state: borrowing AccountState, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("merchant_id", account.merchant.id)
        writer.field("key", Self.masked(account.key))
        writer.field("now", context.store.time.nowMilliseconds() + state.clockOffsetMs)
        writer.key("counts")
        writer.beginObject()
        writer.field("charge", state.charges.count)
        writer.field("authorize", state.authorizes.count)
        writer.field("refund", state.refunds.count)
        writer.field("payout", state.payouts.count)
        writer.field("webhook", state.deliveries.count)
        writer.endObject()
        writer.endObject()
    }

    /// `sk_test_…hJ9x`: enough to tell accounts apart, never the key. Live keys never make an account.
    static func masked(_ key: String) -> String {
        let prefix = key.hasPrefix("sk_test_") ? "sk_test_" : ""
        return prefix + "…" + key.suffix(4)
    }
}

/// The filters of `GET /_sandbox/objects`; empty values count as absent.
struct DashboardQuery: Sendable {
    var merchantID: String?
    var kind: String?
    var status: String?
    /// Lowercased search text.
    var text: String?
    var limit = 200

    init(_ request: HTTPRequest) {
        func value(_ name: String) -> String? {
            request.queryValue(name).flatMap { $0.isEmpty ? nil : $0 }
        }
        merchantID = value("merchant_id")
        kind = value("kind")
        status = value("status")
        text = value("q")?.lowercased()
        if let limit = value("limit").flatMap(Int.init) { self.limit = min(max(limit, 1), 1000) }
    }

    func accepts(_ object: DashboardObject) -> Bool {
        (kind == nil || object.kind == kind) && (status == nil || object.status == status)
            && (text.map(object.matches) ?? true)
    }
}
