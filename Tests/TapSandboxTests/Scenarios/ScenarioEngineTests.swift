import Testing

@testable import TapSandbox

/// The pure engine (STYLE.md §9.11): facts, scenarios and counters in, a decision out.
@Suite struct ScenarioEngineTests {
    /// Facts of a KWD 13.130 charge creation by card 4508750015741019, with metadata and a header.
    static var charge: ScenarioFacts {
        var facts = ScenarioFacts.card(
            number: "4508750015741019", month: 5, year: 2022, cvc: "102", paymentMethod: "VISA")
        facts.resource = .charge
        facts.operation = .create
        facts.currency = .kwd
        facts.amount = Amount(minorUnits: 13_130, currency: .kwd)
        facts.customerEmail = "Buyer@Example.com"
        facts.metadata = ["order_kind": "gift", "attempt": 2]
        facts.headers = ["x-test-case": "decline-1"]
        return facts
    }

    /// One condition each, as a scenario file writes it, and whether the charge above meets it.
    @Test(arguments: [
        (#"{"resource": "charge"}"#, true), (#"{"resource": ["token", "authorize"]}"#, false),
        (#"{"resource": "any"}"#, true), (#"{"operation": "create"}"#, true), (#"{"operation": ["list"]}"#, false),
        (#"{"amount": "13.13"}"#, true), (#"{"amount": 13.130}"#, true), (#"{"amount": "13.131"}"#, false),
        (#"{"amount": {"min": "13.13"}}"#, true), (#"{"amount": {"max": "13.129"}}"#, false),
        (#"{"amount": {"min": "10", "max": "20"}}"#, true), (#"{"currency": "KWD"}"#, true),
        (#"{"currency": "usd"}"#, false), (#"{"card_number": "4508750015741019"}"#, true),
        (#"{"card_number": "1019"}"#, true), (#"{"card_number": ["4012000033330026", "0026"]}"#, false),
        (#"{"card_expiry": "05/22"}"#, true), (#"{"card_expiry": "05/37"}"#, false), (#"{"card_cvc": "102"}"#, true),
        (#"{"payment_method": "visa"}"#, true), (#"{"payment_method": "KNET"}"#, false),
        (#"{"customer_email": "buyer@example.com"}"#, true), (#"{"customer_email": "other@example.com"}"#, false),
        (#"{"metadata": {"order_kind": "gift"}}"#, true), (#"{"metadata": {"attempt": 2}}"#, true),
        (#"{"metadata": {"order_kind": "gift", "attempt": "3"}}"#, false), (#"{"metadata": {"absent": "x"}}"#, false),
        (#"{"headers": {"X-Test-Case": "decline-1"}}"#, true), (#"{"headers": {"x-test-case": "decline-2"}}"#, false),
    ])
    func matcher_HoldsOnlyForTheFactsItNames(match: String, holds: Bool) throws {
        let scenario = try ScenarioFixtures.scenario(#"{"name": "m", "match": \#(match), "status": "DECLINED"}"#)
        #expect(scenario.match.matches(Self.charge) == holds)
        let decision = ScenarioEngine.decide(Self.charge, candidates: [scenario], counters: ScenarioCounters())
        #expect((decision?.scenario == "m") == holds)
    }

    @Test func absentFacts_NeverMeetAConditionOnThem() throws {
        let scenario = try ScenarioFixtures.scenario(
            #"{"name": "m", "match": {"amount": {"min": "0"}, "card_number": "1019"}, "status": "DECLINED"}"#)
        #expect(!scenario.match.matches(ScenarioFacts()))
        #expect(try ScenarioFixtures.scenario(#"{"name": "all", "status": "DECLINED"}"#).match.matches(ScenarioFacts()))
    }

    @Test func amount_ComparesExactly_AcrossTheCurrencysDecimals() throws {
        let scenario = try ScenarioFixtures.scenario(#"{"name": "m", "match": {"amount": "10.5"}, "status": "FAILED"}"#)
        var facts = ScenarioFacts()
        for (minor, currency, holds) in [(10_500, Currency.kwd, true), (1_050, .usd, true), (1_051, .usd, false)] {
            facts.amount = Amount(minorUnits: Int64(minor), currency: currency)
            #expect(scenario.match.matches(facts) == holds)
        }
    }

    @Test func precedence_FirstMatchingCandidateWins() throws {
        let scenarios = try ScenarioFixtures.scenarios(
            #"""
            {"scenarios": [
              {"name": "big", "match": {"amount": {"min": "100"}}, "status": "DECLINED", "code": "505"},
              {"name": "kwd", "match": {"currency": "KWD"}, "status": "DECLINED", "code": "501"},
              {"name": "any", "status": "FAILED"}
            ]}
            """#)
        let decide = { (candidates: [Scenario]) in
            ScenarioEngine.decide(Self.charge, candidates: candidates, counters: ScenarioCounters())?.scenario
        }
        #expect(decide(scenarios) == "kwd")
        #expect(decide(Array(scenarios.reversed())) == "any")
        #expect(decide([scenarios[0]]) == nil)
    }

    @Test func sequence_AnswersEachStepForItsCount_ThenTheLastForever() throws {
        let scenario = try ScenarioFixtures.scenario(
            #"""
            {"name": "flaky", "sequence": [
              {"count": 2, "error": {"status": 503, "code": "9999", "description": "down"}},
              {"count": 1, "status": "DECLINED"},
              {"status": "CAPTURED"}
            ]}
            """#)
        var counters = ScenarioCounters()
        var answers: [String] = []
        for _ in 0..<5 {
            let decision = try #require(ScenarioEngine.decide(Self.charge, candidates: [scenario], counters: counters))
            answers.append(
                decision.effect.error.map { "\($0.status)" } ?? decision.effect.result?.status.rawValue ?? "")
            counters.set("flaky", to: try #require(decision.count))
        }
        #expect(answers == ["503", "503", "DECLINED", "CAPTURED", "CAPTURED"])
        #expect(counters["flaky"] == 5)
    }

    @Test func usedUpSequence_NoLongerApplies_AndTheNextCandidateAnswers() throws {
        let scenarios = try ScenarioFixtures.scenarios(
            #"""
            {"scenarios": [
              {"name": "once", "sequence": [{"count": 1, "status": "DECLINED"}]},
              {"name": "plain", "status": "FAILED"}
            ]}
            """#)
        var counters = ScenarioCounters()
        #expect(ScenarioEngine.decide(Self.charge, candidates: scenarios, counters: counters)?.scenario == "once")
        counters.set("once", to: 1)
        let next = ScenarioEngine.decide(Self.charge, candidates: scenarios, counters: counters)
        #expect(next?.scenario == "plain")
        #expect(next?.count == nil)
    }

    @Test(arguments: [
        ("POST", "/v2/charges", "charge", "create"), ("GET", "/v2/charges/chg_1", "charge", "retrieve"),
        ("PUT", "/v2/charges/chg_1", "charge", "update"), ("POST", "/v2/charges/list", "charge", "list"),
        ("POST", "/v2/charges/download", "charge", "list"), ("POST", "/v2/authorize/auth_1/void", "authorize", "void"),
        ("POST", "/v2/tokens", "token", "create"), ("GET", "/v2/tokens/tok_1", "token", "retrieve"),
        ("DELETE", "/v2/customers/cus_1", "customer", "delete"), ("POST", "/v2/card/cus_1", "card", "create"),
        ("GET", "/v2/card/cus_1", "card", "list"), ("POST", "/v2/refunds", "refund", "create"),
    ])
    func classify_NamesTheResourceAndOperationOfEachRoute(
        method: String, path: String, resource: String, operation: String
    ) {
        let classified = ScenarioFacts.classify(method: HTTPMethod(rawValue: method), path: path)
        #expect(classified?.0.rawValue == resource)
        #expect(classified?.1.rawValue == operation)
    }

    @Test func status_ReadsApprovalForTheKind() {
        #expect(ScenarioStatus(.captured).taken(by: .authorize) == ScenarioStatus(.authorized, code: "001"))
        #expect(ScenarioStatus(.authorized).taken(by: .charge) == ScenarioStatus(.captured, code: "000"))
        #expect(ScenarioStatus(.declined, code: "505").taken(by: .authorize) == ScenarioStatus(.declined, code: "505"))
        #expect(ScenarioStatus(.declined, code: "505").cardResult == .refused(status: .declined, code: "505"))
    }

    /// spec §12.2 through the engine: the built-in test-card rules give the published outcomes.
    @Test(
        arguments: [
            ("4508750015741019", 1, 2039, "100", nil, CardResult.approved),
            ("4508750015741019", 5, 2022, "100", nil, .refused(status: .declined, code: "501")),
            ("4508750015741019", 1, 2039, "102", nil, .refused(status: .declined, code: "502")),
            ("7777770123456789", 12, 2027, nil, nil, .refused(status: .failed, code: "401")),
            ("8888880000000001", 5, 2021, nil, "KNET", .refused(status: .failed, code: "401")),
            ("8888880000000002", 5, 2022, nil, "KNET", .approved),
        ] as [(String, Int, Int, String?, String?, CardResult)])
    func testCards_AreScenariosJudgedByTheEngine(
        number: String, month: Int, year: Int, cvc: String?, method: String?, result: CardResult
    ) {
        let facts = ScenarioFacts.card(number: number, month: month, year: year, cvc: cvc, paymentMethod: method)
        #expect(ScenarioEngine.cardResult(facts, rules: TestCards.scenarios) == result)
    }
}
