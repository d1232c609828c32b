/// Which page of a list or download (spec §14.1, §14.3): how many items, after which one, in which order.
struct PageRequest: Sendable {
    /// The page size rules of an endpoint.
    struct Limits: Sendable {
        var defaultLimit: Int
        var maxLimit: Int
        /// The body keys that carry the cursor (`starting_after`, or a download's `last_charge_id`).
        var cursorKeys: [String]
    }

    var limit: Int
    /// The id of the last item of the previous page.
    var cursor: String?
    /// Oldest first (`order: chronological`); Tap's default is newest first (CONTRACT.md §3).
    var isChronological: Bool

    static func parse(_ body: Fields, _ limits: Limits) throws(TapError) -> PageRequest {
        var cursor: String?
        for key in limits.cursorKeys where cursor == nil {
            cursor = try body.string(key).flatMap { $0.isEmpty ? nil : $0 }
        }
        return PageRequest(
            limit: try limit(body, limits), cursor: cursor, isChronological: try isChronological(body))
    }

    /// `limit`: a positive integer (number or numeric string); above the maximum is Tap's 1162.
    private static func limit(_ body: Fields, _ limits: Limits) throws(TapError) -> Int {
        guard let text = try body.string("limit"), !text.isEmpty else { return limits.defaultLimit }
        guard text.allSatisfy(\.isASCIIDigit) else {
            throw .invalid("1103", "Required inputs are invalid: limit must be a positive whole number")
        }
        // All digits: a value too long for Int is above any maximum.
        let value = Int(text) ?? Int.max
        guard value > 0 else {
            throw .invalid("1103", "Required inputs are invalid: limit must be a positive whole number")
        }
        guard value <= limits.maxLimit else {
            throw .invalid("1162", "Invalid row count should be less than or equal to \(limits.maxLimit)")
        }
        return value
    }

    /// `order` (`chronological` or `reverse_chronological`) and `order_by` (only `date` exists).
    private static func isChronological(_ body: Fields) throws(TapError) -> Bool {
        if let orderBy = try body.string("order_by"), !orderBy.isEmpty, orderBy.lowercased() != "date" {
            throw .invalid("1103", "Required inputs are invalid: order_by must be date")
        }
        switch try body.string("order")?.lowercased() {
        case nil, "", "reverse_chronological": return false
        case "chronological": return true
        default:
            throw .invalid("1103", "Required inputs are invalid: order must be chronological or reverse_chronological")
        }
    }

    /// The page of `store` that matches `filter`, and whether more items match after it. An unknown cursor
    /// is refused (400 with the resource's not-found code, CONTRACT.md §3) rather than silently restarting.
    func select(from store: OrderedStore<Payment>, kind: Payment.Kind, filter: PaymentFilter) throws(TapError)
        -> (items: [Payment], hasMore: Bool)
    {
        try select(
            from: store, serial: \.serial, notFound: .notFound(kind == .charge ? .charge : .authorize, inBody: true),
            where: filter.matches)
    }

    /// The page of any ordered store (refunds, payouts ...): the items that satisfy `matches` after the cursor,
    /// and whether more follow. An unknown cursor throws `notFound`.
    func select<Value>(
        from store: OrderedStore<Value>, serial: (Value) -> Int64, notFound: TapError, where matches: (Value) -> Bool
    ) throws(TapError) -> (items: [Value], hasMore: Bool) {
        var after: Int64?
        if let cursor {
            guard let anchor = store[cursor] else { throw notFound }
            after = serial(anchor)
        }
        return isChronological
            ? take(store.oldestFirst(after: after), matches) : take(store.newestFirst(after: after), matches)
    }

    private func take<Value, Candidates: Sequence<Value>>(_ candidates: Candidates, _ matches: (Value) -> Bool)
        -> (items: [Value], hasMore: Bool)
    {
        var items: [Value] = []
        for value in candidates where matches(value) {
            if items.count == limit { return (items, true) }
            items.append(value)
        }
        return (items, false)
    }
}
