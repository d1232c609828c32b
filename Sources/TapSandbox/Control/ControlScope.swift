/// Which accounts a control call acts on (CONTRACT.md §8): the caller's with a secret key; without one,
/// every account, or those whose `merchant_id` the query names (the dashboard has no key to send).
enum ControlScope {
    /// Ordered by merchant id, so pages and lists keep their order between calls.
    static func accounts(of request: APIRequest, store: Store) -> [Account] {
        if let account = request.optionalAccount { return [account] }
        let all = store.allAccounts.sorted { $0.merchant.id < $1.merchant.id }
        guard let merchantID = request.http.queryValue("merchant_id") else { return all }
        return all.filter { $0.merchant.id == merchantID }
    }
}
