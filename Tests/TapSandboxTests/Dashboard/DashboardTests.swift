import Testing

@testable import TapSandbox

/// The dashboard (CONTRACT.md §8): the self-contained page and its open JSON endpoints `GET /_sandbox/objects`
/// and `GET /_sandbox/objects/{id}`. scripts/dashboard_test.py drives the page itself in Chromium.
@Suite(.timeLimit(.minutes(1))) struct DashboardTests {
    static let other = "sk_test_SecondMerchant99"
    static let hostile = #"<img src=x onerror="alert(1)">&amp;</script>"#

    @Test func page_IsSelfContainedHTML_WithNoDataInIt() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.createCharge(["description": Self.jsonString(Self.hostile)])
        let page = sandbox.call(.get, "/_sandbox/", key: nil)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.headers["cache-control"] == "no-store")
        #expect(page.text.hasPrefix("<!doctype html>"))
        #expect(page.text.contains("<style>") && page.text.contains("<script>"))
        // No external asset: no URL of another host, no src, no stylesheet link.
        #expect(!page.text.contains("http://") && !page.text.contains("https://"))
        #expect(!page.text.contains(" src=") && !page.text.contains("<link"))
        // Data reaches the page as text nodes only.
        #expect(!page.text.contains("innerHTML") && !page.text.contains("outerHTML"))
        #expect(!page.text.contains("insertAdjacentHTML") && !page.text.contains("document.write"))
        #expect(!page.text.contains("onerror") && !page.text.contains(TestSandbox.key))
        #expect(sandbox.call(.get, "/_sandbox", key: nil).text == page.text)
    }

    /// Deliveries shaped by a scenario say so in their label: wrong hashstring, duplicate; replays say replay.
    @Test func objects_LabelScenarioDeliveriesApartFromReplays() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        for scenario in ["webhook-bad-signature", "webhook-duplicate"] {
            let id = try #require(try ScenarioWebhookTests.pay(sandbox, scenario, receiver: receiver).string("id"))
            let first = try #require(sandbox.deliveries(of: id).first?.string("id"))
            #expect(sandbox.call(.post, "/_sandbox/webhooks/\(first)/replay").status == 200)
        }
        let labels = sandbox.call(.get, "/_sandbox/objects?kind=webhook", key: nil).value("objects")?.arrayValue?
            .compactMap { $0.string("label") } ?? []
        #expect(labels.count { $0.hasSuffix("(wrong hashstring)") } == 1, "\(labels)")
        #expect(labels.count { $0.hasSuffix("(duplicate)") } == 1, "\(labels)")
        #expect(labels.count { $0.hasSuffix("(replay)") } == 2, "\(labels)")
    }

    @Test func objects_ListsAccountsWithMaskedKeys_AndEveryKindNewestFirst() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let charge = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        sandbox.waitForDeliveries(of: charge) { $0.first?.string("status") == "SUCCESS" }
        sandbox.advance(seconds: 1)
        let refund = try #require(sandbox.refund(charge).string("id"))
        sandbox.advance(seconds: 6)
        let payout = try #require(sandbox.settlePayouts().string("payouts.0.id"))
        sandbox.advance(seconds: 1)
        let authorize = try sandbox.createAuthorize()
        let theirs = try #require(
            sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), key: Self.other).string("id"))
        let list = sandbox.call(.get, "/_sandbox/objects", key: nil)
        #expect(list.status == 200)
        #expect(list.string("object") == "sandbox_objects")
        let accounts = try #require(list.value("accounts")?.arrayValue)
        #expect(accounts.count == 2)
        #expect(Set(accounts.compactMap { $0.string("key") }) == ["sk_test_…PjhJ", "sk_test_…nt99"])
        #expect(!list.text.contains(TestSandbox.key) && !list.text.contains(Self.other))
        let mine = try #require(accounts.first { $0.string("key") == "sk_test_…PjhJ" })
        #expect(mine.at("counts.charge") == 1 && mine.at("counts.refund") == 1 && mine.at("counts.payout") == 1)
        let objects = try #require(list.value("objects")?.arrayValue)
        let kinds = Dictionary(objects.map { ($0.string("id") ?? "", $0.string("kind") ?? "") }) { $1 }
        #expect(kinds[charge] == "charge" && kinds[refund] == "refund" && kinds[payout] == "payout")
        #expect(kinds[authorize] == "authorize" && kinds[theirs] == "charge")
        #expect(objects.contains { $0.string("kind") == "webhook" && $0.string("related") == charge })
        let created = objects.compactMap { $0.int("created") }
        #expect(created == created.sorted(by: >))
        let row = try #require(objects.first { $0.string("id") == charge })
        #expect(row.string("amount") == "1.500" && row.string("currency") == "KWD")
        #expect(row.string("status") == "CAPTURED")
        #expect(list.value("count") == .number(JSONNumber(objects.count)))
    }

    @Test(arguments: [
        ("kind=refund", ["refund"]), ("status=INITIATED", ["pending"]), ("q=ORD_FIND", ["found"]),
        ("q=found%40example.com", ["found"]), ("kind=charge&status=CAPTURED", ["captured", "found"]),
    ])
    func objects_Filter(query: String, expected: [String]) throws {
        let sandbox = try TestSandbox()
        let ids = try Self.filterFixture(sandbox)
        let list = sandbox.call(.get, "/_sandbox/objects?" + query, key: nil)
        let found = list.value("objects")?.arrayValue?.compactMap { $0.string("id") } ?? []
        #expect(Set(found) == Set(expected.compactMap { ids[$0] }))
        #expect(list.value("count") == .number(JSONNumber(expected.count)))
    }

    @Test func objects_FilterByMerchant_AndLimit() throws {
        let sandbox = try TestSandbox()
        _ = try Self.filterFixture(sandbox)
        let theirs = try #require(
            sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), key: Self.other).string("id"))
        let merchant = sandbox.store.account(Self.other).merchant.id
        let scoped = sandbox.call(.get, "/_sandbox/objects?merchant_id=\(merchant)", key: nil)
        #expect(scoped.value("objects")?.arrayValue?.compactMap { $0.string("id") } == [theirs])
        #expect(scoped.value("accounts")?.arrayValue?.count == 2)
        let limited = sandbox.call(.get, "/_sandbox/objects?limit=2", key: nil)
        #expect(limited.value("objects")?.arrayValue?.count == 2)
        #expect(limited.value("count") == 5)
        #expect(limited.value("limit") == 2)
    }

    @Test func objects_CarryHostileTextAsJSONStrings() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["description": Self.jsonString(Self.hostile)])
        let list = sandbox.call(.get, "/_sandbox/objects", key: nil)
        let row = try #require(list.value("objects")?.arrayValue?.first { $0.string("id") == id })
        #expect(row.string("label")?.hasSuffix(Self.hostile) == true)
        let detail = sandbox.call(.get, "/_sandbox/objects/\(id)", key: nil)
        #expect(detail.string("data.description") == Self.hostile)
        #expect(detail.string("data_text")?.contains("\"description\": " + Self.jsonString(Self.hostile)) == true)
    }

    @Test func detail_ShowsThePaymentAsGETDoes_WithEveryAttemptAndItsSignature() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let charge = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        sandbox.waitForCompletedAttempts(1, of: charge)
        let refund = try #require(sandbox.refund(charge).string("id"))
        let detail = sandbox.call(.get, "/_sandbox/objects/\(charge)", key: nil)
        #expect(detail.status == 200)
        #expect(detail.string("kind") == "charge")
        #expect(detail.string("summary.amount") == "1.500")
        #expect(detail.value("data") == sandbox.call(.get, "/v2/charges/\(charge)").json)
        let attempt = try #require(detail.value("deliveries.0.attempts.0"))
        #expect(attempt.string("request.headers.hashstring")?.count == 64)
        #expect(attempt.int("response.status") == 200)
        #expect(detail.string("related.0.id") == refund && detail.string("related.0.kind") == "refund")
        #expect(detail.string("data_text")?.contains("\"amount\": 1.500") == true)
        #expect(detail.value("hosted_page") == nil)
    }

    @Test func detail_OfAPendingPayment_OffersTheHostedPage_AndIsNoMerchantRetrieve() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let pending = sandbox.call(.get, "/_sandbox/objects/\(id)", key: nil)
        #expect(pending.string("hosted_page") == "/_sandbox/pay/\(id)")
        #expect(pending.string("redirect_to") == "http://127.0.0.1:9/return?tap_id=\(id)")
        #expect(sandbox.submitJSON(id, #"{"action":"approve"}"#).status == 302)
        #expect(sandbox.call(.get, "/_sandbox/objects/\(id)", key: nil).value("hosted_page") == nil)
        #expect(try sandbox.status(of: "redirect.retrieved") == "fail")
    }

    @Test func detail_CoversRefundsPayoutsAndDeliveries_And404sTheUnknown() throws {
        let receiver = try WebhookReceiver()
        let sandbox = try TestSandbox()
        let charge = try #require(sandbox.capturedCharge(postURL: receiver.url).string("id"))
        let delivery = try #require(sandbox.waitForCompletedAttempts(1, of: charge).first?.string("id"))
        let refund = try #require(sandbox.refund(charge).string("id"))
        sandbox.advance(seconds: 6)
        let payout = try #require(sandbox.settlePayouts().string("payouts.0.id"))
        let refundDetail = sandbox.call(.get, "/_sandbox/objects/\(refund)", key: nil)
        #expect(refundDetail.string("kind") == "refund" && refundDetail.string("data.charge_id") == charge)
        let payoutDetail = sandbox.call(.get, "/_sandbox/objects/\(payout)", key: nil)
        #expect(payoutDetail.string("kind") == "payout" && payoutDetail.string("related.0.id") == charge)
        let deliveryDetail = sandbox.call(.get, "/_sandbox/objects/\(delivery)", key: nil)
        #expect(deliveryDetail.string("kind") == "webhook")
        #expect(deliveryDetail.string("data.object_id") == charge)
        #expect(deliveryDetail.string("data.attempts.0.request.headers.hashstring")?.count == 64)
        let unknown = sandbox.call(.get, "/_sandbox/objects/chg_nothing", key: nil)
        #expect(unknown.status == 404)
        #expect(unknown.errorCode == "2102")
    }

    /// A captured charge, a pending one, one found by reference and email, and a refund.
    static func filterFixture(_ sandbox: TestSandbox) throws -> [String: String] {
        let captured = try sandbox.capturedChargeID()
        let found = try sandbox.capturedChargeID([
            "reference": #"{"order":"ord_find_me","transaction":"t"}"#,
            "customer": #"{"first_name":"F","email":"found@example.com"}"#,
        ])
        let pending = try sandbox.createCharge()
        let refund = try #require(sandbox.refund(captured).string("id"))
        return ["captured": captured, "found": found, "pending": pending, "refund": refund]
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        String(decoding: JSONValue.string(text).encoded(), as: UTF8.self)
    }
}
