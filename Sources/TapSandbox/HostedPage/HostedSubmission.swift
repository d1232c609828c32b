/// What the customer (or a test over plain HTTP) sent to `POST /_sandbox/pay/:id` (CONTRACT.md §5):
/// the action and, for `approve`, the card typed on the page.
struct HostedSubmission: Sendable, Equatable {
    enum Action: String, Sendable {
        case approve, decline, fail3ds, cancel
    }

    /// The page a form was sent from. Only the card step may lead to a 3-D Secure challenge; plain HTTP
    /// clients send no step and settle at once.
    enum Step: String, Sendable {
        case card
        case challenge
    }

    var action: Action
    var step: Step?
    /// The fields as typed, to fill the form again when something is wrong.
    var typed: TypedCard
    /// The validated card, for `approve` when a number was sent.
    var card: EnteredCard?

    /// Reads and checks the body: for `approve`, the card fields that were sent must be valid for the page.
    static func parse(_ body: Fields, page: HostedPageKind, now: Int64) throws(EntryProblem) -> HostedSubmission {
        let typed = TypedCard(body)
        guard let action = (try? body.string("action")).flatMap(Action.init(rawValue:)) else { throw .action }
        let step = (try? body.string("step")).flatMap(Step.init(rawValue:))
        var submission = HostedSubmission(action: action, step: step, typed: typed)
        // A card token's challenge page has no card fields: the token's card is the one paying.
        if action == .approve, page != .challenge, !typed.number.isEmpty {
            submission.card = try typed.validated(for: page, now: now)
        }
        return submission
    }
}

/// The card fields of a hosted page as typed (surrounding spaces dropped).
struct TypedCard: Sendable, Equatable {
    var number = ""
    var expiry = ""
    var securityCode = ""
    var pin = ""
    var bank = ""

    init() {}

    init(_ body: Fields) {
        func text(_ key: String) -> String {
            let value = (try? body.string(key)) ?? ""
            guard let first = value.firstIndex(where: { !$0.isWhitespace }),
                let last = value.lastIndex(where: { !$0.isWhitespace })
            else { return "" }
            return String(value[first...last])
        }
        number = text("card_number")
        expiry = text("expiry")
        securityCode = text("cvv")
        pin = text("pin")
        bank = text("bank")
    }

    /// The same fields filled from a test card.
    init(_ card: HostedTestCard, page: HostedPageKind) {
        number = card.number
        expiry = card.expiry
        if page.isLocalDebit { pin = card.code } else { securityCode = card.code }
        bank = card.bank ?? ""
    }

    /// Checks the fields a page of `kind` needs. Card pages: a Luhn-valid number, an expiry that has not
    /// passed (the simulator's magic dates excepted, spec §12.2) and, when sent, a CVV of the brand's
    /// length. KNET and Benefit: the number, an MM/YY expiry, and when sent a 4-digit PIN and a known bank.
    func validated(for kind: HostedPageKind, now: Int64) throws(EntryProblem) -> EnteredCard {
        guard case .success(let card) = CardNumber.parse(number, allowingSeparators: true) else { throw .cardNumber }
        guard let expiry = Self.parseExpiry(expiry) else { throw .expiry }
        var entered = EnteredCard(number: card, expiry: expiry)
        if kind.isLocalDebit {
            guard pin.isEmpty || (pin.utf8.count == 4 && pin.utf8.allSatisfy { (48...57).contains($0) }) else {
                throw .pin
            }
            guard bank.isEmpty || HostedTestCard.knetBanks.contains(where: { $0.value == bank }) else { throw .bank }
            return entered
        }
        if expiry.isExpired(at: now) && !TestCards.isMagicExpiry(month: expiry.month, year: expiry.year) {
            throw .expiredCard
        }
        if !securityCode.isEmpty {
            guard case .success(let code) = CardVerificationCode.parse(securityCode, for: card) else {
                throw .securityCode
            }
            entered.securityCode = code.digits
        }
        return entered
    }

    /// `MM/YY` (also `MM/YYYY`, `MMYY`, spaces ignored), as people type it.
    static func parseExpiry(_ text: String) -> CardExpiry? {
        let compact = text.filter { $0 != " " }
        let parts = compact.split(separator: "/", omittingEmptySubsequences: false)
        let (month, year): (Substring, Substring)
        switch parts.count {
        case 2: (month, year) = (parts[0], parts[1])
        case 1 where compact.count == 4: (month, year) = (compact.prefix(2), compact.suffix(2))
        default: return nil
        }
        guard case .success(let expiry) = CardExpiry.parse(month: String(month), year: String(year)) else { return nil }
        return expiry
    }
}

/// A card that passed the page's checks.
struct EnteredCard: Sendable, Equatable {
    var number: CardNumber
    var expiry: CardExpiry
    var securityCode: String?

    /// The card as the object shows it afterwards (`source.card`, spec §4.4).
    var summary: CardSummary {
        CardSummary(
            firstSix: number.firstSix, firstEight: number.firstEight, lastFour: number.lastFour,
            scheme: number.scheme.rawValue, brand: number.brand.rawValue, funding: number.funding.rawValue,
            expMonth: expiry.month, expYear: expiry.year)
    }
}

/// Why a hosted-page submission was refused: shown on the page in the customer's language, or answered
/// to a JSON client as Tap's error (spec §3.3 codes of the same checks at token creation).
enum EntryProblem: Error, Sendable, Hashable {
    case cardNumber, expiry, expiredCard, securityCode, pin, bank, action

    /// The form field the problem belongs to (`aria-invalid`), if any.
    var field: String? {
        switch self {
        case .cardNumber: "card_number"
        case .expiry, .expiredCard: "expiry"
        case .securityCode: "cvv"
        case .pin: "pin"
        case .bank: "bank"
        case .action: nil
        }
    }

    var tapError: TapError {
        switch self {
        case .cardNumber: .invalid("1140", "Card number is invalid")
        case .expiry: .invalid("1141", "Card expiry is invalid: send expiry as MM/YY")
        case .expiredCard: .invalid("4101", "Card validation failed - Card has expired")
        case .securityCode: .invalid("4102", "Card validation failed - cvc is too short/long")
        case .pin: .invalid("1103", "Required inputs are invalid: pin must be 4 digits")
        case .bank: .invalid("1103", "Required inputs are invalid: bank is not one of the KNET banks")
        case .action:
            .invalid("1103", "Required inputs are invalid: action must be approve, decline, fail3ds or cancel")
        }
    }
}
