/// The pages of a pending payment: the card form, the KNET and Benefit debit pages and the 3-D Secure
/// challenge. Every input has a label; the error line is a live region and marks its field `aria-invalid`;
/// the focus order follows the reading order. The first submit button of each form is the main action,
/// so Enter in any field submits it (HTML implicit submission).
extension HostedPageView {
    /// The page of a pending payment of page `kind`.
    func entry(
        _ kind: HostedPageKind, typed: TypedCard = TypedCard(), problem: EntryProblem? = nil, focusPay: Bool = false
    ) -> HTML {
        let panel: HTML
        let focus = focusPay && problem == nil
        switch kind {
        case .card(let method): panel = cardForm(method: method, typed: typed, problem: problem, focusPay: focus)
        case .knet, .benefit: panel = localForm(kind, typed: typed, problem: problem, focusPay: focus)
        case .challenge: panel = challenge(card: nil, problem: problem)
        }
        let cards = HostedTestCard.cards(for: kind)
        let helpers: HTML = cards.isEmpty ? .empty : "\(testCards(cards, kind: kind))\(HostedPageStyle.fillScript)"
        let body: HTML = "\(summary())\(panel)\(helpers)"
        return document(title: text.pay + " " + amountText, theme: kind.themeClass, body: body)
    }

    /// The 3-D Secure challenge after the card step for an enrolled card; the typed fields ride along.
    func challengePage(card: TypedCard) -> HTML {
        let body: HTML = "\(summary())\(challenge(card: card, problem: nil))"
        return document(title: text.challengeTitle, theme: "theme-card", body: body)
    }

    private func cardForm(method: String?, typed: TypedCard, problem: EntryProblem?, focusPay: Bool) -> HTML {
        let head: HTML = method.map { "<p class=\"method-head\">\($0)</p>" } ?? .empty
        return """
            <section class="panel" aria-labelledby="pay-title">
            \(head)<h2 id="pay-title">\(text.payByCard)</h2>
            \(errorLine(problem))
            <form id="pay-form" method="post" action="\(path)">
            <input type="hidden" name="step" value="card">
            \(field("card_number", text.cardNumber, typed.number, problem, Attributes.cardNumber))
            <div class="row">
            \(field("expiry", text.expiry, typed.expiry, problem, Attributes.expiry))
            \(field("cvv", text.securityCode, typed.securityCode, problem, Attributes.securityCode))
            </div>
            \(payButton(text.pay + " ", focus: focusPay))
            <fieldset class="simulate">
            <legend>\(text.simulate)</legend>
            \(secondary("decline", text.decline))\(secondary("fail3ds", text.failThreeDSecure))\
            \(secondary("cancel", text.cancel))
            </fieldset>
            </form>
            </section>
            """
    }

    private func localForm(_ kind: HostedPageKind, typed: TypedCard, problem: EntryProblem?, focusPay: Bool) -> HTML {
        let name = kind == .knet ? "KNET" : "BENEFIT"
        let bank: HTML = kind == .knet ? bankSelect(typed.bank, problem) : .empty
        return """
            <section class="panel" aria-labelledby="pay-title">
            <p class="method-head">\(name)</p><h2 id="pay-title">\(text.payWith + " " + name)</h2>
            \(errorLine(problem))
            <form id="pay-form" method="post" action="\(path)">
            <input type="hidden" name="step" value="card">
            \(bank)
            \(field("card_number", text.cardNumber, typed.number, problem, Attributes.cardNumber))
            <div class="row">
            \(field("expiry", text.expiry, typed.expiry, problem, Attributes.expiry))
            \(field("pin", text.pin, typed.pin, problem, Attributes.pin))
            </div>
            \(payButton(text.submit + " · ", focus: focusPay))
            <div class="simulate">\(secondary("cancel", text.cancel))</div>
            </form>
            </section>
            """
    }

    /// The challenge: after the card step (`card` carries the typed fields along), or straight away for a
    /// card token (`card` nil, the token's card pays).
    private func challenge(card: TypedCard?, problem: EntryProblem?) -> HTML {
        let hidden: HTML = card.map { card in
            """
            <input type="hidden" name="card_number" value="\(card.number)">
            <input type="hidden" name="expiry" value="\(card.expiry)">
            <input type="hidden" name="cvv" value="\(card.securityCode)">
            """
        } ?? .empty
        let facts: HTML = """
            \(fact(text.merchant, merchantID, isCode: true))\(fact(text.amountToPay, amountText, isCode: true))\
            \(fact(text.card, maskedCard(card), isCode: true))
            """
        return """
            <section class="panel" aria-labelledby="pay-title">
            <p class="method-head">3-D Secure</p><h2 id="pay-title">\(text.challengeTitle)</h2>
            <p>\(text.challengeBody)</p>
            <dl class="facts">\(facts)</dl>
            \(errorLine(problem))
            <form id="pay-form" method="post" action="\(path)">
            <input type="hidden" name="step" value="challenge">
            \(hidden)
            \(field("otp", text.oneTimeCode, "", nil, Attributes.oneTimeCode))
            <button class="primary" id="pay" type="submit" name="action" value="approve">\(text.authenticate)</button>
            <div class="simulate">\(secondary("fail3ds", text.failThreeDSecure))\
            \(secondary("cancel", text.cancel))</div>
            </form>
            </section>
            """
    }

    /// What each input expects: numbers are typed left to right in both languages (`dir="ltr"`), and the
    /// browser may fill cards from its own store (`autocomplete`, HTML §4.10.18.7).
    private enum Attributes {
        static let cardNumber: HTML = #" dir="ltr" inputmode="numeric" autocomplete="cc-number" required"#
        static let expiry: HTML = #" dir="ltr" placeholder="MM/YY" autocomplete="cc-exp" required"#
        static let securityCode: HTML = #" dir="ltr" inputmode="numeric" autocomplete="cc-csc" maxlength="4" required"#
        static let pin: HTML =
            #" type="password" dir="ltr" inputmode="numeric" maxlength="4" autocomplete="off" required"#
        static let oneTimeCode: HTML = #" dir="ltr" inputmode="numeric" autocomplete="one-time-code" autofocus"#
    }
}
