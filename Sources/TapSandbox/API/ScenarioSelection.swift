import Dispatch

/// Finds the scenario that answers an API request (CONTRACT.md §6, `scenarios/README.md`) and applies what
/// a scenario does to any route: an HTTP error instead of the handler (so nothing is stored), latency, and
/// the `x-sandbox-scenario` header naming it. What it does to a payment or a token is for their handlers,
/// which read `APIRequest.scenario`.
///
/// Precedence: the scenario the request names (`x-sandbox-scenario` header, else `metadata.sandbox_scenario`),
/// then the automatic rules in `ScenarioLibrary` order; the test cards are judged later, on the card.
struct ScenarioSelection: Sendable {
    let library: ScenarioLibrary
    let store: Store

    static let header = "x-sandbox-scenario"

    /// The decision for a `/v2` request, or nil when no scenario applies. A sequence's count is committed
    /// here, once per request, in the account's state; the response waits for the commit's gate (the count
    /// reaching `--data-dir`), so a restarted sandbox never answers an acknowledged step again.
    func decide(_ request: inout APIRequest) throws(TapError) -> Committed<ScenarioDecision?> {
        guard request.http.path.hasPrefix("/v2/") else { return Committed(value: nil, gate: nil) }
        let account = request.optionalAccount
        var named: Scenario?
        if let name = Self.requestedName(&request) {
            guard let scenario = library.scenario(named: name, accountKey: account?.key) else {
                throw .invalid(
                    "1103",
                    "Required inputs are invalid: there is no sandbox scenario named \"\(name)\" "
                        + "(GET /_sandbox/scenarios lists them)")
            }
            named = scenario
        }
        let candidates = library.candidates(named: named, accountKey: account?.key)
        guard !candidates.isEmpty else { return Committed(value: nil, gate: nil) }
        let facts = RequestFacts(&request, tokens: store.tokens)
        guard let account else {
            // A publishable key has no account to count in: a sequence answers with its first step.
            let decision = ScenarioEngine.decide(facts.facts, candidates: candidates, counters: ScenarioCounters())
            return Committed(value: decision, gate: nil)
        }
        guard candidates.contains(where: \.isSequence) else {
            let decision = account.read { state in
                ScenarioEngine.decide(
                    facts.completed(from: state), candidates: candidates, counters: state.scenarioCounters)
            }
            return Committed(value: decision, gate: nil)
        }
        return try store.transact(account) { state, _ -> ScenarioDecision? in
            let decision = ScenarioEngine.decide(
                facts.completed(from: state), candidates: candidates, counters: state.scenarioCounters)
            if let decision, let count = decision.count { state.setScenarioCount(decision.scenario, to: count) }
            return decision
        }
    }

    /// The HTTP error a decision answers with instead of running the handler, if any.
    static func error(of decision: ScenarioDecision?) -> TapError? {
        guard let error = decision?.effect.error else { return nil }
        var tapError = TapError(
            status: HTTPStatus(code: error.status), code: error.code, description: error.description)
        for header in error.headers { tapError.headers.add(name: header.name, value: header.value) }
        return tapError
    }

    /// Names the scenario on the answer and holds the answer back for its latency (real time, on a timer:
    /// the event loop never waits).
    static func shape(_ response: inout HTTPResponse, by decision: ScenarioDecision) {
        response.headers.set(name: header, value: decision.scenario)
        let latency = decision.effect.latencyMs
        guard latency > 0 else { return }
        let timer = ResponseGate()
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(latency)) { timer.open() }
        response.gate = response.gate.map { ResponseGate.all([timer, $0]) } ?? timer
    }

    /// The scenario a request names: the header, else `metadata.sandbox_scenario` of a JSON or form body.
    static func requestedName(_ request: inout APIRequest) -> String? {
        if let header = request.http.headers[header] { return normalized(header) }
        guard request.http.method == .post || request.http.method == .put,
            let metadata = (try? request.bodyObject())?["metadata"]?.objectValue,
            let name = metadata["sandbox_scenario"].flatMap(ScenarioMatch.text)
        else { return nil }
        return normalized(name)
    }

    /// Names are lowercase; surrounding spaces and an empty value mean nothing was asked.
    private static func normalized(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }
}
