/// A charge or an authorize: Tap gives both the same shape (spec §4.4, §5.3), so one value type serves
/// both, with `kind` deciding the id prefix, the `object` name and the few fields only one of them has.
///
/// Only what varies is stored; constants (`live_mode`, `api_version`, `timezone`) and the secondary
/// references (track, payment, gateway, receipt, activity ids) are derived from `serial` when rendered,
/// which keeps a stored charge small.
public struct Payment: Sendable, Equatable, Codable {
    /// Which Tap resource this is.
    public enum Kind: String, Sendable, Equatable, Codable {
        case charge
        case authorize

        public var idPrefix: StaticString {
            switch self {
            case .charge: "chg_"
            case .authorize: "auth_"
            }
        }
    }

    public var kind: Kind
    public var id: String
    public var serial: Int64
    public var status: PaymentStatus
    /// Tap's response code for the current status (spec §4.6), e.g. "000" or "505".
    public var responseCode: String
    public var amount: Amount
    /// Epoch milliseconds on the account's sandbox clock (`transaction.created`).
    public var createdAt: Int64
    public var threeDSecure = true
    public var saveCard = false
    public var customerInitiated = true
    public var receipt = Receipt()
    /// `transaction.expiry.period` in minutes (spec §4.2: default 30).
    public var expiryMinutes = 30
    public var description: String?
    public var statementDescriptor: String?
    public var metadata = JSONObject()
    public var reference = MerchantReference()
    public var customer: CustomerSnapshot?
    public var source: PaymentSource
    public var redirect: Callback?
    public var post: Callback?
    public var activities: [Activity] = []
    /// Authorize only: the scheduled automatic capture or void (spec §5.2).
    public var auto: AutoAction?
    /// Charges: the sum of the amounts of refunds that did not fail, in minor units.
    public var refundedMinorUnits: Int64 = 0
    /// For a capture charge: the authorize it captured; for a captured authorize: the charge that did.
    public var linkedID: String?
    /// The language of customer-facing pages (`lang_code` header): "en" or "ar".
    public var language = "en"
    /// The scenario that decided this object's outcome, if any (shown in the dashboard, never on the wire).
    public var scenario: String?
    /// What that scenario answers when the customer approves on the hosted page (`scenarios/README.md`).
    public var scenarioResult: CardResult?
    /// How that scenario shapes this object's webhooks.
    public var webhookBehaviour: WebhookBehaviour?

    public init(kind: Kind, id: String, serial: Int64, amount: Amount, createdAt: Int64, source: PaymentSource) {
        self.kind = kind
        self.id = id
        self.serial = serial
        self.amount = amount
        self.createdAt = createdAt
        self.source = source
        status = .initiated
        responseCode = PaymentStatus.initiated.defaultResponseCode
    }

    /// Moves to `status` with `code` (or the status's default) and records the activity.
    public mutating func transition(to status: PaymentStatus, code: String? = nil, at time: Int64) {
        self.status = status
        responseCode = code ?? status.defaultResponseCode
        activities.append(Activity(createdAt: time, status: status, amountMinorUnits: amount.minorUnits))
    }

    /// When an INITIATED object turns ABANDONED (spec §4.2 `transaction.expiry`).
    public var expiresAt: Int64 { createdAt + Int64(expiryMinutes) * 60_000 }
}

/// `receipt` flags and whether Tap would send them (spec §4.2).
public struct Receipt: Sendable, Equatable, Codable {
    public var email = false
    public var sms = false

    public init(email: Bool = false, sms: Bool = false) {
        self.email = email
        self.sms = sms
    }
}

/// The merchant's own references, echoed back (spec §4.2 `reference.*`, §11 `reference.idempotent`).
public struct MerchantReference: Sendable, Equatable, Codable {
    public var transaction: String?
    public var order: String?
    public var idempotent: String?

    public init(transaction: String? = nil, order: String? = nil, idempotent: String? = nil) {
        self.transaction = transaction
        self.order = order
        self.idempotent = idempotent
    }
}

