/// What every route handler may use: the store and the settings that shape responses.
public struct SandboxContext: Sendable {
    public let store: Store
    public let configuration: Configuration
    /// Base of `transaction.url` and other browser-facing links (`--public-url`, or where we listen).
    public let publicURL: String
    /// The scenarios loaded at start and added at run time (CONTRACT.md §6).
    public let scenarios: ScenarioLibrary

    public init(
        store: Store, configuration: Configuration, publicURL: String, scenarios: ScenarioLibrary = ScenarioLibrary()
    ) {
        self.store = store
        self.configuration = configuration
        self.publicURL = publicURL
        self.scenarios = scenarios
    }

    /// How an account's payments are rendered for a response with the given `method` field.
    public func renderContext(_ account: Account, method: String) -> RenderContext {
        RenderContext(method: method, publicURL: publicURL, merchant: account.merchant)
    }
}
