/// The webhook delivery log and replay (CONTRACT.md §8): `GET /_sandbox/webhooks[?object_id=ID]` and
/// `POST /_sandbox/webhooks/{delivery_id}/replay`. With a secret key they act on that account, without
/// one on every account.
struct WebhookRoutes {
    let context: SandboxContext
    let webhooks: WebhookDispatcher

    func register(on router: inout APIRouter) {
        router.add("GET /_sandbox/webhooks", .optionalSecretKey) { request throws(TapError) in list(request) }
        router.add("POST /_sandbox/webhooks/:delivery_id/replay", .optionalSecretKey) { request throws(TapError) in
            try replay(&request)
        }
    }

    /// Every delivery with every attempt, oldest first.
    func list(_ request: APIRequest) -> HTTPResponse {
        let accounts = request.optionalAccount.map { [$0] } ?? context.store.allAccounts
        let objectID = request.http.queryValue("object_id")
        var entries: [(merchant: String, delivery: WebhookDelivery)] = []
        for account in accounts {
            let deliveries = account.read { state in
                objectID.map { state.deliveries.of(object: $0) } ?? Array(state.deliveries.all)
            }
            entries += deliveries.map { (account.merchant.id, $0) }
        }
        entries.sort { ($0.delivery.createdAt, $0.delivery.serial) < ($1.delivery.createdAt, $1.delivery.serial) }
        var writer = JSONWriter(capacity: 4096)
        writer.beginObject()
        writer.field("object", "list")
        writer.field("count", entries.count)
        writer.key("deliveries")
        writer.beginArray()
        for entry in entries { entry.delivery.write(to: &writer, merchantID: entry.merchant) }
        writer.endArray()
        writer.endObject()
        return .json(writer.bytes)
    }

    /// Sends a delivery again, re-signed; `{"tamper":"signature"}` signs it wrongly. Answers the new
    /// delivery at once (its attempt runs in the background; poll the log for the answer).
    func replay(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let id = request.parameter("delivery_id")
        let tamper = try Fields(try request.bodyObject()).string("tamper")
        guard tamper == nil || tamper == "signature" else {
            throw .invalid("1103", "tamper must be \"signature\" (send a wrong hashstring) or absent")
        }
        let accounts = request.optionalAccount.map { [$0] } ?? context.store.allAccounts
        guard let account = accounts.first(where: { account in account.read { $0.deliveries[id] != nil } }) else {
            throw .notFound(.delivery)
        }
        let committed = webhooks.replay(id, tamper: tamper != nil, account: account)
        guard let delivery = committed.value else { throw .notFound(.delivery) }
        var writer = JSONWriter(capacity: 2048)
        delivery.write(to: &writer, merchantID: account.merchant.id)
        var response = HTTPResponse.json(writer.bytes)
        response.gate = committed.gate
        return response
    }
}