/// The customer as shown inside a charge (spec §4.4 `customer`).
public struct CustomerSnapshot: Sendable, Hashable, Codable {
    public var id: String?
    public var firstName: String?
    public var middleName: String?
    public var lastName: String?
    public var email: String?
    public var phone: Phone?

    public init(
        id: String? = nil, firstName: String? = nil, middleName: String? = nil, lastName: String? = nil,
        email: String? = nil, phone: Phone? = nil
    ) {
        self.id = id
        self.firstName = firstName
        self.middleName = middleName
        self.lastName = lastName
        self.email = email
        self.phone = phone
    }
}

/// A phone number as Tap splits it; both parts are echoed as strings (spec §4.2).
public struct Phone: Sendable, Equatable, Hashable, Codable {
    public var countryCode: String
    public var number: String

    public init(countryCode: String, number: String) {
        self.countryCode = countryCode
        self.number = number
    }
}

/// What pays: a card token, a redirect method (`src_all`, `src_kw.knet` ...) or an authorize being captured.
public struct PaymentSource: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        case token
        case redirect
        case authorize
    }

    public var kind: Kind
    public var id: String
    /// `payment_method` once known: VISA, MASTERCARD, MADA, KNET, BENEFIT ...
    public var paymentMethod: String?
    public var card: CardSummary?

    public init(kind: Kind, id: String, paymentMethod: String? = nil, card: CardSummary? = nil) {
        self.kind = kind
        self.id = id
        self.paymentMethod = paymentMethod
        self.card = card
    }
}

/// The non-sensitive part of a card that objects show (spec §4.4 `card`).
public struct CardSummary: Sendable, Equatable, Codable {
    public var firstSix: String
    public var firstEight: String
    public var lastFour: String
    public var scheme: String
    public var brand: String
    public var funding: String
    public var name: String?
    public var expMonth: Int
    public var expYear: Int
    /// Set when the card is saved for a customer (`card_…`).
    public var savedCardID: String?
    /// `CardFingerprint` of the number, so a card can be saved after its token is gone (spec §7.3).
    public var fingerprint: String?

    public init(
        firstSix: String, firstEight: String, lastFour: String, scheme: String, brand: String, funding: String,
        name: String? = nil, expMonth: Int, expYear: Int
    ) {
        self.firstSix = firstSix
        self.firstEight = firstEight
        self.lastFour = lastFour
        self.scheme = scheme
        self.brand = brand
        self.funding = funding
        self.name = name
        self.expMonth = expMonth
        self.expYear = expYear
    }
}

/// `redirect` or `post`: a URL and where the sandbox is with it (spec §4.4; statuses PENDING, SUCCESS, ERROR).
public struct Callback: Sendable, Equatable, Codable {
    public var url: String
    public var status = "PENDING"
    /// Webhook attempts made so far (`post.attempt`).
    public var attempt = 0

    public init(url: String) {
        self.url = url
    }
}

/// One entry of `activities` (spec §4.4); its id is derived from the payment's serial and its position.
public struct Activity: Sendable, Equatable, Codable {
    public var createdAt: Int64
    public var status: PaymentStatus
    public var amountMinorUnits: Int64

    public init(createdAt: Int64, status: PaymentStatus, amountMinorUnits: Int64) {
        self.createdAt = createdAt
        self.status = status
        self.amountMinorUnits = amountMinorUnits
    }
}

/// An authorize's automatic action after `time` hours (spec §5.2-§5.3).
public struct AutoAction: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        case capture = "CAPTURE"
        case void = "VOID"
    }

    public var type: Kind
    public var hours: Int
    /// PENDING while INITIATED, SCHEDULED once AUTHORIZED, then CAPTURED, VOID or CANCELLED.
    public var status = "PENDING"

    public init(type: Kind, hours: Int) {
        self.type = type
        self.hours = hours
    }
}
