/// How many requests each sequence scenario has answered in one account (CONTRACT.md §6: "first N requests
/// one way, then another"). Account state, not configuration: a reset forgets it and the journal keeps it.
public struct ScenarioCounters: Sendable, Equatable, Codable {
    private var counts: [String: Int] = [:]

    public init() {}

    /// The requests scenario `name` has answered so far.
    public subscript(name: String) -> Int {
        counts[name] ?? 0
    }

    /// Every scenario with a count, by name.
    public var all: [String: Int] { counts }

    mutating func set(_ name: String, to count: Int) {
        counts[name] = count
    }
}

extension AccountState {
    /// Records that sequence scenario `name` has now answered `count` requests.
    public mutating func setScenarioCount(_ name: String, to count: Int) {
        scenarioCounters.set(name, to: count)
        changes.append(ObjectKey(kind: "scenario-counter", id: name))
    }
}
