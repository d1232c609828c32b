import Testing

@testable import TapSandbox

/// `GET` and `POST /_sandbox/scenarios` (CONTRACT.md §8), and the precedence of scenarios over HTTP:
/// the named one, then automatic rules (run-time, then files in file order), then the test cards.
@Suite struct ScenarioRoutesTests {
    @Test func list_ShowsBuiltInFileAndTestCardScenarios_WithTheirSource() throws {
        let files = try ScenarioFixtures.scenarios(
            #"{"name": "slow", "description": "mine", "latency_ms": 10}"#, file: "scenarios/slow.json")
        let sandbox = try TestSandbox(scenarios: files)
        let list = sandbox.call(.get, "/_sandbox/scenarios")
        #expect(list.status == 200)
        let scenarios = try #require(list.value("scenarios")?.arrayValue)
        #expect(list.value("count")?.numberValue?.int64Value == Int64(scenarios.count))
        let bySource = { (name: String) in scenarios.first { $0.string("name") == name }?.string("source") }
        #expect(bySource("slow") == "scenarios/slow.json")
        #expect(bySource("insufficient-funds") == "built-in")
        #expect(bySource("test-card-expiry-05-22") == "built-in test cards")
        #expect(scenarios.filter { $0.string("name") == "slow" }.count == 1)
        #expect(scenarios.first { $0.string("name") == "slow" }?.string("definition.description") == "mine")
        let shipped = Set(ShippedScenarios.all.map(\.name))
        #expect(shipped.isSubset(of: Set(scenarios.compactMap { $0.string("name") })))
    }

    @Test func post_AddsAScenarioForTheCallersAccountOnly() throws {
        let sandbox = try TestSandbox()
        let added = sandbox.addScenarios(#"{"name": "vip-decline", "status": "DECLINED", "code": "514"}"#)
        #expect(added.status == 200)
        #expect(added.string("scenarios.0.source") == "runtime (account)")
        let mine = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "vip-decline"])
        #expect(mine.string("response.code") == "514")
        let other = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "vip-decline"], key: "sk_test_Other1")
        #expect(other.status == 400)
        // Posting the same name again replaces it.
        sandbox.addScenarios(#"{"name": "vip-decline", "status": "DECLINED", "code": "509"}"#)
        #expect(
            try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "vip-decline"]).string("response.code") == "509")
        // A reset of the account forgets it.
        _ = sandbox.call(.post, "/_sandbox/reset")
        #expect(try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "vip-decline"]).status == 400)
    }

    @Test func post_WithoutAKey_AddsForEveryAccount() throws {
        let sandbox = try TestSandbox()
        let added = sandbox.addScenarios(#"{"scenarios": [{"name": "everyone", "status": "FAILED"}]}"#, key: nil)
        #expect(added.string("scenarios.0.source") == "runtime")
        for key in [TestSandbox.key, "sk_test_Other2"] {
            #expect(
                try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "everyone"], key: key).string("status")
                    == "FAILED")
        }
    }

    @Test func post_InvalidScenario_Is400_WithOneErrorPerProblem() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.addScenarios(#"{"name": "Bad Name", "status": "CAPTURD", "colour": 1}"#)
        #expect(response.status == 400)
        let errors = try #require(response.value("errors")?.arrayValue)
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { $0.string("code") == "1103" })
        #expect(
            errors.map { $0.string("description") ?? "" }.contains {
                $0.hasPrefix("$.status: \"CAPTURD\" is not a status")
            })
        let broken = sandbox.addScenarios("{\"name\": ")
        #expect(broken.status == 400)
        #expect(broken.string("errors.0.description")?.hasPrefix("1:10: ") == true, "\(broken.text)")
    }

    @Test func post_TheNameOfAShippedOrTestCardScenario_Is400() throws {
        let sandbox = try TestSandbox()
        let shipped = sandbox.addScenarios(#"{"name": "slow", "latency_ms": 1}"#)
        #expect(shipped.status == 400)
        #expect(
            shipped.string("errors.0.description")
                == #"$.name: "slow" is already loaded (built-in); run-time scenarios take other names"#)
        #expect(sandbox.addScenarios(#"{"name": "test-card-cvc-no-match", "status": "FAILED"}"#).status == 400)
    }

    @Test func list_WithAKey_ShowsTheAccountsScenarios_AndTheirCounts() throws {
        let sandbox = try TestSandbox()
        sandbox.addScenarios(#"{"name": "twice", "sequence": [{"count": 2, "status": "DECLINED"}]}"#)
        _ = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "twice"])
        let mine = sandbox.call(.get, "/_sandbox/scenarios").value("scenarios")?.arrayValue ?? []
        #expect(mine.first?.string("name") == "twice")
        #expect(mine.first?.int("answered") == 1)
        let theirs =
            sandbox.call(.get, "/_sandbox/scenarios", key: "sk_test_Other3").value("scenarios")?.arrayValue ?? []
        #expect(!theirs.contains { $0.string("name") == "twice" })
    }

    @Test func precedence_NamedThenAutomaticRuntimeThenFilesInOrder_ThenTestCards() throws {
        let files = try ScenarioFixtures.scenarios(
            #"""
            {"scenarios": [
              {"name": "file-big", "automatic": true, "match": {"amount": {"min": "100"}}, "status": "DECLINED", "code": "505"},
              {"name": "file-kwd", "automatic": true, "match": {"currency": "KWD"}, "status": "DECLINED", "code": "507"}
            ]}
            """#)
        let sandbox = try TestSandbox(scenarios: files)
        // Files in file order: the first rule that matches.
        #expect(try sandbox.tokenCharge(["amount": "150"]).string("response.code") == "505")
        #expect(try sandbox.tokenCharge().string("response.code") == "507")
        #expect(try sandbox.tokenCharge(["currency": #""USD""#]).string("status") == "CAPTURED")
        // A run-time automatic rule comes before the files.
        sandbox.addScenarios(
            #"{"name": "runtime-kwd", "automatic": true, "match": {"currency": "KWD"}, "status": "FAILED"}"#)
        #expect(try sandbox.tokenCharge().string("status") == "FAILED")
        // The named scenario comes before every automatic rule.
        let named = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "restricted"])
        #expect(named.string("status") == "RESTRICTED")
        // Automatic rules come before the test cards (expiry 05/22 would decline 501).
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa, month: 5, year: 2022)
        let overTestCard = sandbox.call(
            .post, "/v2/charges", TestSandbox.paymentBody(source: token, ["threeDSecure": "false"]))
        #expect(overTestCard.string("status") == "FAILED")
        #expect(overTestCard.headers["x-sandbox-scenario"] == "runtime-kwd")
    }

    /// Each fact is read where the request keeps it: body, token, stored customer, route and headers.
    @Test func automaticRules_MatchTheFactsOfRealRequests() throws {
        let sandbox = try TestSandbox()
        sandbox.addScenarios(
            #"""
            {"scenarios": [
              {"name": "by-card", "automatic": true, "match": {"card_number": "0026", "card_expiry": "01/39"}, "status": "DECLINED", "code": "511"},
              {"name": "by-email", "automatic": true, "match": {"customer_email": "vip@example.com"}, "status": "DECLINED", "code": "512"},
              {"name": "by-metadata", "automatic": true, "match": {"metadata": {"case": "m"}}, "status": "DECLINED", "code": "514"},
              {"name": "by-header", "automatic": true, "match": {"headers": {"x-case": "h"}}, "status": "DECLINED", "code": "515"},
              {"name": "by-method", "automatic": true, "match": {"payment_method": "KNET"}, "latency_ms": 1},
              {"name": "on-retrieve", "automatic": true, "match": {"resource": "charge", "operation": "retrieve", "metadata": {}},
               "error": {"status": 503, "code": "9999", "description": "retrieve is down"}}
            ]}
            """#)
        #expect(try sandbox.tokenCharge().string("response.code") == "511")
        // Another card for each charge (tokens are single use), none of which the card rule names.
        let body = { (overrides: [String: String]) throws -> String in
            let token = try sandbox.makeToken("5123450000000008")
            return TestSandbox.paymentBody(source: token, ["threeDSecure": "false"].merging(overrides) { $1 })
        }
        let customer = sandbox.call(.post, "/v2/customers", #"{"first_name":"V","email":"vip@example.com"}"#)
        let customerID = try #require(customer.string("id"))
        let byID = sandbox.call(.post, "/v2/charges", try body(["customer": #"{"id":"\#(customerID)"}"#]))
        #expect(byID.string("response.code") == "512")
        #expect(
            sandbox.call(.post, "/v2/charges", try body(["metadata": #"{"case":"m"}"#])).string("response.code")
                == "514")
        #expect(
            sandbox.call(.post, "/v2/charges", try body([:]), headers: ["x-case": "h"]).string("response.code") == "515"
        )
        let knet = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(["source": #"{"id":"src_kw.knet"}"#]))
        #expect(knet.headers["x-sandbox-scenario"] == "by-method")
        let id = try #require(knet.string("id"))
        let retrieve = sandbox.call(.get, "/v2/charges/\(id)")
        #expect(retrieve.status == 503)
        #expect(retrieve.headers["x-sandbox-scenario"] == "on-retrieve")
    }

    /// A token request with a publishable key has no account: rules apply, but a sequence cannot count.
    @Test func publishableKey_TokenRequests_MeetGlobalScenarios() throws {
        let sandbox = try TestSandbox()
        sandbox.addScenarios(
            #"{"name": "token-down", "match": {"resource": "token"}, "error": {"status": 502, "code": "9999", "description": "x"}}"#,
            key: nil)
        let response = sandbox.call(
            .post, "/v2/tokens", #"{"card":{"number":"4508750015741019","exp_month":1,"exp_year":2039,"cvc":"100"}}"#,
            key: "pk_test_abc", headers: ["x-sandbox-scenario": "token-down"])
        #expect(response.status == 502)
    }
}
