extension TestCards {
    /// The result of a debit card entered on a KNET or Benefit page (spec §12.1, §12.2), `method` being
    /// `KNET` or `BENEFIT`. The expiry is not checked against the clock: the published cards (09/25, 12/27)
    /// must keep working after those dates.
    public static func localResult(number: String, month: Int, year: Int, method: String) -> CardResult {
        let facts = ScenarioFacts.card(number: number, month: month, year: year, cvc: nil, paymentMethod: method)
        return ScenarioEngine.cardResult(facts, rules: scenarios)
    }
}
