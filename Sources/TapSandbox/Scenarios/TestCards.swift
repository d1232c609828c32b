/// Tap's published test cards and the sandbox's reading of them (spec §12.1, §12.2, adopted as is by
/// CONTRACT.md §4). 3-D Secure enrolment is a table the payment flow reads; what the issuer answers is a
/// list of built-in scenarios (`scenarios`), judged by `ScenarioEngine` like any scenario file, as the
/// lowest layer under named and automatic scenarios.
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

    public static func isEnrolled(_ number: String) -> Bool {
        enrolment[number] ?? true
    }

    /// The issuer's answers to the published cards, first match wins, no match approves (spec §12.2). The
    /// local debit cards (KNET, Benefit) come first; a KNET or Benefit page then approves any other card,
    /// since the simulator's expiry and CVC triggers belong to credit cards.
    static let definition = #"""
        {"scenarios": [
          {"name": "test-card-benefit-not-captured", "description": "Benefit 7777770123456789: NOT CAPTURED (spec §12.1)",
           "match": {"card_number": "7777770123456789"}, "status": "FAILED", "code": "401"},
          {"name": "test-card-benefit-declined", "description": "Benefit 1111110123456789: DECLINED (spec §12.1)",
           "match": {"card_number": "1111110123456789"}, "status": "DECLINED", "code": "501"},
          {"name": "test-card-knet-not-captured", "description": "KNET 8888880000000001 with expiry 05/21: NOT CAPTURED",
           "match": {"card_number": "8888880000000001", "card_expiry": "05/21"}, "status": "FAILED", "code": "401"},
          {"name": "test-card-local-debit-approved", "description": "Any other card on a KNET or Benefit page",
           "match": {"payment_method": ["KNET", "BENEFIT"]}, "status": "CAPTURED"},
          {"name": "test-card-cvc-no-match", "description": "CVV 102 (Visa, Mastercard) or 1020 (AMEX): NO_MATCH",
           "match": {"card_cvc": ["102", "1020"]}, "status": "DECLINED", "code": "502"},
          {"name": "test-card-expiry-05-22", "description": "Expiry 05/22: DECLINED",
           "match": {"card_expiry": "05/22"}, "status": "DECLINED", "code": "501"},
          {"name": "test-card-expiry-04-27", "description": "Expiry 04/27: EXPIRED_CARD",
           "match": {"card_expiry": "04/27"}, "status": "FAILED", "code": "407"},
          {"name": "test-card-expiry-08-28", "description": "Expiry 08/28: TIMED_OUT",
           "match": {"card_expiry": "08/28"}, "status": "TIMEDOUT", "code": "801"},
          {"name": "test-card-expiry-01-37", "description": "Expiry 01/37: ACQUIRER_SYSTEM_ERROR",
           "match": {"card_expiry": "01/37"}, "status": "DECLINED", "code": "513"},
          {"name": "test-card-expiry-02-37", "description": "Expiry 02/37: UNSPECIFIED_FAILURE",
           "match": {"card_expiry": "02/37"}, "status": "FAILED", "code": "408"},
          {"name": "test-card-expiry-05-37", "description": "Expiry 05/37: UNKNOWN",
           "match": {"card_expiry": "05/37"}, "status": "UNKNOWN", "code": "901"}
        ]}
        """#

    /// `definition` as scenarios. It is checked by the same parser as files; a mistake in it is a bug of
    /// the sandbox (and `TestCardScenarioTests` lints it).
    public static let scenarios: [Scenario] = {
        switch ScenarioParser.parse(Array(definition.utf8), file: "test cards", source: .testCards) {
        case .success(let located): return located.map(\.scenario)
        case .failure(let problems): preconditionFailure("the built-in test-card table is broken: \(problems)")
        }
    }()

    /// The result of a card's number, expiry and CVC (at tokenization or typed on a card page). A magic
    /// expiry counts even though it may lie in the past: it is a simulator trigger, not a real expiry date.
    public static func result(number: String, month: Int, year: Int, cvc: String?) -> CardResult {
        ScenarioEngine.cardResult(.card(number: number, month: month, year: year, cvc: cvc), rules: scenarios)
    }

    /// Expiry dates (MM/YY) that the acquirer simulator answers with a fixed result (spec §12.2), read from
    /// the rules that match on an expiry alone.
    public static let expiryOutcomes: [String: CardResult] = {
        var outcomes: [String: CardResult] = [:]
        for rule in scenarios {
            var onlyExpiry = ScenarioMatch()
            onlyExpiry.cardExpiries = rule.match.cardExpiries
            guard rule.match == onlyExpiry, let expiries = rule.match.cardExpiries,
                let result = rule.steps.first?.effect.result
            else { continue }
            for expiry in expiries { outcomes[expiry] = result.cardResult }
        }
        return outcomes
    }()

    /// Whether an expiry date is one of the simulator's triggers (so token creation must not refuse it as expired).
    public static func isMagicExpiry(month: Int, year: Int) -> Bool {
        expiryOutcomes[ScenarioFacts.expiry(month: month, year: year)] != nil
    }
}
