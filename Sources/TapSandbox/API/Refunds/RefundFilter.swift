/// The filters of a refund list body (spec §14.1): `charges` (the refunds of these charges, the way
/// third-party code lists one charge's refunds), `refunds` (ids), `status` and `period.date` on `created`.
/// Filters combine with AND; empty values count as absent, as in the charge list.
struct RefundFilter: Sendable {
    var from: Int64?
    var to: Int64?
    var charges: Set<String> = []
    var ids: Set<String> = []
    var statuses: Set<RefundStatus> = []

    static func parse(_ body: Fields) throws(TapError) -> RefundFilter {
        var filter = RefundFilter()
        (filter.from, filter.to) = try PaymentFilter.period(body)
        filter.charges = Set(try PaymentFilter.strings(body, "charges"))
        filter.ids = Set(try PaymentFilter.strings(body, "refunds"))
        for text in try PaymentFilter.strings(body, "status") {
            guard let status = RefundStatus(rawValue: text.uppercased()) else {
                let known = RefundStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalid("1103", "Required inputs are invalid: status must be one of \(known)")
            }
            filter.statuses.insert(status)
        }
        return filter
    }

    func matches(_ refund: Refund) -> Bool {
        (from.map { refund.createdAt >= $0 } ?? true)
            && (to.map { refund.createdAt <= $0 } ?? true)
            && (charges.isEmpty || charges.contains(refund.chargeID))
            && (ids.isEmpty || ids.contains(refund.id))
            && (statuses.isEmpty || statuses.contains(refund.status))
    }
}
