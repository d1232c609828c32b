extension CustomerRoutes {
    /// `POST /v2/customers/list` (spec §14.1): newest first, `limit` 1-50 (default 25, else 1162),
    /// `starting_after` the id of the last customer of the previous page (unknown → 400 1106).
    func list(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let account = try request.account
        let body = Fields(try request.bodyObject())
        let limit =
            try body.integer(
                "limit", in: 1...50, code: "1162", description: "Invalid row count should be less than or equal to 50")
            ?? 25
        let cursor = try body.string("starting_after").flatMap { $0.isEmpty ? nil : $0 }
        let (page, hasMore) = try account.read { state throws(TapError) -> ([Customer], Bool) in
            var after: Int64?
            if let cursor {
                guard let last = state.customers[cursor] else { throw .notFound(.customer, inBody: true) }
                after = last.serial
            }
            let items = Array(state.customers.newestFirst(after: after).prefix(limit + 1))
            return (Array(items.prefix(limit)), items.count > limit)
        }
        return TapList.response("customers", page, hasMore: hasMore, bytesPerItem: 512) { customer, writer in
            customer.write(to: &writer)
        }
    }
}
