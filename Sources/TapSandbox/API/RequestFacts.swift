/// Where an API request's facts live (`match` in scenario files): the route, the headers, and the body's
/// amount, card, customer and metadata, with the token, customer or authorize the body only names looked up.
struct RequestFacts {
    /// What the request itself carries.
    var facts = ScenarioFacts()
    /// Ids whose details only the account's state knows.
    private var customerID: String?
    private var authorizeID: String?
    private var savedCard: (customerID: String, cardID: String)?

    init(_ request: inout APIRequest, tokens: Locked<TokenVault>) {
        if let (resource, operation) = ScenarioFacts.classify(method: request.http.method, path: request.http.path) {
            facts.resource = resource
            facts.operation = operation
        }
        facts.headers = request.http.headers
        let method = request.http.method
        guard method == .post || method == .put, let object = try? request.bodyObject() else { return }
        let body = Fields(object)
        if let code = Self.text(body, "currency"), case .success(let currency) = Currency.parse(code) {
            facts.currency = currency
            if let text = Self.text(body, "amount"), case .success(let amount) = Amount.parse(text, currency: currency)
            {
                facts.amount = amount
            }
        }
        facts.metadata = object["metadata"]?.objectValue ?? JSONObject()
        let customer = (try? body.object("customer")) ?? nil
        facts.customerEmail = customer.flatMap { Self.text($0, "email") } ?? Self.text(body, "email")
        customerID = customer.flatMap { Self.text($0, "id") }
        if let card = (try? body.object("card")) ?? nil { readCard(card) }
        if let saved = (try? body.object("saved_card")) ?? nil, let customer = Self.text(saved, "customer_id"),
            let card = Self.text(saved, "card_id")
        {
            savedCard = (customer, card)
        }
        if let source = (try? body.object("source")) ?? nil, let id = Self.text(source, "id") {
            readSource(id, tokens: tokens)
        }
    }

    /// `card` of a create-token body: number, expiry and CVC as sent (numbers or strings).
    private mutating func readCard(_ card: Fields) {
        if let text = Self.text(card, "number"), case .success(let number) = CardNumber.parse(text) {
            facts.cardNumber = number.digits
            facts.paymentMethod = number.brand.rawValue
        }
        if let month = Self.text(card, "exp_month").flatMap({ Int($0) }),
            let year = Self.text(card, "exp_year").flatMap({ Int($0) })
        {
            facts.cardExpiry = ScenarioFacts.expiry(month: month, year: year)
        }
        facts.cardCVC = Self.text(card, "cvc")
    }

    /// `source.id`: a token's card, a redirect source's payment method, or an authorize being captured.
    private mutating func readSource(_ id: String, tokens: Locked<TokenVault>) {
        if let token = tokens.withLock({ $0[id] }) {
            facts.cardNumber = token.number
            facts.cardExpiry = ScenarioFacts.expiry(month: token.card.expMonth, year: token.card.expYear)
            facts.paymentMethod = token.card.brand
        } else if let method = RedirectSource.known[id]?.paymentMethod {
            facts.paymentMethod = method
        } else if id.hasPrefix("auth_") {
            authorizeID = id
        }
    }

    /// The facts with what only the account knows: the email of a customer named by id, the card of an
    /// authorize being captured or of a saved card being tokenized.
    func completed(from state: borrowing AccountState) -> ScenarioFacts {
        var facts = facts
        if facts.customerEmail == nil, let customerID { facts.customerEmail = state.customers[customerID]?.email }
        if let authorizeID, let authorize = state.authorizes[authorizeID], let card = authorize.source.card {
            facts.cardNumber = card.firstSix + "******" + card.lastFour
            facts.cardExpiry = ScenarioFacts.expiry(month: card.expMonth, year: card.expYear)
            facts.paymentMethod = authorize.source.paymentMethod
        }
        if let savedCard,
            let saved = state.customers[savedCard.customerID]?.cards.first(where: { $0.id == savedCard.cardID })
        {
            facts.cardNumber = TestCards.number(ofSaved: saved.card)
            facts.cardExpiry = ScenarioFacts.expiry(month: saved.card.expMonth, year: saved.card.expYear)
            facts.paymentMethod = saved.card.brand
        }
        return facts
    }

    /// A field as text when it is a string, number or boolean; nil when absent or of another type.
    private static func text(_ fields: Fields, _ key: String) -> String? {
        (try? fields.string(key)) ?? nil
    }
}
