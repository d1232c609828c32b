/// Tap's published test cards and the sandbox's reading of them (spec §12.1, §12.2, adopted as is by
/// CONTRACT.md §4), as data: enrolment in 3-D Secure, and outcomes driven by expiry date and CVC.
public enum TestCards {
    /// Cards whose 3-D Secure enrolment Tap publishes (spec §12.1). Unlisted cards count as enrolled:
    /// `threeDSecure` defaults to true and a sandbox should let an unknown card through the challenge.
    public static let enrolment: [String: Bool] = [
        "5123450000000008": true, "5111111111111118": false,
        "4508750015741019": true, "4012000033330026": false,
        "345678901234564": true, "371449635398431": false,
        "4464040000000007": true, "5588480000000003": false,
        "4228230000000001": true,
    ]

    /// Expiry dates (MM/YY) that the acquirer simulator answers with a fixed result (spec §12.2).
    public static let expiryOutcomes: [String: CardResult] = [
        "05/22": .refused(status: .declined, code: "501"),
        "04/27": .refused(status: .failed, code: "407"),
        "08/28": .refused(status: .timedOut, code: "801"),
        "01/37": .refused(status: .declined, code: "513"),
        "02/37": .refused(status: .failed, code: "408"),
        "05/37": .refused(status: .unknown, code: "901"),
    ]

    /// CVCs that decline with "Incorrect CSC/CVV" (Visa/Mastercard 102, AMEX 1020).
    public static let mismatchedCVCs: Set<String> = ["102", "1020"]

    /// Local debit cards that fail or decline on their method's page (spec §12.1 KNET and Benefit tables).
    public static let localCardOutcomes: [String: CardResult] = [
        "7777770123456789": .refused(status: .failed, code: "401"),
        "1111110123456789": .refused(status: .declined, code: "501"),
    ]

    public static func isEnrolled(_ number: String) -> Bool {
        enrolment[number] ?? true
    }

    /// The result of a card's expiry and CVC. A magic expiry counts even though it may lie in the past:
    /// it is a simulator trigger, not a real expiry date.
    public static func result(number: String, month: Int, year: Int, cvc: String?) -> CardResult {
        if let local = localCardOutcomes[number] { return local }
        if let cvc, mismatchedCVCs.contains(cvc) { return .refused(status: .declined, code: "502") }
        return expiryOutcomes[expiryKey(month: month, year: year)] ?? .approved
    }

    /// Whether an expiry date is one of the simulator's triggers (so token creation must not refuse it as expired).
    public static func isMagicExpiry(month: Int, year: Int) -> Bool {
        expiryOutcomes[expiryKey(month: month, year: year)] != nil
    }

    static func expiryKey(month: Int, year: Int) -> String {
        let shortYear = year % 100
        return (month < 10 ? "0" : "") + "\(month)/" + (shortYear < 10 ? "0" : "") + "\(shortYear)"
    }
}
