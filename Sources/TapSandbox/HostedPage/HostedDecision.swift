/// What a hosted-page submission does to a pending payment (spec §10, §12.2): a pure function of the
/// submission, the page and the object, so the whole table is tested without HTTP.
enum HostedDecision: Sendable, Equatable {
    /// Settle with a final status and response code, and the card used when one was typed.
    case settle(HostedSettlement.Outcome)
    /// Show the 3-D Secure challenge for an enrolled card typed on the card step.
    case challenge(EnteredCard)

    /// - Parameter tokenResult: for a token payment, what the card's expiry and CVV decided at tokenization.
    static func decide(_ submission: HostedSubmission, page: HostedPageKind, payment: Payment, tokenResult: CardResult?)
        -> HostedDecision
    {
        let approved: PaymentStatus = payment.kind == .charge ? .captured : .authorized
        switch submission.action {
        case .cancel:
            return .settle(.init(status: .cancelled, code: "302", card: nil))
        case .decline:
            // Tap's generic refusal; the scenario `do-not-honor` answers the same (CONTRACT.md §6).
            return .settle(.init(status: .declined, code: "501", card: nil))
        case .fail3ds:
            return .settle(.init(status: .declined, code: "516", card: nil))
        case .approve:
            guard let card = submission.card else {
                return settle(payment.scenarioResult ?? tokenResult ?? .approved, approved: approved, card: nil)
            }
            return approve(
                card, step: submission.step, page: page, threeDSecure: payment.threeDSecure,
                scripted: payment.scenarioResult, approved: approved)
        }
    }

    /// The customer's approval with a typed card. A scenario chosen at creation (`scripted`) answers in
    /// place of the test cards (and of a missing 3-D Secure enrolment); an enrolled card still shows its
    /// challenge first.
    private static func approve(
        _ card: EnteredCard, step: HostedSubmission.Step?, page: HostedPageKind, threeDSecure: Bool,
        scripted: CardResult?, approved: PaymentStatus
    ) -> HostedDecision {
        let number = card.number.digits
        if page.isLocalDebit {
            let result = TestCards.localResult(
                number: number, month: card.expiry.month, year: card.expiry.year,
                method: page == .knet ? "KNET" : "BENEFIT")
            return settle(scripted ?? result, approved: approved, card: card)
        }
        if threeDSecure {
            // spec §12.2 (observed, §9.4): a card not enrolled in 3-D Secure is declined 504 when it is required.
            guard TestCards.isEnrolled(number) || scripted != nil else {
                return .settle(.init(status: .declined, code: "504", card: card))
            }
            if step == .card && TestCards.isEnrolled(number) { return .challenge(card) }
        }
        let result = TestCards.result(
            number: number, month: card.expiry.month, year: card.expiry.year, cvc: card.securityCode)
        return settle(scripted ?? result, approved: approved, card: card)
    }

    private static func settle(_ result: CardResult, approved: PaymentStatus, card: EnteredCard?) -> HostedDecision {
        switch result {
        case .approved: .settle(.init(status: approved, code: approved.defaultResponseCode, card: card))
        case .refused(let status, let code): .settle(.init(status: status, code: code, card: card))
        }
    }
}
