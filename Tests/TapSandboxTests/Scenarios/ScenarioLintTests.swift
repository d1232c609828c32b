import Foundation
import Testing

@testable import TapSandbox

/// What `tap-sandbox scenarios lint`, loading at start and `POST /_sandbox/scenarios` report: one
/// `file:location: message` per problem, every problem of a file at once.
@Suite struct ScenarioLintTests {
    /// A broken file and the exact problem lines it must give.
    @Test(arguments: [
        // Wrong types.
        (#"{"name": 5, "status": "DECLINED"}"#, [#"x.json:$.name: expected a string, found the number 5"#]),
        (#"{"name": "a", "automatic": "yes", "status": "DECLINED"}"#,
         [#"x.json:$.automatic: expected true or false, found the string "yes""#]),
        (#"{"name": "a", "latency_ms": "2s"}"#, [#"x.json:$.latency_ms: expected a whole number, found the string "2s""#]),
        (#"{"name": "a", "latency_ms": 1.5}"#, [#"x.json:$.latency_ms: 1.5 is not a whole number from 0 to 60000"#]),
        (#"{"name": "a", "match": [], "status": "DECLINED"}"#,
         [#"x.json:$.match: expected match (an object), found a list"#]),
        (#"{"name": "a", "status": "DECLINED", "code": 505}"#,
         [#"x.json:$.code: expected the code as a string of 3 digits such as "505", found the number 505"#]),
        // Unknown fields, with the likely intent.
        (#"{"name": "a", "stauts": "DECLINED"}"#,
         [#"x.json:$.stauts: unknown field "stauts"; did you mean "status"? (scenario fields: $schema, name, description, automatic, match, sequence, status, code, error, latency_ms, then, webhook)"#]),
        (#"{"name": "a", "match": {"card": "4242"}, "status": "DECLINED"}"#,
         [#"x.json:$.match.card: unknown field "card"; did you mean "card_number"? (match fields: resource, operation, amount, currency, card_number, card_expiry, card_cvc, payment_method, customer_email, metadata, headers)"#]),
        (#"{"name": "a", "webhook": {"delay": 3000}}"#,
         [#"x.json:$.webhook.delay: unknown field "delay"; did you mean "delay_ms"? (webhook fields: delay_ms, duplicate, out_of_order, bad_signature, drop)"#]),
        // Unknown statuses and enumerations.
        (#"{"name": "a", "status": "CAPTURD"}"#,
         [#"x.json:$.status: "CAPTURD" is not a status (did you mean CAPTURED? statuses: INITIATED, IN_PROGRESS, ABANDONED, CANCELLED, FAILED, DECLINED, RESTRICTED, CAPTURED, AUTHORIZED, VOID, TIMEDOUT, UNKNOWN)"#]),
        (#"{"name": "a", "match": {"resource": ["charge", "refunds"]}, "status": "DECLINED"}"#,
         [#"x.json:$.match.resource[1]: "refunds" is not a resource (did you mean refund? resources: charge, authorize, token, refund, customer, card, payout, any)"#]),
        // Bad codes.
        (#"{"name": "a", "status": "DECLINED", "code": "5050"}"#,
         [#"x.json:$.code: "5050" is not a response code: 3 digits such as "505" (spec §4.6)"#]),
        (#"{"name": "a", "status": "DECLINED", "code": "000"}"#, [#"x.json:$.code: code 000 goes with CAPTURED, not DECLINED"#]),
        (#"{"name": "a", "code": "505"}"#, [#"x.json:$.code: a code needs a "status" beside it"#]),
        (#"{"name": "a", "error": {"status": 200, "code": "1", "description": "x"}}"#,
         [#"x.json:$.error.status: 200 is not a whole number from 400 to 599"#]),
        (#"{"name": "a", "error": {"status": 500}}"#,
         [#"x.json:$.error: "code" is missing"#, #"x.json:$.error: "description" is missing"#]),
        // Names, emptiness, contradictions.
        (#"{"status": "DECLINED"}"#, [#"x.json:$: the scenario has no "name""#]),
        (#"{"name": "Big Spender", "status": "DECLINED"}"#,
         [#"x.json:$.name: "Big Spender" is not a valid name: use 1 to 64 of a-z, 0-9 and -"#]),
        (#"{"name": "a"}"#, [#"x.json:$: the scenario does nothing: give it status, error, latency_ms, webhook or a sequence"#]),
        (#"{"name": "a", "status": "DECLINED", "error": {"status": 500, "code": "9999", "description": "x"}}"#,
         [#"x.json:$.error: an error answers instead of a result, so it cannot go with status"#]),
        (#"{"name": "a", "status": "DECLINED", "then": [{"after_ms": 10, "status": "CAPTURED"}]}"#,
         [#"x.json:$.then: transitions start from a pending payment: set "status" to INITIATED or IN_PROGRESS"#]),
        (#"{"name": "a", "status": "INITIATED", "then": [{"after_ms": 10, "status": "CAPTURED"}, {"after_ms": 5, "status": "VOID"}]}"#,
         [#"x.json:$.then[1].after_ms: 5 is not after the previous transition (10)"#,
          #"x.json:$.then[1]: the previous transition's CAPTURED is final: only the last transition may end the payment"#]),
        (#"{"name": "a", "webhook": {"drop": true, "delay_ms": 10}}"#,
         [#"x.json:$.webhook: drop sends nothing, so delay_ms, duplicate, out_of_order and bad_signature cannot apply"#]),
        (#"{"name": "a", "webhook": {}}"#,
         [#"x.json:$.webhook: the webhook object changes nothing: give delay_ms, duplicate, out_of_order, bad_signature or drop"#]),
        (#"{"name": "a", "status": "DECLINED", "sequence": [{"status": "FAILED"}]}"#,
         [#"x.json:$.sequence: a sequence replaces status at the top level: move them into its steps"#]),
        (#"{"name": "a", "sequence": [{"status": "FAILED"}, {"status": "DECLINED"}]}"#,
         [#"x.json:$.sequence[0]: "count" is missing: every step but the last says how many requests it answers"#]),
        (#"{"name": "a", "match": {"amount": {"min": "20", "max": "10.5"}, "card_number": "42", "card_expiry": "13/25"}, "status": "FAILED"}"#,
         [#"x.json:$.match.amount: min is more than max"#, #"x.json:$.match.card_number: "42" is not a card number (or its last four)"#,
          #"x.json:$.match.card_expiry: "13/25" is not an expiry: MM/YY such as "05/22""#]),
        (#"{"name": "a", "match": {"amount": "1.2345", "currency": "XYZ"}, "status": "FAILED"}"#,
         [#"x.json:$.match.amount: "1.2345" is not an amount: digits with at most 3 decimals, such as "13.13""#,
          #"x.json:$.match.currency: currency XYZ is not supported; use one of KWD, BHD, OMR, JOD, SAR, AED, QAR, EGP, USD, EUR, GBP"#]),
        (#"{"name": "a", "status": "DECLINED", "name": "b"}"#, [#"x.json:$.name: "name" is given twice"#]),
        (#"{"name": "a", "error": {"status": 429, "code": "429", "description": "x", "headers": {"content-type": "text/plain"}}}"#,
         [#"x.json:$.error.headers["content-type"]: content-type is set by the sandbox itself"#]),
        // Document shapes.
        (#"[{"name": "a", "status": "DECLINED"}]"#, [#"x.json:$: a list of scenarios goes in {"scenarios": [...]}"#]),
        (#"{"scenarios": []}"#, [#"x.json:$.scenarios: the list is empty; a scenario file holds at least one scenario"#]),
        (#"{"scenarios": [{"name": "a", "status": "DECLINED"}], "version": 2}"#,
         [#"x.json:$.version: unknown field "version" (scenario file fields: $schema, scenarios)"#]),
        (#"{"scenarios": [{"name": "a", "status": "DECLINED"}, {"name": "b", "status": "NOPE"}]}"#,
         [#"x.json:$.scenarios[1].status: "NOPE" is not a status (statuses: INITIATED, IN_PROGRESS, ABANDONED, CANCELLED, FAILED, DECLINED, RESTRICTED, CAPTURED, AUTHORIZED, VOID, TIMEDOUT, UNKNOWN)"#]),
        (" \n\t", [#"x.json:$: the file is empty; expected a scenario object or {"scenarios": [...]}"#]),
    ])
    func brokenFile_GivesOneLinePerProblem(text: String, expected: [String]) {
        #expect(ScenarioFixtures.problems(text) == expected)
    }

    @Test(arguments: [
        ("IN_PROGRESS", "303", true), ("ABANDONED", "303", false), ("TIMEDOUT", "304", true), ("ABANDONED", "304", true),
        ("DECLINED", "599", true), ("CANCELLED", "302", true), ("ABANDONED", "302", false), ("AUTHORIZED", "001", true),
    ])
    func code_MustBelongWithItsStatus(status: String, code: String, fits: Bool) {
        let problems = ScenarioFixtures.problems(#"{"name": "a", "status": "\#(status)", "code": "\#(code)"}"#)
        #expect(problems.isEmpty == fits, "\(problems)")
    }

    @Test func badJSON_IsReportedWithLineAndColumn() {
        let text = "{\n  \"name\": \"a\",\n  \"status\": \"DECLINED\"\n  \"code\": \"505\"\n}\n"
        let problems = ScenarioFixtures.problems(text)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("x.json:4:3: ") == true, "\(problems)")
        let trailingComma = ScenarioFixtures.problems("{\"name\": \"a\", \"status\": \"DECLINED\",}")
        #expect(trailingComma.first?.hasPrefix("x.json:1:") == true, "\(trailingComma)")
    }

    @Test func everyProblemOfAFile_IsReportedInOneRun() {
        let text = #"{"scenarios": [{"name": "A", "status": "CAPTURD"}, {"name": "b", "latency_ms": -1, "colour": "red"}]}"#
        let problems = ScenarioFixtures.problems(text)
        #expect(problems.count == 4, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("x.json:$.scenarios[0].name: ") })
        #expect(problems.contains { $0.hasPrefix("x.json:$.scenarios[0].status: ") })
        #expect(problems.contains { $0.hasPrefix("x.json:$.scenarios[1].latency_ms: ") })
        #expect(problems.contains { $0.hasPrefix("x.json:$.scenarios[1].colour: ") })
    }

    @Test func validFile_InBothForms_Loads() throws {
        let single = try ScenarioFixtures.scenarios(#"{"$schema": "./scenario.schema.json", "name": "a", "status": "FAILED"}"#)
        #expect(single.map(\.name) == ["a"])
        let list = try ScenarioFixtures.scenarios(#"""
            {"$schema": "./scenario.schema.json", "scenarios": [
              {"name": "b", "description": "all of it", "automatic": true,
               "match": {"resource": ["charge", "authorize"], "operation": "create", "amount": {"min": 1, "max": "99.999"},
                         "currency": "kwd", "card_number": [4242, "4508750015741019"], "card_expiry": ["05/22"],
                         "card_cvc": 100, "payment_method": "knet", "customer_email": "a@b.c",
                         "metadata": {"k": true}, "headers": {"X-Case": "1"}},
               "sequence": [
                 {"count": 3, "error": {"status": 503, "code": "9999", "description": "busy", "headers": {"retry-after": "2"}},
                  "latency_ms": 100},
                 {"status": "INITIATED", "then": [{"after_ms": 1000, "status": "IN_PROGRESS", "code": "200"},
                                                  {"after_ms": 5000, "status": "CAPTURED"}],
                  "webhook": {"delay_ms": 30000, "duplicate": true, "out_of_order": true, "bad_signature": true}}
               ]}
            ]}
            """#)
        let scenario = try #require(list.first)
        #expect(scenario.automatic)
        #expect(scenario.match.currency == .kwd)
        #expect(scenario.match.cardNumbers == ["4242", "4508750015741019"])
        #expect(scenario.match.paymentMethods == ["KNET"])
        #expect(scenario.match.headers.map(\.name) == ["x-case"])
        #expect(scenario.steps.map(\.count) == [3, nil])
        #expect(scenario.steps[0].effect.error?.headers.first?.value == "2")
        #expect(scenario.steps[1].effect.transitions.map(\.afterMs) == [1000, 5000])
        #expect(
            scenario.steps[1].effect.webhook
                == WebhookBehaviour(delayMs: 30000, duplicate: true, outOfOrder: true, badSignature: true))
    }

    @Test func folder_IsReadInNameOrder_SkippingTheSchema_AndNamesClashAcrossFiles() throws {
        let folder = try ScenarioFixtures.folder([
            "b.json": #"{"name": "same", "status": "DECLINED"}"#,
            "a.json": #"{"scenarios": [{"name": "first", "status": "FAILED"}, {"name": "same", "status": "FAILED"}]}"#,
            "scenario.schema.json": #"{"not": "a scenario"}"#, "notes.txt": "ignored",
            "c.json": #"{"name": "test-card-expiry-05-22", "status": "FAILED"}"#,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path
        guard case .failure(let failure) = ScenarioLoader.load([path]) else {
            Issue.record("the clashes must be reported")
            return
        }
        #expect(failure.problems.map(\.description) == [
            "\(path)/b.json:$.name: \"same\" is already the name of the scenario at \(path)/a.json:$.scenarios[1]",
            "\(path)/c.json:$.name: \"test-card-expiry-05-22\" is the name of a built-in test-card rule",
        ])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.json"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c.json"))
        let loaded = try ScenarioLoader.load([path]).get()
        #expect(loaded.map(\.name) == ["first", "same"])
        #expect(loaded.first?.source == .file("\(path)/a.json"))
    }

    @Test func missingPath_AndFolderWithoutScenarioFiles_AreProblems() throws {
        let empty = try ScenarioFixtures.folder(["README.md": "# none"])
        defer { try? FileManager.default.removeItem(at: empty) }
        guard case .failure(let failure) = ScenarioLoader.load(["/nonexistent/x.json", empty.path]) else {
            Issue.record("must fail")
            return
        }
        #expect(failure.problems.map(\.description) == [
            "/nonexistent/x.json:$: no such file or folder",
            "\(empty.path):$: the folder holds no *.json scenario file",
        ])
    }
}
