/// One graded recommendation of the integration review (CONTRACT.md §9): its status on what the account
/// actually did, a sentence saying what was seen, and the evidence behind it.
struct ReviewCheck: Sendable, Equatable {
    /// The raw values are the wire form.
    enum Status: String, Sendable, Equatable {
        case pass
        case fail
        /// Nothing the account did could show either way yet.
        case notExercised = "not_exercised"
    }

    /// The most evidence items a check lists; `evidenceTotal` says how many there were.
    static let evidenceLimit = 20

    var guideline: ReviewGuideline
    var status: Status
    /// What the review saw, in one or two sentences.
    var summary: String
    var evidence: [ReviewEvidenceItem]
    var evidenceTotal: Int

    /// `evidence` may be lazy: only the items listed are made (a check may cover thousands of objects).
    init(
        _ guideline: ReviewGuideline, _ status: Status, _ summary: String,
        evidence: some Collection<ReviewEvidenceItem> = [ReviewEvidenceItem]()
    ) {
        self.guideline = guideline
        self.status = status
        self.summary = summary
        self.evidence = Array(evidence.prefix(Self.evidenceLimit))
        evidenceTotal = evidence.count
    }

    var id: String { guideline.id }
}

/// One piece of evidence: an object (charge, refund, webhook delivery ...), a request of the journal, a URL
/// or a group, with a note saying what it shows.
struct ReviewEvidenceItem: Sendable, Equatable {
    /// What the item is: `charge`, `authorize`, `refund`, `webhook_delivery`, `request`, `url`,
    /// `payment_method`.
    var object: String
    /// The object's id (or the URL, or the method) when the item names one.
    var id: String?
    /// The request journal entry (`GET /_sandbox/requests`) the item stands for, if any.
    var request: RequestReference?
    var note: String

    init(_ object: String, id: String? = nil, request: RequestReference? = nil, note: String) {
        self.object = object
        self.id = id
        self.request = request
        self.note = note
    }

    /// A charge or authorize, named by its kind.
    static func payment(_ payment: Payment, note: String) -> ReviewEvidenceItem {
        ReviewEvidenceItem(payment.kind.rawValue, id: payment.id, note: note)
    }
}

/// A request as the journal shows it: enough to find the entry in `GET /_sandbox/requests`.
struct RequestReference: Sendable, Equatable {
    /// Epoch milliseconds on the account's sandbox clock (real time for requests that named no account).
    var time: Int64
    var method: String
    var path: String
    var status: Int?
}
