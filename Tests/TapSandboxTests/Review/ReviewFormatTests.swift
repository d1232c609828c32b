import Foundation
import Testing

@testable import TapSandbox

/// `GET /_sandbox/review` as machines and people read it: the JSON shape, scope with and without a key,
/// the HTML page (escaping hostile values) and README's CI one-liner over a real socket.
@Suite(.timeLimit(.minutes(1))) struct ReviewFormatTests {
    static let checkIDs = [
        "reference.order", "reference.transaction", "reference.idempotent", "post.url", "webhooks.answered_2xx",
        "webhooks.hashstring", "redirect.retrieved", "refunds.api", "keys.no_live_key", "urls.reachable",
        "urls.not_production", "payment_methods.completed",
    ]
    static let other = "sk_test_AnotherMerchant7"

    @Test func review_WithAKey_IsOneObjectWithEveryCheckInOrder() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.createCharge()
        let review = sandbox.review()
        #expect(review.status == 200)
        #expect(review.headers["content-type"] == "application/json")
        #expect(review.string("object") == "review")
        #expect(review.string("merchant_id") == sandbox.store.account(TestSandbox.key).merchant.id)
        #expect(review.string("status") == "fail")
        let checks = try #require(review.value("checks")?.arrayValue)
        #expect(checks.compactMap { $0.string("id") } == Self.checkIDs)
        for check in checks {
            for field in ["title", "status", "summary", "fix", "guideline"] {
                #expect(check.string(field)?.isEmpty == false, "\(check.string("id") ?? "") has no \(field)")
            }
            #expect(check.string("source")?.hasPrefix("https://developers.tap.company/docs/") == true)
            #expect(["pass", "fail", "not_exercised"].contains(check.string("status") ?? ""))
            #expect(check.at("evidence")?.arrayValue != nil)
        }
        let counts = ["pass", "fail", "not_exercised"].map { status in
            review.value("summary.\(status)")?.numberValue?.int64Value ?? -1
        }
        #expect(counts.reduce(0, +) == 12)
        #expect(counts[1] == Int64(checks.count { $0.string("status") == "fail" }))
    }

    @Test func review_CapsTheEvidenceAndSaysHowMuchThereWas() throws {
        let sandbox = try TestSandbox()
        for _ in 0..<25 { _ = try sandbox.createCharge(["reference": #"{"transaction":"t"}"#]) }
        let check = try sandbox.check("reference.order")
        #expect(check.at("evidence")?.arrayValue?.count == ReviewCheck.evidenceLimit)
        #expect(check.at("evidence_total") == 25)
    }

    @Test func review_WithoutAKey_ListsEveryAccount_OrTheOneMerchantIDNames() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.createCharge()
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), key: Self.other).status == 200)
        let all = sandbox.call(.get, "/_sandbox/review", key: nil)
        #expect(all.string("object") == "list")
        #expect(all.value("count") == 2)
        let merchant = sandbox.store.account(Self.other).merchant.id
        let one = sandbox.call(.get, "/_sandbox/review?merchant_id=\(merchant)", key: nil)
        #expect(one.value("count") == 1)
        #expect(one.string("reviews.0.merchant_id") == merchant)
        #expect(sandbox.call(.get, "/_sandbox/review?merchant_id=0", key: nil).value("count") == 0)
    }

    @Test func reviewPage_IsHTMLForBrowsers_WithEveryCheck() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.createCharge()
        let page = sandbox.call(.get, "/_sandbox/review", headers: ["accept": "text/html,application/xhtml+xml"])
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.hasPrefix("<!doctype html>"))
        for id in Self.checkIDs { #expect(page.text.contains("<code>\(id)</code>"), "no \(id)") }
        #expect(page.text.contains("✗ Fail"))
        #expect(page.text.contains(#"href="https://developers.tap.company/docs/recommendations-best-practices#"#))
        #expect(!page.text.contains("<script"))
        let empty = sandbox.call(.get, "/_sandbox/review?merchant_id=0", key: nil, headers: ["accept": "text/html"])
        #expect(empty.text.contains("No account yet"))
    }

    @Test func reviewPage_EscapesHostileValues() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.createCharge([
            "post": #"{"url":"http://127.0.0.1:9/hook?<script>alert(1)</script>"}"#,
            "redirect": #"{"url":"https://x.com/\"><img/src=x/onerror=alert(2)>"}"#,
            "reference": #"{"order":"<b onmouseover=alert(3)>o</b>","transaction":"t&amp"}"#,
        ])
        let page = sandbox.call(.get, "/_sandbox/review", headers: ["accept": "text/html"]).text
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img/src"))
        #expect(!page.contains("<b onmouseover"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&quot;&gt;&lt;img/src=x/onerror=alert(2)&gt;"))
        #expect(page.contains("&lt;b onmouseover=alert(3)&gt;o&lt;/b&gt;"))
        #expect(page.contains("t&amp;amp"))
    }

    /// README's one-liner, run as written (with this sandbox's port): exit status 1 while a check fails,
    /// 0 while none does.
    @Test func ciOneLiner_FromREADME_ExitsOneOnAFailingReview() throws {
        let sandbox = try TestSandbox()
        let command = try Self.readmeOneLiner().replacingOccurrences(of: "7800", with: String(sandbox.port))
        _ = sandbox.review()
        let passing = try Self.run(command)
        #expect(passing.status == 0, "\(passing.output)")
        _ = try sandbox.createCharge(["reference": #"{"transaction":"t"}"#])
        #expect(try sandbox.status(of: "reference.order") == "fail")
        let failing = try Self.run(command)
        #expect(failing.status == 1, "\(failing.output)")
        let page = sandbox.call(.get, "/_sandbox/review", headers: ["accept": "text/html"]).text
        #expect(ReviewPage.ciCommand == (try Self.readmeOneLiner()))
        #expect(page.contains(HTML.escape(ReviewPage.ciCommand)))
    }

    /// The fenced command under README's "Integration review" that starts with `curl` and fails the build.
    static func readmeOneLiner() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../README.md")
        let lines = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(
            lines.firstIndex { $0.hasPrefix(#"curl -s -H "Authorization: Bearer $TAP_SECRET_KEY""#) })
        return lines[start] + "\n" + lines[start + 1]
    }

    /// Runs `command` with `sh -c`; its exit status and what it wrote.
    static func run(_ command: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        // Loopback only: no proxy may stand between curl and the sandbox.
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.lowercased().contains("proxy") }
        environment["TAP_SECRET_KEY"] = TestSandbox.key
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func evidence_RoundTripsThroughCodable() throws {
        let sandbox = try TestSandbox { $0.webhookRetryDelaysMs = [] }
        let receiver = try WebhookReceiver([.verify(key: TestSandbox.key)])
        try ReviewWebhookTests.deliveredCharge(sandbox, to: receiver.url)
        #expect(sandbox.call(.post, "/_sandbox/review/probe").status == 200)
        let id = try ReviewPaymentTests.redirectedCharge(sandbox)
        _ = sandbox.call(.get, "/v2/charges/\(id)")
        let evidence = sandbox.store.account(TestSandbox.key).read { $0.review }
        #expect(evidence.probes.count == 1)
        #expect(evidence.retrievals.count == 1)
        let decoded = try JSONDecoder().decode(ReviewEvidence.self, from: JSONEncoder().encode(evidence))
        #expect(decoded == evidence)
    }
}
