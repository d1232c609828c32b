/// Saved cards "light" (spec §7.3, routes of Tap's iOS SDK): save a token's card for a customer, list,
/// retrieve and delete. The customer is in the path, so an unknown one is a 404 (1106).
struct CardRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        router.add("POST /v2/card/:customer_id") { request throws(TapError) in try save(&request) }
        router.add("GET /v2/card/:customer_id") { request throws(TapError) in try list(request) }
        router.add("GET /v2/card/:customer_id/:card_id") { request throws(TapError) in try retrieve(request) }
        router.add("DELETE /v2/card/:customer_id/:card_id") { request throws(TapError) in try delete(request) }
    }

    /// `{"source": "tok_…"}` (or `{"source": {"id": "tok_…"}}`): the token is spent and its card saved.
    func save(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let customerID = request.parameter("customer_id")
        let body = Fields(try request.bodyObject())
        let sourceID =
            body.object["source"]?.objectValue != nil
            ? try body.object("source")?.string("id", code: "1124") : try body.string("source", code: "1124")
        guard let sourceID, !sourceID.isEmpty else { throw .invalid("1124", "Source id is missing") }
        let committed = try context.store.transact(account) { state, transaction throws(TapError) -> SavedCard in
            guard var customer = state.customers[customerID] else { throw .notFound(.customer) }
            let token = try spend(sourceID)
            state.noteTokenChange(token.id)
            let saved = CardSaving.save(
                token.card, address: token.address, for: &customer, at: transaction.now, ids: transaction.ids)
            state.put(customer)
            return saved
        }
        var response = HTTPResponse.json(committed.value.json)
        response.gate = committed.gate
        return response
    }

    /// `{"object":"list","has_more":false,"data":[…]}`, newest first (`ListCardsResponse` of the iOS SDK).
    func list(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let customer = try customer(request)
        var writer = JSONWriter(capacity: 128 + 512 * customer.cards.count)
        writer.beginObject()
        writer.field("object", "list")
        writer.field("has_more", false)
        writer.key("data")
        writer.beginArray()
        for card in customer.cards.reversed() { card.write(to: &writer) }
        writer.endArray()
        writer.endObject()
        return .json(writer.bytes)
    }

    func retrieve(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let cardID = request.parameter("card_id")
        guard let card = try customer(request).cards.first(where: { $0.id == cardID }) else {
            throw .notFound(.card)
        }
        return .json(card.json)
    }

    /// Answers `{"deleted": true, "id": "card_…"}` (`DeleteCardResponse` of the iOS SDK).
    func delete(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let customerID = request.parameter("customer_id")
        let cardID = request.parameter("card_id")
        let committed = try context.store.transact(account) { state, _ throws(TapError) in
            guard var customer = state.customers[customerID] else { throw .notFound(.customer) }
            guard let index = customer.cards.firstIndex(where: { $0.id == cardID }) else { throw .notFound(.card) }
            customer.cards.remove(at: index)
            state.put(customer)
        }
        var writer = JSONWriter(capacity: 96)
        writer.beginObject()
        writer.field("deleted", true)
        writer.field("id", cardID)
        writer.endObject()
        var response = HTTPResponse.json(writer.bytes)
        response.gate = committed.gate
        return response
    }

    private func customer(_ request: APIRequest) throws(TapError) -> Customer {
        let account = try request.account
        let customerID = request.parameter("customer_id")
        guard let customer = account.read({ $0.customers[customerID] }) else { throw .notFound(.customer) }
        return customer
    }

    /// Marks a live, unused card token used, under the vault's lock so two requests can never spend one
    /// token: unknown or expired 1125, used 1126, a saved-card token (its card is saved already) 1125.
    private func spend(_ id: String) throws(TapError) -> Token {
        let now = context.store.time.nowMilliseconds()
        let result = context.store.tokens.withLock { tokens -> Result<Token, TapError> in
            guard let token = tokens[id], !token.isExpired(at: now) else {
                return .failure(.invalid("1125", "Source id is invalid"))
            }
            guard !token.used else {
                return .failure(.invalid("1126", "Source already used, Please create the new source"))
            }
            guard token.kind == .card else {
                return .failure(.invalid("1125", "Source id is invalid: the token stands for a card saved already"))
            }
            tokens[id]?.used = true
            return .success(token)
        }
        return try result.get()
    }
}
