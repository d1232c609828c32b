import Testing

@testable import TapSandbox

@Suite struct HostedSubmissionTests {
    /// 2026-09-21, the test clock's start.
    static let now: Int64 = 1_790_000_000_000

    static func parse(_ fields: [String: String], page: HostedPageKind = .card(method: nil)) throws(EntryProblem)
        -> HostedSubmission
    {
        var object = JSONObject()
        for (key, value) in fields { object[key] = .string(value) }
        return try HostedSubmission.parse(Fields(object), page: page, now: now)
    }

    @Test(arguments: [
        ("01/39", 1, 2039), ("1/39", 1, 2039), ("01 / 39", 1, 2039), ("0139", 1, 2039), ("12/2030", 12, 2030),
    ])
    func parseExpiry_ReadsWhatPeopleType(text: String, month: Int, year: Int) {
        let expiry = TypedCard.parseExpiry(text)
        #expect(expiry?.month == month)
        #expect(expiry?.year == year)
    }

    @Test(arguments: ["", "13/39", "00/39", "1/3", "01-39", "01/39/1", "ab/cd", "139"])
    func parseExpiry_RefusesTheRest(text: String) {
        #expect(TypedCard.parseExpiry(text) == nil)
    }

    @Test func parse_KeepsTheCardOnlyForApprove() throws {
        let card = ["card_number": " 4508 7500 1574 1019 ", "expiry": "01/39", "cvv": "100"]
        let approve = try Self.parse(card.merging(["action": "approve", "step": "card"]) { $1 })
        #expect(approve.card?.number.digits == "4508750015741019")
        #expect(approve.card?.securityCode == "100")
        #expect(approve.step == .card)
        let decline = try Self.parse(["action": "decline", "card_number": "not a card"])
        #expect(decline.card == nil)
        let token = try Self.parse(card.merging(["action": "approve"]) { $1 }, page: .challenge)
        #expect(token.card == nil)
    }

    @Test(arguments: [
        (["action": "pay"], EntryProblem.action),
        ([:], .action),
        (["action": "approve", "card_number": "4508750015741018", "expiry": "01/39"], .cardNumber),
        (["action": "approve", "card_number": "4508750015741019"], .expiry),
        (["action": "approve", "card_number": "4508750015741019", "expiry": "08/26"], .expiredCard),
        (["action": "approve", "card_number": "345678901234564", "expiry": "01/39", "cvv": "100"], .securityCode),
        (["action": "approve", "card_number": "4508750015741019", "expiry": "01/39", "cvv": "1a0"], .securityCode),
    ])
    func parse_RefusesBadInput_OnCardPages(fields: [String: String], problem: EntryProblem) {
        #expect(throws: problem) { try Self.parse(fields) }
    }

    @Test func magicExpiries_InThePast_AreAccepted() throws {
        let submission = try Self.parse(["action": "approve", "card_number": "4508750015741019", "expiry": "05/22"])
        #expect(submission.card?.expiry.year == 2022)
    }

    @Test(arguments: [
        (["pin": "12"], EntryProblem.pin),
        (["pin": "12345"], .pin),
        (["pin": "12a4"], .pin),
        (["bank": "NOPE"], .bank),
    ])
    func parse_RefusesBadInput_OnLocalPages(extra: [String: String], problem: EntryProblem) {
        let fields = ["action": "approve", "card_number": "8888880000000001", "expiry": "09/25"].merging(extra) { $1 }
        #expect(throws: problem) { try Self.parse(fields, page: .knet) }
    }

    @Test func localPages_AcceptPastExpiries_AndKnownBanks() throws {
        let fields = ["action": "approve", "card_number": "8888880000000001", "expiry": "09/25", "pin": "1234",
                      "bank": "KNET1"]
        #expect(try Self.parse(fields, page: .knet).card?.number.digits == "8888880000000001")
    }

    @Test func everyProblem_HasAMessageInBothLanguages_AndATapCode() {
        let all: [EntryProblem] = [.cardNumber, .expiry, .expiredCard, .securityCode, .pin, .bank, .action]
        for problem in all {
            #expect(HostedPageText.english.problems[problem] != nil)
            #expect(HostedPageText.arabic.problems[problem] != nil)
            #expect(problem.tapError.status == .badRequest)
        }
    }
}
