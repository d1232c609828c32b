/// The request fields Tap asks for on every object (Recommendations & Best Practices, "Integration" 2-4):
/// `reference.order`, `reference.transaction`, `reference.idempotent` and `post.url`.
extension ReviewChecks {
    /// One object a field check looks at, and the field's value there (nil or empty: missing).
    struct FieldUse {
        var object: String
        var id: String
        var value: String?

        var isPresent: Bool { !(value ?? "").isEmpty }
    }

    static func referenceOrder(_ input: ReviewInput) -> ReviewCheck {
        let uses = input.payments.map { FieldUse(object: $0.kind.rawValue, id: $0.id, value: $0.reference.order) }
        return fieldCheck(.referenceOrder, uses, field: "reference.order", noun: "charges and authorizes")
    }

    static func referenceTransaction(_ input: ReviewInput) -> ReviewCheck {
        let uses = input.payments.map {
            FieldUse(object: $0.kind.rawValue, id: $0.id, value: $0.reference.transaction)
        }
        return fieldCheck(.referenceTransaction, uses, field: "reference.transaction", noun: "charges and authorizes")
    }

    /// Captures (`source.id` = `auth_…`) are left out: an authorize is captured at most once, so a repeated
    /// capture cannot double the money, and an automatic capture is made by Tap, not sent by the merchant.
    static func referenceIdempotent(_ input: ReviewInput) -> ReviewCheck {
        var uses = input.payments.filter { $0.source.kind != .authorize }.map {
            FieldUse(object: $0.kind.rawValue, id: $0.id, value: $0.reference.idempotent)
        }
        uses += input.state.refunds.values.map { FieldUse(object: "refund", id: $0.id, value: $0.reference.idempotent) }
        return fieldCheck(
            .referenceIdempotent, uses, field: "reference.idempotent",
            noun: "charges, authorizes and refunds; captures left out")
    }

    static func postURL(_ input: ReviewInput) -> ReviewCheck {
        var uses = input.payments.map { FieldUse(object: $0.kind.rawValue, id: $0.id, value: $0.post?.url) }
        uses += input.state.refunds.values.map { FieldUse(object: "refund", id: $0.id, value: $0.post?.url) }
        return fieldCheck(.postURL, uses, field: "post.url", noun: "charges, authorizes and refunds")
    }

    /// Pass when every object has the field, fail naming those without it, not exercised without objects.
    static func fieldCheck(_ guideline: ReviewGuideline, _ uses: [FieldUse], field: String, noun: String)
        -> ReviewCheck
    {
        guard !uses.isEmpty else {
            return ReviewCheck(guideline, .notExercised, "No \(noun) yet: create one to exercise this check.")
        }
        let missing = uses.filter { !$0.isPresent }
        if missing.isEmpty {
            let evidence = uses.lazy.map { use in
                ReviewEvidenceItem(use.object, id: use.id, note: "\(field): \(use.value ?? "")")
            }
            return ReviewCheck(
                guideline, .pass, "Every one sent \(field): \(uses.count) checked (\(noun)).", evidence: evidence)
        }
        let evidence = missing.lazy.map { ReviewEvidenceItem($0.object, id: $0.id, note: "created without \(field)") }
        return ReviewCheck(
            guideline, .fail, "\(field) missing: \(missing.count) of \(uses.count) checked (\(noun)).",
            evidence: evidence)
    }
}
