import Testing

@testable import TapSandbox

/// Refund results in scenario files (`scenarios/README.md`, "Refunds"): a refund's statuses and Tap's refund
/// codes (spec §6.4) where `match.resource` names refunds, and one transition in `then`.
@Suite struct RefundScenarioLintTests {
    static let refund = #""match": {"resource": "refund"}"#

    @Test(arguments: [
        ("REFUNDED", "000", true), ("FAILED", "401", true), ("FAILED", "403", true), ("DECLINED", "501", true),
        ("DECLINED", "502", true), ("DECLINED", "503", true), ("DECLINED", "504", true), ("RESTRICTED", "601", true),
        ("RESTRICTED", "602", true), ("TIMEDOUT", "701", true), ("UNKNOWN", "801", true), ("CANCELLED", "301", true),
        ("PENDING", "100", true), ("IN_PROGRESS", "200", true),
        // Charge codes that are not refund codes, and refund codes of another status.
        ("DECLINED", "505", false), ("FAILED", "407", false), ("RESTRICTED", "701", false), ("UNKNOWN", "901", false),
        ("FAILED", "501", false), ("REFUNDED", "001", false),
    ])
    func refundCode_MustBeTapsAndBelongWithItsStatus(status: String, code: String, fits: Bool) {
        let text = #"{"name": "a", \#(Self.refund), "status": "\#(status)", "code": "\#(code)"}"#
        let problems = ScenarioFixtures.problems(text)
        #expect(problems.isEmpty == fits, "\(problems)")
    }

    @Test(arguments: [
        (#""status": "DECLINED", "code": "505""#,
         [#"x.json:$.code: "505" is not one of Tap's refund codes (spec §6.4: 000, 100, 200, 301, 401, 402, 403, 501, 502, 503, 504, 601, 602, 701, 801)"#]),
        (#""status": "FAILED", "code": "503""#,
         [#"x.json:$.code: refund code 503 goes with DECLINED, not FAILED (FAILED takes 401, 402, 403)"#]),
        (#""status": "CAPTURED""#,
         [#"x.json:$.status: "CAPTURED" is not a refund status (refund statuses: PENDING, IN_PROGRESS, REFUNDED, CANCELLED, FAILED, DECLINED, RESTRICTED, TIMEDOUT, UNKNOWN)"#]),
        (#""status": "REFUNDD""#,
         [#"x.json:$.status: "REFUNDD" is not a refund status (did you mean REFUNDED? refund statuses: PENDING, IN_PROGRESS, REFUNDED, CANCELLED, FAILED, DECLINED, RESTRICTED, TIMEDOUT, UNKNOWN)"#]),
        (#""code": "401""#, [#"x.json:$.code: a code needs a "status" beside it"#]),
        (#""status": "FAILED", "then": [{"after_ms": 10, "status": "REFUNDED"}]"#,
         [#"x.json:$.then: a refund's transition starts from its creation: set "status" to PENDING"#]),
        (#""status": "PENDING", "then": [{"after_ms": 10, "status": "IN_PROGRESS"}, {"after_ms": 20, "status": "REFUNDED"}]"#,
         [#"x.json:$.then: expected a list of one transition (a refund settles once), found a list"#]),
        (#""status": "PENDING", "then": [{"after_ms": 10, "status": "PENDING"}]"#,
         [#"x.json:$.then[0].status: the refund is PENDING already: the transition settles it"#]),
        (#""status": "PENDING", "then": [{"after_ms": 0, "status": "DECLINED", "code": "401"}]"#,
         [#"x.json:$.then[0].after_ms: 0 is not a whole number from 1 to 86400000"#,
          #"x.json:$.then[0].code: refund code 401 goes with FAILED, not DECLINED (DECLINED takes 501, 502, 503, 504)"#]),
        (#""status": "PENDING", "then": [{"status": "DECLINED"}]"#, [#"x.json:$.then[0]: "after_ms" is missing"#]),
        (#""sequence": [{"count": 1, "status": "FAILED", "code": "601"}, {}]"#,
         [#"x.json:$.sequence[0].code: refund code 601 goes with RESTRICTED, not FAILED (FAILED takes 401, 402, 403)"#]),
    ])
    func brokenRefundResult_GivesOneLinePerProblem(fields: String, expected: [String]) {
        #expect(ScenarioFixtures.problems(#"{"name": "a", \#(Self.refund), \#(fields)}"#) == expected)
    }

    @Test func refundStatus_WithoutARefundMatch_SaysWhatIsMissing() {
        #expect(ScenarioFixtures.problems(#"{"name": "a", "status": "REFUNDED"}"#) == [
            #"x.json:$.status: REFUNDED is a refund status: a refund's result needs "match": {"resource": "refund"}"#
        ])
    }

    @Test(arguments: [#""status": "FAILED""#, #""code": "401""#, #""status": "INITIATED", "then": []"#])
    func resultOfAScenarioForRefundsAndPayments_IsRefused(fields: String) {
        let text = #"{"name": "a", "match": {"resource": ["charge", "refund"]}, \#(fields)}"#
        let problems = ScenarioFixtures.problems(text)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.contains("match.resource names refunds and payments") == true, "\(problems)")
    }

    @Test func webhookBehaviour_MayServeRefundsAndPaymentsAlike() throws {
        let scenario = try ScenarioFixtures.scenario(
            #"{"name": "a", "match": {"resource": ["charge", "refund"]}, "webhook": {"delay_ms": 5}}"#)
        #expect(scenario.steps.first?.effect.webhook == WebhookBehaviour(delayMs: 5))
    }

    @Test(arguments: [
        (#""status": "FAILED", "code": "402""#, ScenarioRefundResult(.failed, code: "402")),
        (#""status": "DECLINED""#, ScenarioRefundResult(.declined, code: "501")),
        (#""status": "PENDING""#, ScenarioRefundResult(.pending, code: "100")),
        (#""status": "PENDING", "then": [{"after_ms": 60000, "status": "DECLINED", "code": "504"}]"#,
         ScenarioRefundResult(.declined, code: "504", afterMs: 60_000)),
    ])
    func refundResult_IsRead(fields: String, expected: ScenarioRefundResult) throws {
        let scenario = try ScenarioFixtures.scenario(
            #"{"name": "a", "match": {"resource": ["refund", "payout"]}, \#(fields)}"#)
        let effect = try #require(scenario.steps.first?.effect)
        #expect(effect.refund == expected)
        #expect(effect.result == nil)
        #expect(effect.transitions.isEmpty)
    }
}
