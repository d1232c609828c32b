/// Reads scenario files (`scenarios/README.md`, `scenarios/scenario.schema.json`) strictly: every problem
/// is reported with its JSON path, unknown fields included, so that a typo never silently does nothing.
/// The same checks serve `tap-sandbox scenarios lint`, loading at start and `POST /_sandbox/scenarios`.
///
/// A file holds one scenario object, or `{"scenarios": [...]}`; either may carry `"$schema"`.
struct ScenarioParser {
    let file: String
    let source: ScenarioSource
    var problems: [ScenarioProblem] = []

    static let documentFields = ["$schema", "scenarios"]
    static let effectFields = ["status", "code", "error", "latency_ms", "then", "webhook"]
    static let scenarioFields = ["$schema", "name", "description", "automatic", "match", "sequence"] + effectFields
    static let stepFields = ["count"] + effectFields

    /// Every scenario of a file with the path of its object, or its problems (a file with any problem
    /// yields no scenario).
    static func parse(_ bytes: [UInt8], file: String, source: ScenarioSource)
        -> Result<[(scenario: Scenario, path: String)], ScenarioProblems>
    {
        var parser = ScenarioParser(file: file, source: source)
        let scenarios = parser.document(bytes)
        guard parser.problems.isEmpty else { return .failure(ScenarioProblems(parser.problems)) }
        return .success(scenarios.map { ($0.scenario, $0.path.description) })
    }

    mutating func document(_ bytes: [UInt8]) -> [(scenario: Scenario, path: JSONPath)] {
        let expected = #"expected a scenario object or {"scenarios": [...]}"#
        guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            report(.root, "the file is empty; \(expected)")
            return []
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            problems.append(
                ScenarioProblem(file: file, location: "\(error.line):\(error.column)", message: error.message))
            return []
        }
        guard case .object(let object) = value, object["scenarios"] != nil else {
            if case .array = value {
                report(.root, #"a list of scenarios goes in {"scenarios": [...]}"#)
                return []
            }
            return scenario(value, at: .root).map { [($0, .root)] } ?? []
        }
        guard let members = members(value, at: .root, fields: Self.documentFields, what: "scenario file") else {
            return []
        }
        let path = JSONPath.root.key("scenarios")
        guard case .array(let items)? = members["scenarios"] else {
            report(path, "expected a list of scenarios, found \(Self.kind(of: members["scenarios"] ?? .null))")
            return []
        }
        if items.isEmpty { report(path, "the list is empty; a scenario file holds at least one scenario") }
        return items.enumerated().compactMap { index, item in
            scenario(item, at: path.index(index)).map { ($0, path.index(index)) }
        }
    }

    mutating func scenario(_ value: JSONValue, at path: JSONPath) -> Scenario? {
        let before = problems.count
        guard let object = members(value, at: path, fields: Self.scenarioFields, what: "scenario") else { return nil }
        let name = object["name"].flatMap { string($0, at: path.key("name")) }
        if let name {
            checkName(name, at: path.key("name"))
        } else if object["name"] == nil {
            report(path, "the scenario has no \"name\"")
        }
        let description = object["description"].flatMap { string($0, at: path.key("description")) }
        let automatic = object["automatic"].flatMap { bool($0, at: path.key("automatic")) } ?? false
        let match = object["match"].flatMap { self.match($0, at: path.key("match")) } ?? ScenarioMatch()
        let owner = Self.resultOwner(of: match)
        let steps: [ScenarioStep]
        if let sequence = object["sequence"] {
            let given = Self.effectFields.filter { object[$0] != nil }
            if !given.isEmpty {
                report(
                    path.key("sequence"),
                    "a sequence replaces \(given.joined(separator: ", ")) at the top level: "
                        + "move them into its steps")
            }
            steps = self.sequence(sequence, at: path.key("sequence"), owner: owner)
        } else {
            let effect = self.effect(object, at: path, owner: owner)
            if effect.isEmpty && problems.count == before {
                report(path, "the scenario does nothing: give it status, error, latency_ms, webhook or a sequence")
            }
            steps = [ScenarioStep(count: nil, effect: effect)]
        }
        guard problems.count == before, let name else { return nil }
        return Scenario(
            name: name, description: description, match: match, automatic: automatic, steps: steps, source: source,
            definition: value)
    }

    /// `[a-z0-9-]+`, at most 64 characters: names travel in a header and in URLs.
    private mutating func checkName(_ name: String, at path: JSONPath) {
        let valid =
            !name.isEmpty && name.utf8.count <= 64
            && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        if !valid {
            report(path, "\(JSONValue.string(name)) is not a valid name: use 1 to 64 of a-z, 0-9 and -")
        }
    }

    private mutating func sequence(_ value: JSONValue, at path: JSONPath, owner: ResultOwner) -> [ScenarioStep] {
        guard case .array(let items) = value, !items.isEmpty else {
            report(path, "expected a non-empty list of steps, found \(Self.kind(of: value))")
            return []
        }
        var steps: [ScenarioStep] = []
        for (index, item) in items.enumerated() {
            let stepPath = path.index(index)
            guard let object = members(item, at: stepPath, fields: Self.stepFields, what: "step") else { continue }
            let count = object["count"].flatMap { integer($0, at: stepPath.key("count"), in: 1...1_000_000) }
            if object["count"] == nil && index < items.count - 1 {
                report(stepPath, "\"count\" is missing: every step but the last says how many requests it answers")
            }
            steps.append(ScenarioStep(count: count.map(Int.init), effect: effect(object, at: stepPath, owner: owner)))
        }
        return steps
    }
}

/// The problems that kept scenarios from loading; one line each when printed.
public struct ScenarioProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [ScenarioProblem]

    public init(_ problems: [ScenarioProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
