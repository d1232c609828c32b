/// A published test card offered on the hosted page for one click (spec §12.1): clicking fills the form.
struct HostedTestCard: Sendable, Equatable {
    /// What the card is called on the page ("VISA", "KNET Test Card [KNET1]").
    var label: String
    var number: String
    /// MM/YY.
    var expiry: String
    /// The CVV on card pages, the PIN on KNET and Benefit pages.
    var code: String
    /// For KNET: the bank dropdown value to pick.
    var bank: String?
    /// What Tap's table says the card does: nil on card pages, where 3-D Secure enrolment is shown instead.
    var result: String?

    /// The cards listed on a page of `kind`; a branded card page lists its network's cards first.
    static func cards(for kind: HostedPageKind) -> [HostedTestCard] {
        switch kind {
        case .knet: knet
        case .benefit: benefit
        case .challenge: []
        case .card(let method):
            method == "mada" ? cards.filter { $0.label == "mada" } + cards.filter { $0.label != "mada" } : cards
        }
    }

    /// The card whose number is `number` among those of `kind` (for `?card=` prefill without JavaScript).
    static func find(_ number: String, in kind: HostedPageKind) -> HostedTestCard? {
        cards(for: kind).first { $0.number == number }
    }

    // spec §12.1 credit and debit cards; expiry 01/39 and CVV 100 (AMEX 1000, OmanNet 123) approve.
    static let cards: [HostedTestCard] = [
        HostedTestCard(label: "VISA", number: "4508750015741019", expiry: "01/39", code: "100"),
        HostedTestCard(label: "MASTERCARD", number: "5123450000000008", expiry: "01/39", code: "100"),
        HostedTestCard(label: "AMEX", number: "345678901234564", expiry: "01/39", code: "1000"),
        HostedTestCard(label: "mada", number: "4464040000000007", expiry: "01/39", code: "100"),
        HostedTestCard(label: "OmanNet", number: "4228230000000001", expiry: "01/39", code: "123"),
        HostedTestCard(label: "VISA", number: "4012000033330026", expiry: "01/39", code: "100"),
        HostedTestCard(label: "MASTERCARD", number: "5111111111111118", expiry: "01/39", code: "100"),
        HostedTestCard(label: "AMEX", number: "371449635398431", expiry: "01/39", code: "1000"),
        HostedTestCard(label: "mada", number: "5588480000000003", expiry: "01/39", code: "100"),
    ]

    // spec §12.1 local payment methods, with Tap's own words for their results.
    static let knet: [HostedTestCard] = [
        HostedTestCard(
            label: "KNET Test Card [KNET1]", number: "8888880000000001", expiry: "09/25", code: "1234",
            bank: "KNET1", result: "CAPTURED"),
        HostedTestCard(
            label: "KNET Test Card [KNET1]", number: "8888880000000002", expiry: "09/25", code: "1234",
            bank: "KNET1", result: "CAPTURED"),
        HostedTestCard(
            label: "KNET Test Card [KNET1]", number: "8888880000000001", expiry: "05/21", code: "1234",
            bank: "KNET1", result: "NOT CAPTURED"),
    ]

    static let benefit: [HostedTestCard] = [
        HostedTestCard(label: "BENEFIT", number: "4600410123456789", expiry: "12/27", code: "1234", result: "CAPTURED"),
        HostedTestCard(
            label: "BENEFIT", number: "7777770123456789", expiry: "12/27", code: "1234", result: "NOT CAPTURED"),
        HostedTestCard(label: "BENEFIT", number: "1111110123456789", expiry: "12/27", code: "1234", result: "DECLINED"),
    ]

    /// KNET's bank dropdown: the test bank first, then Kuwaiti banks as KNET lists them.
    static let knetBanks: [(value: String, name: String)] = [
        ("KNET1", "KNET Test Card [KNET1]"), ("ABK", "Al Ahli Bank of Kuwait [ABK]"),
        ("BBK", "Bank of Bahrain and Kuwait [BBK]"), ("BOUBYAN", "Boubyan Bank [Boubyan]"),
        ("BURGAN", "Burgan Bank [Burgan]"), ("CBK", "Commercial Bank of Kuwait [CBK]"),
        ("GBK", "Gulf Bank of Kuwait [GBK]"), ("KFH", "Kuwait Finance House [KFH]"),
        ("NBK", "National Bank of Kuwait [NBK]"), ("WARBA", "Warba Bank [Warba]"),
    ]
}
