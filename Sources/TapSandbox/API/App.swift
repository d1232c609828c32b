/// The sandbox's HTTP handler: routes a request, checks its key, runs the endpoint and turns any
/// `TapError` into Tap's envelope. This is the one place errors become responses (STYLE.md §9.6).
public struct App: HTTPHandler {
    let router: APIRouter
    let store: Store
    let scenarios: ScenarioSelection

    public init(router: APIRouter, store: Store, scenarios: ScenarioLibrary = ScenarioLibrary()) {
        self.router = router
        self.store = store
        self.scenarios = ScenarioSelection(library: scenarios, store: store)
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        var caller: Caller = .anonymous
        var response: HTTPResponse
        var scenario: ScenarioDecision?
        var counted: ResponseGate?
        do throws(TapError) {
            switch router.match(method: request.method, path: request.path) {
            case .notFound:
                throw .routeNotFound(request.method, request.path)
            case .methodNotAllowed(let allowed):
                throw .methodNotAllowed(request.method, request.path, allowed: allowed)
            case .found(let endpoint, let parameters):
                var http = request
                http.parameters = parameters
                caller = try Authentication.caller(of: http, access: endpoint.access, store: store)
                var apiRequest = APIRequest(http: http, caller: caller, store: store)
                // CONTRACT.md §6: a scenario's HTTP error answers instead of the handler, so nothing is stored.
                let decided = try scenarios.decide(&apiRequest)
                scenario = decided.value
                counted = decided.gate
                if let error = ScenarioSelection.error(of: scenario) { throw error }
                apiRequest.scenario = scenario
                response = try endpoint.handler(&apiRequest)
            }
        } catch {
            response = error.response
        }
        if let counted { response.gate = response.gate.map { ResponseGate.all([counted, $0]) } ?? counted }
        if let scenario { ScenarioSelection.shape(&response, by: scenario) }
        response.headers.add(name: "tap-sandbox-version", value: SandboxVersion.current)
        if case .account(let account) = caller, request.path.hasPrefix("/v2") {
            record(request, response, in: account)
        }
        return response
    }

    public func respond(to failure: HTTPFailure) -> HTTPResponse {
        var response = TapError.transport(failure.status, failure.message).response
        response.headers.add(name: "tap-sandbox-version", value: SandboxVersion.current)
        return response
    }

    /// Appends the exchange to the account's request journal (`GET /_sandbox/requests`).
    private func record(_ request: HTTPRequest, _ response: HTTPResponse, in account: Account) {
        let record = RequestRecord(
            time: store.now(account), method: request.method.rawValue, path: request.path, query: request.query,
            status: response.status.code, requestBody: JournalBody.kept(CardDataRedaction.journalBody(of: request)),
            responseBody: JournalBody.kept(response.body),
            scenario: response.headers["x-sandbox-scenario"])
        account.requests.withLock { $0.append(record) }
    }
}
