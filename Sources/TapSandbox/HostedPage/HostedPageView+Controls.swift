/// The pieces the hosted page's forms are made of: labelled fields, buttons, the error line, and the
/// published test cards.
extension HostedPageView {
    /// An input with its label; when `problem` is about it, it is marked invalid, described by the error
    /// line and focused.
    func field(_ name: String, _ label: String, _ value: String, _ problem: EntryProblem?, _ attributes: HTML) -> HTML {
        """
        <div class="field"><label for="\(name)">\(label)</label><input id="\(name)" name="\(name)" \
        value="\(value)"\(attributes)\(invalidMark(problem?.field == name))></div>
        """
    }

    /// KNET's bank dropdown (spec §12.1: pick "KNET Test Card [KNET1]").
    func bankSelect(_ selected: String, _ problem: EntryProblem?) -> HTML {
        let options: [HTML] = HostedTestCard.knetBanks.map { bank in
            "<option value=\"\(bank.value)\"\(HTML.when(bank.value == selected, " selected"))>\(bank.name)</option>"
        }
        return """
            <div class="field"><label for="bank">\(text.bank)</label><select id="bank" name="bank" required\
            \(invalidMark(problem?.field == "bank"))><option value="">\(text.chooseBank)</option>\(options)\
            </select></div>
            """
    }

    private func invalidMark(_ isInvalid: Bool) -> HTML {
        HTML.when(isInvalid, #" aria-invalid="true" aria-describedby="form-error" autofocus"#)
    }

    /// The form's main action, showing the amount.
    func payButton(_ label: String, focus: Bool) -> HTML {
        """
        <button class="primary" id="pay" type="submit" name="action" value="approve"\(HTML.when(focus, " autofocus"))>\
        \(label)<bdi class="num">\(amountText)</bdi></button>
        """
    }

    /// A sandbox action that needs no card: the form's checks do not apply (`formnovalidate`).
    func secondary(_ action: String, _ label: String) -> HTML {
        """
        <button class="secondary" type="submit" name="action" value="\(action)" formnovalidate>\(label)</button>
        """
    }

    /// The error line: always present (empty when all is well) so assistive technology knows the region.
    func errorLine(_ problem: EntryProblem?) -> HTML {
        let message = problem.flatMap { text.problems[$0] } ?? ""
        return "<p id=\"form-error\" class=\"error\" role=\"alert\" aria-live=\"assertive\">\(message)</p>"
    }

    /// The published test cards, each a link that fills the form (by script, or by reloading with `?card=`).
    func testCards(_ cards: [HostedTestCard], kind: HostedPageKind) -> HTML {
        let items: [HTML] = cards.enumerated().map { index, card in
            let enrolment = TestCards.isEnrolled(card.number) ? text.withThreeDSecure : text.withoutThreeDSecure
            let detail = card.expiry + (kind.isLocalDebit ? " · PIN " : " · CVV ") + card.code
            return """
                <li><a href="\(path)?card=\(index)" data-number="\(card.number)" data-expiry="\(card.expiry)" \
                data-code="\(card.code)" data-bank="\(card.bank ?? "")"><span class="card-name">\(card.label)</span>\
                <bdi class="num">\(Self.grouped(card.number))</bdi>\
                <span class="detail"><bdi class="num">\(detail)</bdi>\
                <span class="tag">\(card.result ?? enrolment)</span></span></a></li>
                """
        }
        return """
            <section class="panel" aria-labelledby="cards-title">
            <h2 id="cards-title">\(text.testCards)</h2>
            <p class="hint">\(text.testCardsHint)</p>
            <ul class="cards">\(items)</ul>
            \(kind.isLocalDebit ? .empty : outcomeTable)
            </section>
            """
    }

    /// spec §12.2: what the simulator's expiry dates and CVVs do.
    private var outcomeTable: HTML {
        let approved: PaymentStatus = payment.kind == .charge ? .captured : .authorized
        var rows: [(String, String)] = [("01/39", approved.rawValue + " " + approved.defaultResponseCode)]
        for (expiry, result) in TestCards.expiryOutcomes.sorted(by: { $0.key < $1.key }) {
            if case .refused(let status, let code) = result { rows.append((expiry, status.rawValue + " " + code)) }
        }
        rows.append(("CVV 102 · 1020", "DECLINED 502"))
        let cells: [HTML] = rows.map { row in
            "<tr><td><bdi class=\"num\">\(row.0)</bdi></td><td><bdi class=\"num\">\(row.1)</bdi></td></tr>"
        }
        return "<details><summary>\(text.outcomesByExpiry)</summary><table>\(cells)</table></details>"
    }

    /// "VISA •••• 1019": the typed card, or the token's card.
    func maskedCard(_ card: TypedCard?) -> String {
        if let card, case .success(let number) = CardNumber.parse(card.number, allowingSeparators: true) {
            return number.brand.rawValue + " •••• " + number.lastFour
        }
        guard let summary = payment.source.card else { return "••••" }
        return summary.brand + " •••• " + summary.lastFour
    }

    /// Digits in groups of four, as printed on cards.
    static func grouped(_ number: String) -> String {
        var groups: [Substring] = []
        var rest = Substring(number)
        while !rest.isEmpty {
            groups.append(rest.prefix(4))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: " ")
    }
}
