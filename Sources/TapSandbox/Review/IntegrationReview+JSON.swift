extension IntegrationReview {
    /// The review for machines (CONTRACT.md §9): `status` is `pass`, `fail` or `incomplete`; each check has
    /// `id`, `title`, `status` (`pass`, `fail`, `not_exercised`), `summary`, `evidence`, `fix`, `source`
    /// (the Tap page) and `guideline` (Tap's words there).
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("object", "review")
        writer.field("merchant_id", merchantID)
        writer.field("generated", generatedAt)
        writer.field("status", outcome.rawValue)
        writer.key("summary")
        writer.beginObject()
        writer.field("pass", count(.pass))
        writer.field("fail", count(.fail))
        writer.field("not_exercised", count(.notExercised))
        writer.field("text", headline)
        writer.endObject()
        writer.key("checks")
        writer.beginArray()
        for check in checks { check.write(to: &writer) }
        writer.endArray()
        writer.endObject()
    }
}

extension ReviewCheck {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", guideline.id)
        writer.field("title", guideline.title)
        writer.field("status", status.rawValue)
        writer.field("summary", summary)
        writer.key("evidence")
        writer.beginArray()
        for item in evidence { item.write(to: &writer) }
        writer.endArray()
        writer.field("evidence_total", evidenceTotal)
        writer.field("fix", guideline.fix)
        writer.field("source", guideline.source)
        writer.field("guideline", guideline.guideline)
        writer.endObject()
    }
}

extension ReviewEvidenceItem {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("object", object)
        writer.field("id", id)
        if let request {
            writer.key("request")
            writer.beginObject()
            writer.field("time", request.time)
            writer.field("method", request.method)
            writer.field("path", request.path)
            if let status = request.status { writer.field("status", status) }
            writer.endObject()
        }
        writer.field("note", note)
        writer.endObject()
    }
}
