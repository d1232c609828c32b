/// `GET /_sandbox/scenarios` and `POST /_sandbox/scenarios` (CONTRACT.md §8): what is loaded, and one more
/// scenario (or `{"scenarios": [...]}`) at run time, checked as `tap-sandbox scenarios lint` checks files.
/// With a secret key both act on that account (an added scenario is its own); without one, on all accounts.
struct ScenarioRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        router.add("GET /_sandbox/scenarios", .optionalSecretKey) { request throws(TapError) in list(request) }
        router.add("POST /_sandbox/scenarios", .optionalSecretKey) { request throws(TapError) in try add(request) }
    }

    /// Everything loaded, in precedence order, with where each comes from.
    func list(_ request: APIRequest) -> HTTPResponse {
        let account = request.optionalAccount
        let scenarios = context.scenarios.list(accountKey: account?.key)
        let counters = account?.read { $0.scenarioCounters } ?? ScenarioCounters()
        return .json(render(scenarios, counters: counters))
    }

    /// Adds the body's scenarios; 400 with one error per problem when it has any.
    func add(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let key = request.optionalAccount?.key
        let file = "request body"
        let parsed = ScenarioParser.parse(request.http.body, file: file, source: .runtime(accountKey: key))
            .flatMap { located in context.scenarios.add(located, accountKey: key, file: file).map { located } }
        switch parsed {
        case .success(let located):
            return .json(render(located.map(\.scenario), counters: ScenarioCounters()))
        case .failure(let failure):
            throw Self.invalid(failure.problems)
        }
    }

    /// Tap's envelope with one error per problem, each `$.path: what is wrong` (or `line:column: ...`).
    static func invalid(_ problems: [ScenarioProblem]) -> TapError {
        let entries = problems.map { TapError.Further(code: "1103", description: "\($0.location): \($0.message)") }
        var error = TapError.invalid(entries.first?.code ?? "1103", entries.first?.description ?? "invalid scenario")
        error.further = Array(entries.dropFirst())
        return error
    }

    private func render(_ scenarios: [Scenario], counters: ScenarioCounters) -> [UInt8] {
        var writer = JSONWriter(capacity: 1024 * max(1, scenarios.count))
        writer.beginObject()
        writer.field("object", "list")
        writer.field("count", scenarios.count)
        writer.key("scenarios")
        writer.beginArray()
        for scenario in scenarios {
            writer.beginObject()
            writer.field("name", scenario.name)
            writer.field("description", scenario.description)
            writer.field("source", scenario.source.label)
            if case .runtime(let key?) = scenario.source {
                writer.field("merchant_id", context.store.allAccounts.first { $0.key == key }?.merchant.id)
            }
            writer.field("automatic", scenario.automatic)
            if scenario.isSequence { writer.field("answered", counters[scenario.name]) }
            writer.field("definition", scenario.definition)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }
}
