import Foundation
import Testing

@testable import TapSandbox

/// `POST /_sandbox/pay/{id}` over HTTP (CONTRACT.md §5): every action, the redirect, double submission
/// and expiry.
@Suite struct HostedPageRoutesTests {
    @Test(arguments: [
        ("approve", "CAPTURED", "000"),
        ("decline", "DECLINED", "501"),
        ("fail3ds", "DECLINED", "516"),
        ("cancel", "CANCELLED", "302"),
    ])
    func submit_EveryAction_SettlesAndRedirectsWithTapID(action: String, status: String, code: String) throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let response = sandbox.submitForm(id, "action=\(action)")
        #expect(response.status == 302)
        #expect(response.headers["location"] == "http://127.0.0.1:9/return?tap_id=\(id)")
        let charge = sandbox.retrieve(id)
        #expect(charge.string("status") == status)
        #expect(charge.string("response.code") == code)
        #expect(charge.string("redirect.status") == "SUCCESS")
        #expect(charge.string("transaction.url") == nil)
        let activities = try #require(charge.value("activities")?.arrayValue)
        #expect(activities.map { $0["status"]?.stringValue } == ["INITIATED", status])
    }

    @Test func submit_AsJSON_SettlesLikeTheForm() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let response = sandbox.submitJSON(id, #"{"action":"cancel"}"#)
        #expect(response.status == 302)
        #expect(sandbox.retrieve(id).string("status") == "CANCELLED")
    }

    @Test func submit_Authorize_SettlesToAuthorized() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createAuthorize(["auto": #"{"type":"VOID","time":2}"#])
        #expect(id.hasPrefix("auth_"))
        #expect(sandbox.page(id).status == 200)
        let response = sandbox.submitForm(id, "action=approve&card_number=4508750015741019&expiry=01%2F39&cvv=100")
        #expect(response.headers["location"] == "http://127.0.0.1:9/return?tap_id=\(id)")
        let authorize = sandbox.retrieve(id)
        #expect(authorize.string("status") == "AUTHORIZED")
        #expect(authorize.string("response.code") == "001")
        #expect(authorize.string("auto.status") == "SCHEDULED")
        #expect(authorize.string("source.payment_method") == "VISA")
    }

    @Test(arguments: [
        ("http://shop.test/return", "http://shop.test/return?tap_id=ID"),
        ("http://shop.test/return?a=1&b=2", "http://shop.test/return?a=1&b=2&tap_id=ID"),
        ("http://shop.test/return?a=1&b=2#done", "http://shop.test/return?a=1&b=2&tap_id=ID#done"),
        ("http://shop.test/return#done", "http://shop.test/return?tap_id=ID#done"),
    ])
    func submit_KeepsTheMerchantsQueryAndFragment(redirect: String, expected: String) throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["redirect": #"{"url":"\#(redirect)"}"#])
        let response = sandbox.submitJSON(id, #"{"action":"approve"}"#)
        #expect(response.status == 302)
        #expect(response.headers["location"] == expected.replacingOccurrences(of: "ID", with: id))
    }

    @Test func submit_Twice_SecondChangesNothingAndRedirectsAgain() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let first = sandbox.submitForm(id, "action=approve")
        let settled = sandbox.retrieve(id)
        let second = sandbox.submitForm(id, "action=decline")
        #expect(second.status == 302)
        #expect(second.headers["location"] == first.headers["location"])
        let after = sandbox.retrieve(id)
        #expect(after.string("status") == "CAPTURED")
        #expect(after.value("activities") == settled.value("activities"))
        #expect(after.text == settled.text)
    }

    @Test func settledPayment_PageShowsTheFinalStateWithoutAForm() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        sandbox.submitForm(id, "action=fail3ds")
        let page = sandbox.page(id)
        #expect(page.status == 200)
        #expect(page.text.contains("Payment declined"))
        #expect(page.text.contains("516 Declined, Authentication Failed"))
        #expect(!page.text.contains("<form"))
        #expect(page.text.contains(#"href="http://127.0.0.1:9/return?tap_id=\#(id)""#))
    }

    @Test func expiredPayment_ShowsAbandoned_AndCannotBeSettled() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["transaction": #"{"expiry":{"period":5,"type":"MINUTE"}}"#])
        sandbox.advance(seconds: 5 * 60)
        let page = sandbox.page(id)
        #expect(page.text.contains("Payment expired"))
        #expect(!page.text.contains("<form"))
        let response = sandbox.submitForm(id, "action=approve")
        #expect(response.status == 302)
        let charge = sandbox.retrieve(id)
        #expect(charge.string("status") == "ABANDONED")
        #expect(charge.string("response.code") == "301")
    }

    @Test func expiredPayment_BeforeTheSchedulerRan_IsAbandonedByTheSubmission() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let account = sandbox.store.account(TestSandbox.key)
        let payment = try #require(account.read { $0.charges[id] })
        var state = AccountState()
        state.put(payment)
        var transaction = Transaction(now: payment.expiresAt, ids: sandbox.store.ids)
        let outcome = HostedSettlement.Outcome(status: .captured, code: "000", card: nil)
        let settled = try HostedSettlement.apply(outcome, to: id, state: &state, transaction: &transaction)
        #expect(settled.status == .abandoned)
        #expect(settled.activities.last?.createdAt == payment.expiresAt)
        #expect(state.charges[id]?.status == .abandoned)
        #expect(HostedPageRoutes.shown(payment, now: payment.expiresAt - 1).status == .initiated)
        #expect(HostedPageRoutes.shown(payment, now: payment.expiresAt).status == .abandoned)
    }

    @Test func settlement_ThatLostARace_ChangesNothingButTheRedirectStatus() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let account = sandbox.store.account(TestSandbox.key)
        var payment = try #require(account.read { $0.charges[id] })
        payment.transition(to: .captured, at: payment.createdAt + 1)
        var state = AccountState()
        state.put(payment)
        var transaction = Transaction(now: payment.createdAt + 2, ids: sandbox.store.ids)
        let late = HostedSettlement.Outcome(status: .declined, code: "501", card: nil)
        let result = try HostedSettlement.apply(late, to: id, state: &state, transaction: &transaction)
        #expect(result.status == .captured)
        #expect(result.activities == payment.activities)
        #expect(state.charges[id]?.redirect?.status == "SUCCESS")
        #expect(transaction.events.isEmpty)
    }

    @Test func idempotentRepeat_OfAnInitiatedCharge_ReturnsTheSameTransactionURL() throws {
        let sandbox = try TestSandbox()
        let body = TestSandbox.chargeBody(["reference": #"{"order":"ord_1","idempotent":"key-42"}"#])
        let first = sandbox.call(.post, "/v2/charges", body)
        let second = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody([
            "amount": "9", "reference": #"{"idempotent":"key-42"}"#,
        ]))
        let url = try #require(first.string("transaction.url"))
        #expect(second.string("id") == first.string("id"))
        #expect(second.string("transaction.url") == url)
        #expect(url.hasSuffix("/_sandbox/pay/" + (first.string("id") ?? "")))
    }

    @Test func unknownPayment_IsAPageForBrowsers_AndTapsErrorForJSON() throws {
        let sandbox = try TestSandbox()
        let page = sandbox.page("chg_nope")
        #expect(page.status == 404)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(sandbox.submitForm("chg_nope", "action=approve").status == 404)
        let json = sandbox.submitJSON("chg_nope", #"{"action":"approve"}"#)
        #expect(json.status == 404)
        #expect(json.errorCode == "1144")
        #expect(sandbox.submitJSON("auth_nope", #"{"action":"approve"}"#).errorCode == "1115")
    }

    @Test func unknownAction_IsRefused_AndNothingChanges() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let json = sandbox.submitJSON(id, #"{"action":"steal"}"#)
        #expect(json.status == 400)
        #expect(json.errorCode == "1103")
        let form = sandbox.submitForm(id, "action=")
        #expect(form.status == 400)
        #expect(form.text.contains("Choose an action on the page."))
        #expect(sandbox.retrieve(id).string("status") == "INITIATED")
    }
}
