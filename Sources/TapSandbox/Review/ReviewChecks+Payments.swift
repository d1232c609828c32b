/// Checks on how payments and refunds went: the retrieve after each redirect, refunds through the API, and
/// a completed payment for every payment method used.
extension ReviewChecks {
    /// Every payment whose customer was sent back to `redirect.url` (its `redirect.status` is SUCCESS) must
    /// have been retrieved with `GET` afterwards (spec §10.3); the first such `GET` is recorded as it happens.
    static func redirectRetrieved(_ input: ReviewInput) -> ReviewCheck {
        let redirected = input.payments.filter { $0.redirect?.status == "SUCCESS" }
        guard !redirected.isEmpty else {
            return ReviewCheck(
                .redirectRetrieved, .notExercised,
                "No customer was sent back to redirect.url yet: pay a charge on its transaction.url to exercise this.")
        }
        let retrievals = input.state.review.retrievals
        let missing = redirected.filter { retrievals[$0.id] == nil }
        if missing.isEmpty {
            let evidence = redirected.compactMap { payment in
                retrievals[payment.id].map { retrieval in
                    ReviewEvidenceItem(
                        payment.kind.rawValue, id: payment.id,
                        request: RequestReference(time: retrieval.retrievedAt, method: "GET", path: retrieval.path),
                        note: "retrieved after the redirect, status \(payment.status.rawValue)")
                }
            }
            return ReviewCheck(
                .redirectRetrieved, .pass,
                "Every payment whose customer came back was retrieved with GET afterwards (\(redirected.count)).",
                evidence: evidence)
        }
        return ReviewCheck(
            .redirectRetrieved, .fail,
            "Never retrieved with GET after the customer came back with tap_id: \(missing.count) of "
                + "\(redirected.count) redirected payments.",
            evidence: missing.lazy.map { payment in
                .payment(payment, note: "redirected, status \(payment.status.rawValue), never retrieved since")
            })
    }

    /// Pass when refunds were made; fail when refund requests were refused and none was made (the journal
    /// shows them: it keeps the latest requests only); not exercised otherwise. In the sandbox every refund
    /// comes through the API, so a refund made elsewhere cannot be seen.
    static func refundsAPI(_ input: ReviewInput) -> ReviewCheck {
        let refunds = Array(input.state.refunds.values)
        let refused = input.journal.filter { $0.method == "POST" && $0.path == "/v2/refunds" && $0.status >= 400 }
        let refusals = refused.map { record in
            ReviewEvidenceItem(
                "request", request: RequestReference(time: record.time, method: record.method, path: record.path,
                    status: record.status), note: "refused: " + errorText(of: record))
        }
        if !refunds.isEmpty {
            let note = refused.isEmpty ? "" : " Refused on the way: \(refused.count) refund requests."
            let evidence = refunds.map {
                ReviewEvidenceItem("refund", id: $0.id, note: "refund of \($0.chargeID), \($0.status.rawValue)")
            }
            return ReviewCheck(
                .refundsAPI, .pass, "Refunds made with POST /v2/refunds: \(refunds.count).\(note)",
                evidence: evidence + refusals)
        }
        if !refused.isEmpty {
            return ReviewCheck(
                .refundsAPI, .fail,
                "Refund requests refused: \(refused.count), and no refund was made.", evidence: refusals)
        }
        return ReviewCheck(
            .refundsAPI, .notExercised,
            "No refund yet: refund a captured charge with POST /v2/refunds to exercise your refund path.")
    }

    /// Payments grouped by `source.payment_method` (VISA, MASTERCARD, MADA, KNET, BENEFIT ...). The sandbox
    /// shows every source with `channel: INTERNET`, so web and mobile cannot be told apart. Captures are
    /// part of their authorize; payments whose method is unknown (a hosted page never paid) are left out.
    static func paymentMethods(_ input: ReviewInput) -> ReviewCheck {
        var groups: [String: (completed: [Payment], other: [Payment])] = [:]
        for payment in input.payments where payment.source.kind != .authorize {
            guard let method = payment.source.paymentMethod ?? payment.source.card?.brand else { continue }
            let completed = payment.activities.contains { $0.status == .captured || $0.status == .authorized }
            if completed { groups[method, default: ([], [])].completed.append(payment) }
            else { groups[method, default: ([], [])].other.append(payment) }
        }
        guard !groups.isEmpty else {
            return ReviewCheck(
                .paymentMethods, .notExercised, "No payment has a known payment method yet: complete one to start.")
        }
        let methods = groups.sorted { $0.key < $1.key }
        let incomplete = methods.filter { $0.value.completed.isEmpty }
        let evidence = methods.map { method, payments in
            let total = payments.completed.count + payments.other.count
            let example = (payments.completed.first ?? payments.other.first).map { " (e.g. \($0.id))" } ?? ""
            return ReviewEvidenceItem(
                "payment_method", id: method, note: "\(payments.completed.count) of \(total) completed\(example)")
        }
        let channels = " (Web and mobile cannot be told apart: every source shows channel INTERNET.)"
        if incomplete.isEmpty {
            return ReviewCheck(
                .paymentMethods, .pass,
                "Every payment method used has a completed payment (\(methods.count)).\(channels)",
                evidence: evidence)
        }
        let names = incomplete.map(\.key).joined(separator: ", ")
        return ReviewCheck(
            .paymentMethods, .fail,
            "Without a completed payment: \(incomplete.count) of \(methods.count) payment methods used (\(names)).",
            evidence: evidence)
    }

    /// `code description` of the first error of a refused request, from its journaled answer.
    private static func errorText(of record: RequestRecord) -> String {
        let error = RequestRecord.readable(record.responseBody)["errors"]?.arrayValue?.first
        let code = error?["code"]?.stringValue ?? String(record.status)
        return [code, error?["description"]?.stringValue].compactMap { $0 }.joined(separator: " ")
    }
}
