/// `/v2/tokens` (spec §7.1): single-use card tokens from card data or from a saved card, created and read
/// with a secret or a publishable key. Tokens live in the store's global vault on the base clock.
struct TokenRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        router.add("POST /v2/tokens", .anyKey) { request throws(TapError) in try create(&request) }
        router.add("GET /v2/tokens/:id", .anyKey) { request throws(TapError) in try retrieve(request) }
    }

    func create(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let body = Fields(try request.bodyObject())
        let clientIP = try body.string(
            "client_ip", maxLength: 64, code: "1103", description: "Required inputs are invalid: client_ip is too long")
        let now = context.store.time.nowMilliseconds()
        var token: Token
        if let savedCard = try body.object("saved_card") {
            token = try savedCardToken(savedCard, caller: request.caller, now: now)
        } else if let card = try body.object("card") {
            let input = try CardTokenInput.parse(card, now: now)
            token = makeToken(
                .card, card: CardSummary(number: input.number, expiry: input.expiry, name: input.name),
                number: input.number.digits, result: input.result, now: now)
            token.address = input.address
        } else {
            throw .invalid("1103", "Required inputs are invalid: give card or saved_card")
        }
        token.clientIP = clientIP
        // A scenario answering the tokenization decides what every payment with the token gets, above the
        // test cards (`scenarios/README.md`).
        if let scripted = request.scenario?.effect.result, !scripted.status.isPending {
            token.cardResult = scripted.cardResult
        }
        var response = HTTPResponse.json(token.json)
        response.gate = context.store.addToken(token, now: now)
        return response
    }

    /// An expired token is gone: Tap's tokens live 5 minutes (spec §4.3).
    func retrieve(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let id = request.parameter("id")
        let now = context.store.time.nowMilliseconds()
        guard let token = context.store.tokens.withLock({ $0[id] }), !token.isExpired(at: now) else {
            throw .notFound(.token)
        }
        return .json(token.json)
    }

    /// `{"saved_card": {"card_id", "customer_id"}}`: the card must be saved for a customer of the calling
    /// account. A publishable key is not tied to an account in the sandbox (anyone may invent one), so it
    /// cannot reach saved cards: it gets 2106, as on every other secret-key call.
    private func savedCardToken(_ fields: Fields, caller: Caller, now: Int64) throws(TapError) -> Token {
        guard case .account(let account) = caller else { throw Self.savedCardNeedsSecretKey }
        guard let customerID = try fields.string("customer_id"), !customerID.isEmpty else {
            throw .invalid("1104", "Customer id is missing")
        }
        guard let cardID = try fields.string("card_id"), !cardID.isEmpty else {
            throw .invalid("1103", "Required inputs are invalid: saved_card.card_id is missing")
        }
        guard let customer = account.read({ $0.customers[customerID] }) else {
            throw .notFound(.customer, inBody: true)
        }
        guard let saved = customer.cards.first(where: { $0.id == cardID }) else { throw .notFound(.card, inBody: true) }
        let card = saved.card
        // As at tokenization from card data: past its month is refused, a simulator trigger expiry excepted.
        if case .success(let expiry) = CardExpiry.parse(month: String(card.expMonth), year: String(card.expYear)),
            expiry.isExpired(at: now), !TestCards.isMagicExpiry(month: expiry.month, year: expiry.year)
        {
            throw .invalid("4101", "Card validation failed - Card has expired")
        }
        let number = TestCards.number(ofSaved: card)
        var token = makeToken(
            .savedCard, card: card, number: number,
            result: TestCards.result(number: number, month: card.expMonth, year: card.expYear, cvc: nil), now: now)
        token.customerID = customerID
        token.address = saved.address
        return token
    }

    private func makeToken(
        _ kind: Token.Kind, card: CardSummary, number: String, result: CardResult, now: Int64
    ) -> Token {
        let serial = context.store.ids.nextSerial()
        return Token(
            id: Identifier.make("tok_", serial: serial, createdAt: now), serial: serial, kind: kind, createdAt: now,
            card: card, number: number, cardResult: result)
    }

    static let savedCardNeedsSecretKey = TapError(
        status: .unauthorized, code: "2106",
        description: "Please use the secret key, the public key given: saved-card tokens need the secret key of "
            + "the account that saved the card (the sandbox cannot tell whose a publishable key is)")
}
