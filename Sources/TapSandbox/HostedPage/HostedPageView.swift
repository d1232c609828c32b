/// Renders the hosted payment page of one payment (CONTRACT.md §5): the document around every page,
/// the order summary, and the page of a finished payment. The forms are in `HostedPageView+Forms`.
///
/// Plain HTML with inline CSS, no external assets (the page works offline) and no JavaScript needed:
/// the only script fills the form from a test card, which the links also do without it.
struct HostedPageView: Sendable {
    /// The payment as shown: a pending one past its expiry is shown ABANDONED (CONTRACT.md §5).
    var payment: Payment
    var merchantID: String
    var text: HostedPageText

    init(payment: Payment, merchantID: String) {
        self.payment = payment
        self.merchantID = merchantID
        text = .forLanguage(payment.language)
    }

    /// Where the page's forms post, and the base of its test-card links.
    var path: String { "/_sandbox/pay/" + payment.id }

    var amountText: String { payment.amount.currency.code + " " + payment.amount.formatted }

    /// The whole document: `lang` and `dir` follow the payment's language.
    func document(title: String, theme: String, body: HTML) -> HTML {
        Self.document(text: text, title: title, theme: theme, body: body)
    }

    static func document(text: HostedPageText, title: String, theme: String, body: HTML) -> HTML {
        """
        <!doctype html>
        <html lang="\(text.language)" dir="\(text.direction)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>\(title) · Tap sandbox</title>
        <style>\(HostedPageStyle.css)</style>
        </head>
        <body class="\(theme)">
        <header class="topbar"><span class="brand">tap</span><span class="badge">\(text.testMode)</span></header>
        <main>
        \(body)
        </main>
        <footer>\(text.sandboxNotice)</footer>
        </body>
        </html>
        """
    }

    /// Amount, merchant and the merchant's references; its heading is the page's `h1` unless the page
    /// already has one (a finished payment's result comes first).
    func summary(isMainHeading: Bool = true) -> HTML {
        var facts: [HTML] = [fact(text.merchant, merchantID, isCode: true)]
        if let description = payment.description, !description.isEmpty {
            facts.append(fact(text.descriptionLabel, description))
        }
        if let order = payment.reference.order { facts.append(fact(text.orderReference, order, isCode: true)) }
        if let reference = payment.reference.transaction {
            facts.append(fact(text.transactionReference, reference, isCode: true))
        }
        if let name = customerName { facts.append(fact(text.customer, name)) }
        facts.append(fact(text.paymentID, payment.id, isCode: true))
        let heading: HTML = isMainHeading
            ? "<h1 id=\"summary-title\" class=\"eyebrow\">\(text.orderSummary)</h1>"
            : "<h2 id=\"summary-title\" class=\"eyebrow\">\(text.orderSummary)</h2>"
        return """
            <section class="panel summary" aria-labelledby="summary-title">
            \(heading)
            <p class="amount-label">\(text.amountToPay)</p>
            <p class="amount"><bdi class="num">\(amountText)</bdi></p>
            <dl class="facts">\(facts)</dl>
            </section>
            """
    }

    /// One `dt`/`dd` pair; ids and references are isolated left-to-right so they read right in Arabic.
    func fact(_ label: String, _ value: String, isCode: Bool = false) -> HTML {
        isCode ? "<dt>\(label)</dt><dd><bdi class=\"num\">\(value)</bdi></dd>" : "<dt>\(label)</dt><dd>\(value)</dd>"
    }

    private var customerName: String? {
        guard let customer = payment.customer else { return nil }
        let parts = [customer.firstName, customer.lastName].compactMap { $0 }.filter { !$0.isEmpty }
        let name = parts.joined(separator: " ")
        return name.isEmpty ? customer.email : name
    }

    /// The page of a payment that is no longer pending: its status, response and a way back.
    func finished(returnURL: String?) -> HTML {
        let status = payment.status
        let succeeded = status == .captured || status == .authorized
        let icon: HTML = succeeded
            ? #"<p class="result-icon ok" aria-hidden="true">✓</p>"#
            : #"<p class="result-icon ko" aria-hidden="true">✕</p>"#
        let response = payment.responseCode + " " + ResponseCode.message(for: payment.responseCode)
        let note = status == .abandoned ? text.expiredNote : text.finishedNote
        let back: HTML = returnURL.map { url in
            "<a class=\"button primary\" href=\"\(url)\">\(text.returnToMerchant)</a>"
        } ?? .empty
        let body: HTML = """
            <section class="panel result" aria-labelledby="result-title">
            \(icon)
            <h1 id="result-title">\(text.title(for: status))</h1>
            <dl class="facts">\(fact(text.status, status.rawValue, isCode: true))\
            \(fact(text.response, response, isCode: true))</dl>
            <p role="status">\(note)</p>
            \(back)
            </section>
            \(summary(isMainHeading: false))
            """
        return document(title: text.title(for: status), theme: "theme-card", body: body)
    }

    /// The page for an id that names no payment (English: there is no object to take a language from).
    static func notFound(_ id: String) -> HTML {
        let body: HTML = """
            <section class="panel result" aria-labelledby="result-title">
            <h1 id="result-title">Payment not found</h1>
            <p>No charge or authorize has the id <bdi class="num">\(id)</bdi>. \
            It may have been reset, or the link is mistyped.</p>
            </section>
            """
        return document(text: .english, title: "Payment not found", theme: "theme-card", body: body)
    }
}
