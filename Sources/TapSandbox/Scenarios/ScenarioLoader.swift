import Foundation

/// Reads scenario files and folders (`--scenarios`, `tap-sandbox scenarios lint`): a folder's `*.json`
/// files in name order (`*.schema.json` aside), every problem of every file, then names that clash.
public enum ScenarioLoader {
    /// A scenario with where it was written, for messages about it.
    struct Located {
        var scenario: Scenario
        var file: String
        var path: String
    }

    /// What `serve` loads: `--scenarios` when given (it must exist), else `./scenarios` when it is a folder
    /// (CONTRACT.md §1), else nothing (the shipped scenarios are built in anyway).
    public static func startupPath(configured: String?) -> String? {
        if let configured { return configured }
        var isFolder: ObjCBool = false
        let present = FileManager.default.fileExists(atPath: "scenarios", isDirectory: &isFolder) && isFolder.boolValue
        return present ? "scenarios" : nil
    }

    /// The scenarios of `paths` in precedence order, or every problem found.
    public static func load(_ paths: [String]) -> Result<[Scenario], ScenarioProblems> {
        var problems: [ScenarioProblem] = []
        var located: [Located] = []
        for path in paths {
            switch files(at: path) {
            case .failure(let problem):
                problems.append(problem)
            case .success(let files):
                for file in files {
                    switch read(file) {
                    case .success(let scenarios): located += scenarios
                    case .failure(let failure): problems += failure.problems
                    }
                }
            }
        }
        problems += clashes(located)
        return problems.isEmpty ? .success(located.map(\.scenario)) : .failure(ScenarioProblems(problems))
    }

    /// The scenario files a path names: itself, or a folder's `*.json` files.
    static func files(at path: String) -> Result<[String], ScenarioProblem> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(ScenarioProblem(file: path, location: "$", message: "no such file or folder"))
        }
        guard isFolder.boolValue else { return .success([path]) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return .failure(ScenarioProblem(file: path, location: "$", message: "the folder cannot be read"))
        }
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted()
        guard !files.isEmpty else {
            return .failure(
                ScenarioProblem(file: path, location: "$", message: "the folder holds no *.json scenario file"))
        }
        let folder = path.hasSuffix("/") ? path : path + "/"
        return .success(files.map { folder + $0 })
    }

    static func read(_ file: String) -> Result<[Located], ScenarioProblems> {
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(ScenarioProblems([ScenarioProblem(file: file, location: "$", message: "cannot be read")]))
        }
        return ScenarioParser.parse([UInt8](data), file: file, source: .file(file)).map { scenarios in
            scenarios.map { Located(scenario: $0.scenario, file: file, path: $0.path) }
        }
    }

    /// Names given twice, and names of the built-in test cards (which no file may take). A file may take
    /// the name of a shipped scenario: it replaces the built-in copy.
    static func clashes(_ located: [Located]) -> [ScenarioProblem] {
        var problems: [ScenarioProblem] = []
        var first: [String: Located] = [:]
        let reserved = Set(TestCards.scenarios.map(\.name))
        for entry in located {
            let name = entry.scenario.name
            let location = entry.path == "$" ? "$.name" : entry.path + ".name"
            if reserved.contains(name) {
                problems.append(
                    ScenarioProblem(
                        file: entry.file, location: location,
                        message: "\"\(name)\" is the name of a built-in test-card rule"))
            } else if let earlier = first[name] {
                problems.append(
                    ScenarioProblem(
                        file: entry.file, location: location,
                        message: "\"\(name)\" is already the name of the scenario at \(earlier.file):\(earlier.path)"))
            } else {
                first[name] = entry
            }
        }
        return problems
    }
}
