import Testing

@testable import TapSandbox

/// The pure outcome table of hosted-page submissions (spec §10, §12.2).
@Suite struct HostedDecisionTests {
    static func payment(_ kind: Payment.Kind = .charge, source: String = "src_all", threeDSecure: Bool = true)
        -> Payment
    {
        var payment = Payment(
            kind: kind, id: kind == .charge ? "chg_1" : "auth_1", serial: 1,
            amount: Amount(minorUnits: 1500, currency: .kwd), createdAt: 0,
            source: PaymentSource(kind: source.hasPrefix("tok_") ? .token : .redirect, id: source))
        payment.threeDSecure = threeDSecure
        return payment
    }

    static func submission(
        _ action: HostedSubmission.Action, step: HostedSubmission.Step? = nil, card number: String? = nil,
        expiry: String = "01/39", cvv: String? = "100"
    ) -> HostedSubmission {
        var submission = HostedSubmission(action: action, step: step, typed: TypedCard())
        if let number, case .success(let parsed) = CardNumber.parse(number),
            let expiry = TypedCard.parseExpiry(expiry)
        {
            submission.card = EnteredCard(number: parsed, expiry: expiry, securityCode: cvv)
        }
        return submission
    }

    static func decideOnCardPage(_ submission: HostedSubmission, _ payment: Payment) -> HostedDecision {
        HostedDecision.decide(submission, page: .card(method: nil), payment: payment, tokenResult: nil)
    }

    static func outcome(_ decision: HostedDecision) -> (PaymentStatus, String)? {
        guard case .settle(let outcome) = decision else { return nil }
        return (outcome.status, outcome.code)
    }

    @Test(arguments: [
        (HostedSubmission.Action.approve, PaymentStatus.captured, "000"),
        (.decline, .declined, "501"),
        (.fail3ds, .declined, "516"),
        (.cancel, .cancelled, "302"),
    ])
    func actionsWithoutACard(action: HostedSubmission.Action, status: PaymentStatus, code: String) {
        let decision = HostedDecision.decide(
            Self.submission(action), page: .card(method: nil), payment: Self.payment(), tokenResult: nil)
        #expect(Self.outcome(decision)! == (status, code))
    }

    @Test func approve_OfAnAuthorize_IsAuthorized001() {
        let decision = HostedDecision.decide(
            Self.submission(.approve, card: "5123450000000008"), page: .card(method: nil),
            payment: Self.payment(.authorize), tokenResult: nil)
        #expect(Self.outcome(decision)! == (.authorized, "001"))
    }

    @Test func enrolledCard_OnTheCardStep_IsChallenged_ButNotWithoutAStepOrThreeDSecure() throws {
        let onCardStep = Self.submission(.approve, step: .card, card: "4508750015741019")
        let card = try #require(onCardStep.card)
        #expect(Self.decideOnCardPage(onCardStep, Self.payment()) == .challenge(card))
        let plain = Self.submission(.approve, card: "4508750015741019")
        #expect(Self.outcome(Self.decideOnCardPage(plain, Self.payment()))! == (.captured, "000"))
        let relaxed = Self.payment(threeDSecure: false)
        #expect(Self.outcome(Self.decideOnCardPage(onCardStep, relaxed))! == (.captured, "000"))
    }

    @Test(arguments: ["5111111111111118", "4012000033330026", "371449635398431", "5588480000000003"])
    func notEnrolledCard_WithThreeDSecure_IsDeclined504(number: String) {
        let submission = Self.submission(.approve, step: .card, card: number, cvv: nil)
        #expect(Self.outcome(Self.decideOnCardPage(submission, Self.payment()))! == (.declined, "504"))
    }

    @Test func token_TakesItsOwnResult() {
        let refused = CardResult.refused(status: .declined, code: "505")
        let decision = HostedDecision.decide(
            Self.submission(.approve), page: .challenge, payment: Self.payment(source: "tok_1"), tokenResult: refused)
        #expect(Self.outcome(decision)! == (.declined, "505"))
    }

    @Test(arguments: [
        (HostedPageKind.knet, "8888880000000001", "09/25", PaymentStatus.captured, "000"),
        (.knet, "8888880000000001", "05/21", .failed, "401"),
        (.benefit, "7777770123456789", "12/27", .failed, "401"),
        (.benefit, "1111110123456789", "12/27", .declined, "501"),
        (.benefit, "4600410123456789", "12/27", .captured, "000"),
    ])
    func localDebitCards(page: HostedPageKind, number: String, expiry: String, status: PaymentStatus, code: String) {
        let submission = Self.submission(.approve, step: .card, card: number, expiry: expiry, cvv: nil)
        let decision = HostedDecision.decide(submission, page: page, payment: Self.payment(), tokenResult: nil)
        #expect(Self.outcome(decision)! == (status, code))
    }
}
