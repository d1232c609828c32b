extension TestCards {
    /// KNET's published failing card: the test number with expiry 05/21 is "NOT CAPTURED" (spec §12.1),
    /// read as FAILED 401 (spec §12.2). Keyed by number and MM/YY.
    public static let localExpiryOutcomes: [String: CardResult] = [
        "8888880000000001 05/21": .refused(status: .failed, code: "401")
    ]

    /// The result of a debit card entered on a KNET or Benefit page (spec §12.1, §12.2). The expiry is not
    /// checked against the clock: the published cards (09/25, 12/27) must keep working after those dates.
    public static func localResult(number: String, month: Int, year: Int) -> CardResult {
        if let local = localCardOutcomes[number] { return local }
        return localExpiryOutcomes[number + " " + expiryKey(month: month, year: year)] ?? .approved
    }
}
