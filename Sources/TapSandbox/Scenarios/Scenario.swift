/// One scenario (CONTRACT.md §6, `scenarios/README.md`): a name, when it applies and what it does.
/// Configuration, not state: loaded from files or the control API, never changed by requests.
public struct Scenario: Sendable, Equatable {
    public var name: String
    public var description: String?
    public var match: ScenarioMatch
    /// Whether the scenario applies on its own when it matches; by name it applies either way.
    public var automatic: Bool
    /// A plain scenario is one step without a count; a sequence has several.
    public var steps: [ScenarioStep]
    public var source: ScenarioSource
    /// The scenario as written, for `GET /_sandbox/scenarios`.
    public var definition: JSONValue

    public init(
        name: String, description: String? = nil, match: ScenarioMatch = ScenarioMatch(), automatic: Bool = false,
        steps: [ScenarioStep], source: ScenarioSource, definition: JSONValue = .null
    ) {
        self.name = name
        self.description = description
        self.match = match
        self.automatic = automatic
        self.steps = steps
        self.source = source
        self.definition = definition
    }

    /// Whether the scenario counts the requests it answers (a `sequence`).
    public var isSequence: Bool { steps.count > 1 || steps.first?.count != nil }

    /// The step that answers a request after `answered` earlier ones, with its index; nil once every
    /// counted step is used up (the scenario then no longer applies).
    public func step(after answered: Int) -> (index: Int, step: ScenarioStep)? {
        var remaining = answered
        for (index, step) in steps.enumerated() {
            guard let count = step.count else { return (index, step) }
            if remaining < count { return (index, step) }
            remaining -= count
        }
        return nil
    }
}

/// Where a scenario comes from; also its place in the order automatic rules are tried.
public enum ScenarioSource: Sendable, Equatable {
    /// Added with `POST /_sandbox/scenarios`; `accountKey` nil for every account.
    case runtime(accountKey: String?)
    /// A scenario file (`--scenarios`).
    case file(String)
    /// Shipped with the sandbox (the files of `scenarios/`, compiled in).
    case builtIn
    /// Tap's published test cards (spec §12.2), the lowest layer.
    case testCards

    /// How `GET /_sandbox/scenarios` names it.
    public var label: String {
        switch self {
        case .runtime(let key): key == nil ? "runtime" : "runtime (account)"
        case .file(let path): path
        case .builtIn: "built-in"
        case .testCards: "built-in test cards"
        }
    }
}
