import Synchronization

/// Every scenario the sandbox knows, in precedence order: those added at run time (`POST
/// /_sandbox/scenarios`: an account's own, then those for every account), the loaded files in file order,
/// the shipped ones a file did not replace, and the test cards. Configuration, not account state: only
/// run-time additions change, and a reset forgets those of the accounts it resets.
public final class ScenarioLibrary: Sendable {
    /// Files, then the shipped scenarios they did not replace.
    private let fixed: [Scenario]
    private let fixedAutomatic: [Scenario]
    private let runtime = Mutex(Runtime())

    private struct Runtime {
        var global: [Scenario] = []
        var accounts: [String: [Scenario]] = [:]
    }

    /// - Parameter files: the scenarios of `--scenarios`, in file order.
    public init(files: [Scenario] = []) {
        let replaced = Set(files.map(\.name))
        fixed = files + ShippedScenarios.all.filter { !replaced.contains($0.name) }
        fixedAutomatic = fixed.filter(\.automatic)
    }

    /// The scenario `name` as `accountKey` sees it (its own run-time scenarios first).
    public func scenario(named name: String, accountKey: String?) -> Scenario? {
        let added = runtime.withLock { runtime in
            accountKey.flatMap { runtime.accounts[$0]?.first { $0.name == name } }
                ?? runtime.global.first { $0.name == name }
        }
        return added ?? fixed.first { $0.name == name } ?? TestCards.scenarios.first { $0.name == name }
    }

    /// The scenarios to try for a request, best first: the one it names, then every automatic rule.
    public func candidates(named: Scenario?, accountKey: String?) -> [Scenario] {
        let added = runtime.withLock { runtime in
            (accountKey.flatMap { runtime.accounts[$0] } ?? []) + runtime.global
        }
        let automatic = added.filter(\.automatic) + fixedAutomatic
        guard let named else { return automatic }
        return [named] + automatic.filter { $0.name != named.name }
    }

    /// Adds run-time scenarios for one account (or all when `accountKey` is nil); one of the same name and
    /// scope is replaced. The names of file, shipped and test-card scenarios are refused.
    /// - Parameter located: the scenarios with the JSON path of each in `file` (for problems).
    public func add(_ located: [(scenario: Scenario, path: String)], accountKey: String?, file: String)
        -> Result<Void, ScenarioProblems>
    {
        let taken = Set(fixed.map(\.name) + TestCards.scenarios.map(\.name))
        var problems: [ScenarioProblem] = []
        var seen: Set<String> = []
        let scenarios = located.map(\.scenario)
        for (scenario, path) in located {
            let location = path == "$" ? "$.name" : path + ".name"
            if taken.contains(scenario.name) {
                let owner = (fixed + TestCards.scenarios).first { $0.name == scenario.name }?.source.label ?? ""
                problems.append(
                    ScenarioProblem(
                        file: file, location: location,
                        message:
                            "\"\(scenario.name)\" is already loaded (\(owner)); run-time scenarios take other names"))
            } else if !seen.insert(scenario.name).inserted {
                problems.append(
                    ScenarioProblem(file: file, location: location, message: "\"\(scenario.name)\" is given twice"))
            }
        }
        guard problems.isEmpty else { return .failure(ScenarioProblems(problems)) }
        runtime.withLock { runtime in
            var list = accountKey.map { runtime.accounts[$0] ?? [] } ?? runtime.global
            for scenario in scenarios {
                if let index = list.firstIndex(where: { $0.name == scenario.name }) {
                    list[index] = scenario
                } else {
                    list.append(scenario)
                }
            }
            if let accountKey { runtime.accounts[accountKey] = list } else { runtime.global = list }
        }
        return .success(())
    }

    /// Everything loaded, in precedence order: for one account (its own, then the rest), or for all when
    /// `accountKey` is nil.
    public func list(accountKey: String?) -> [Scenario] {
        let added = runtime.withLock { runtime in
            if let accountKey { return (runtime.accounts[accountKey] ?? []) + runtime.global }
            return runtime.accounts.keys.sorted().flatMap { runtime.accounts[$0] ?? [] } + runtime.global
        }
        return added + fixed + TestCards.scenarios
    }

    /// Forgets the run-time scenarios of one account, or every run-time scenario (`POST /_sandbox/reset`).
    public func forget(accountKey: String?) {
        runtime.withLock { runtime in
            if let accountKey {
                runtime.accounts[accountKey] = nil
            } else {
                runtime = Runtime()
            }
        }
    }
}
