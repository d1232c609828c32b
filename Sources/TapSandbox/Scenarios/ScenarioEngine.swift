/// Picks the scenario that answers a request: a pure function of the request's facts, the candidate
/// scenarios in precedence order and the account's sequence counters (STYLE.md §9.11). Only the caller
/// applies the decision (and the counter it reports) to the store.
public enum ScenarioEngine {
    /// The first candidate whose conditions hold and that has a step left, or nil.
    ///
    /// Precedence is the caller's order (`ScenarioLibrary.candidates`): the scenario named by the request,
    /// then automatic rules (run-time ones, then files in file order); the test cards are judged apart,
    /// by `cardResult`, because their facts (the CVC) only exist when the card is typed.
    public static func decide(
        _ facts: ScenarioFacts, candidates: [Scenario], counters: ScenarioCounters
    ) -> ScenarioDecision? {
        for scenario in candidates where scenario.match.matches(facts) {
            let answered = scenario.isSequence ? counters[scenario.name] : 0
            guard let (index, step) = scenario.step(after: answered) else { continue }
            return ScenarioDecision(
                scenario: scenario.name, step: index, effect: step.effect,
                count: scenario.isSequence ? answered + 1 : nil)
        }
        return nil
    }

    /// What a card answers: the result of the first rule of `rules` (the test-card table) that matches,
    /// or approved.
    public static func cardResult(_ facts: ScenarioFacts, rules: [Scenario]) -> CardResult {
        decide(facts, candidates: rules, counters: ScenarioCounters())?.effect.result?.cardResult ?? .approved
    }
}

/// The scenario that answers one request, and what it does.
public struct ScenarioDecision: Sendable, Equatable {
    public var scenario: String
    /// The index of the sequence step used (0 for a plain scenario).
    public var step: Int
    public var effect: ScenarioEffect
    /// For a sequence: the number of requests it has answered, this one included (to store).
    public var count: Int?
}
