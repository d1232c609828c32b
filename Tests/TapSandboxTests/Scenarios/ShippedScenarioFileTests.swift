import Foundation
import Testing

@testable import TapSandbox

/// The shipped `scenarios/` folder: its files, their compiled-in copy, their documentation and the schema.
@Suite struct ShippedScenarioFileTests {
    static let folder = ScenarioFixtures.packageRoot.appendingPathComponent("scenarios")

    /// CONTRACT.md §6 names these; the project ships at least them, named exactly so.
    static let contractNames = [
        "insufficient-funds", "do-not-honor", "expired-card", "3ds-failed", "restricted", "timeout", "unknown",
        "async-capture", "webhook-delayed", "webhook-duplicate", "webhook-bad-signature", "server-error",
        "rate-limited",
        "slow",
    ]

    @Test func compiledInCopy_EqualsTheFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted()
        #expect(ShippedScenarios.files.map(\.name) == names, "run scripts/embed_scenarios.py")
        for (name, text) in ShippedScenarios.files {
            let file = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(file == text + "\n", "\(name) differs from its compiled-in copy: run scripts/embed_scenarios.py")
        }
    }

    @Test func shippedFolder_LintsClean_AndHoldsTheContractsScenarios() throws {
        let loaded = try ScenarioLoader.load([Self.folder.path]).get()
        let names = loaded.map(\.name)
        #expect(Set(Self.contractNames).isSubset(of: Set(names)))
        for scenario in loaded {
            #expect(scenario.name + ".json" == scenario.source.label.split(separator: "/").last.map(String.init))
            #expect(!scenario.automatic, "\(scenario.name): a shipped scenario must not change default outcomes")
        }
        #expect(ShippedScenarios.all.map(\.name) == names)
    }

    @Test func readme_DocumentsEveryShippedScenario() throws {
        let readme = try String(contentsOf: Self.folder.appendingPathComponent("README.md"), encoding: .utf8)
        for scenario in ShippedScenarios.all {
            #expect(readme.contains("| `\(scenario.name)` |"), "scenarios/README.md lacks \(scenario.name)")
        }
    }

    @Test func testCardTable_LintsClean() {
        #expect(TestCards.scenarios.count == 11)
        guard case .success = ScenarioParser.parse(Array(TestCards.definition.utf8), file: "t", source: .testCards)
        else {
            Issue.record("the built-in test-card table has problems")
            return
        }
    }

    /// The schema names exactly the fields the parser takes, object by object, so editors and lint agree.
    @Test func schema_NamesTheFieldsThatLintTakes() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("scenario.schema.json"))
        let schema = try JSONParser.parse([UInt8](data))
        #expect(schema.string("$schema") == "https://json-schema.org/draft/2020-12/schema")
        let fields = { (path: String) in Set(schema.at(path)?.objectValue?.keys ?? []) }
        #expect(fields("$defs.scenario.properties") == Set(ScenarioParser.scenarioFields))
        #expect(fields("$defs.step.properties") == Set(ScenarioParser.stepFields))
        #expect(fields("$defs.match.properties") == Set(ScenarioParser.matchFields))
        #expect(fields("$defs.error.properties") == Set(ScenarioParser.errorFields))
        #expect(fields("$defs.transition.properties") == Set(ScenarioParser.transitionFields))
        #expect(fields("$defs.webhook.properties") == Set(ScenarioParser.webhookFields))
        #expect(fields("oneOf.1.properties") == Set(ScenarioParser.documentFields))
        let statuses = schema.at("$defs.status.enum")?.arrayValue?.compactMap(\.stringValue) ?? []
        let refundOnly = RefundStatus.allCases.map(\.rawValue).filter { PaymentStatus(rawValue: $0) == nil }
        #expect(statuses == PaymentStatus.allCases.map(\.rawValue) + refundOnly)
        let resources = schema.at("$defs.match.properties.resource.oneOf.0.enum")?.arrayValue?.compactMap(\.stringValue)
        #expect(resources == ScenarioResource.allCases.map(\.rawValue) + ["any"])
        let operations = schema.at("$defs.match.properties.operation.oneOf.0.enum")?.arrayValue?.compactMap(
            \.stringValue)
        #expect(operations == ScenarioOperation.allCases.map(\.rawValue) + ["any"])
    }
}
