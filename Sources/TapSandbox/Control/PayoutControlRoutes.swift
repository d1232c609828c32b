/// The sandbox's payout controls (CONTRACT.md §5a, §8): make payouts now, and an account's payout settings
/// (where payout webhooks go, daily payouts on the sandbox clock). Tap configures both per merchant in its
/// dashboard (spec §8); the sandbox has this API instead.
struct PayoutControlRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        router.add("POST /_sandbox/payouts/settle", .optionalSecretKey) { request throws(TapError) in settle(request) }
        router.add("GET /_sandbox/payouts/settings") { request throws(TapError) in try settings(request) }
        router.add("PUT /_sandbox/payouts/settings") { request throws(TapError) in try updateSettings(&request) }
    }

    /// Pays out the caller's account now (every account without a key): one payout per currency with a
    /// positive balance, each with its webhook. Answers the payouts made, as a list.
    func settle(_ request: APIRequest) -> HTTPResponse {
        let accounts = request.optionalAccount.map { [$0] } ?? context.store.allAccounts
        var made: [(Merchant, Payout)] = []
        var gates: [ResponseGate] = []
        for account in accounts {
            guard let committed = try? context.store.transact(account, { state, transaction in
                PayoutSettlement.settle(at: transaction.now, state: &state, transaction: &transaction)
            }) else { continue }
            made += committed.value.map { (account.merchant, $0) }
            if let gate = committed.gate { gates.append(gate) }
        }
        var writer = JSONWriter(capacity: 128 + made.count * 512)
        writer.beginObject()
        writer.field("object", "list")
        writer.field("count", made.count)
        writer.key("payouts")
        writer.beginArray()
        for (merchant, payout) in made { payout.write(to: &writer, merchant) }
        writer.endArray()
        writer.endObject()
        var response = HTTPResponse.json(writer.bytes)
        response.gate = gates.isEmpty ? nil : ResponseGate.all(gates)
        return response
    }

    func settings(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        return render(account.read { $0.payoutSettings })
    }

    /// `{"webhook_url": "https://…" | null, "daily": true | false}`; a field left out keeps its value. Turning
    /// daily payouts on schedules the first at the next midnight UTC of the account's clock.
    func updateSettings(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        let text = try body.string("webhook_url")
        let clearsURL = body.object["webhook_url"]?.isNull == true || text == ""
        let url = text.flatMap { $0.isEmpty ? nil : $0 }
        if let url, !CallbackURL.isValid(url) {
            throw .invalid("1103", "Required inputs are invalid: webhook_url must be an http or https URL")
        }
        let daily = try body.bool("daily")
        let committed = try context.store.transact(account) { state, transaction throws(TapError) -> PayoutSettings in
            var settings = state.payoutSettings
            if clearsURL { settings.webhookURL = nil }
            if let url { settings.webhookURL = url }
            if daily == false { settings.nextDailyPayoutAt = nil }
            if daily == true && settings.nextDailyPayoutAt == nil {
                let first = PayoutSettlement.nextMidnight(after: transaction.now)
                settings.nextDailyPayoutAt = first
                state.schedule(.custom(name: PayoutSettlement.dailyTaskName, id: ""), at: first)
            }
            state.put(settings)
            return settings
        }
        var response = render(committed.value)
        response.gate = committed.gate
        return response
    }

    private func render(_ settings: PayoutSettings) -> HTTPResponse {
        var writer = JSONWriter(capacity: 256)
        writer.beginObject()
        writer.key("webhook_url")
        if let url = settings.webhookURL { writer.string(url) } else { writer.null() }
        writer.field("daily", settings.nextDailyPayoutAt != nil)
        writer.key("next_payout_at")
        if let next = settings.nextDailyPayoutAt { writer.int(next) } else { writer.null() }
        writer.endObject()
        return .json(writer.bytes)
    }
}
