import Dispatch
import Foundation
import Testing

@testable import TapSandbox

/// Each shipped scenario (CONTRACT.md §6) through the HTTP API, picked by name as a merchant's test would.
@Suite struct ShippedScenarioTests {
    static let results: [(String, String, String)] = [
        ("insufficient-funds", "DECLINED", "505"), ("do-not-honor", "DECLINED", "501"),
        ("expired-card", "FAILED", "407"),
        ("3ds-failed", "DECLINED", "516"), ("restricted", "RESTRICTED", "701"), ("timeout", "TIMEDOUT", "801"),
        ("unknown", "UNKNOWN", "901"),
    ]

    @Test(arguments: results)
    func resultScenario_ByHeader_SettlesACardChargeAtOnce(name: String, status: String, code: String) throws {
        let sandbox = try TestSandbox()
        let response = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": name])
        #expect(response.status == 200)
        #expect(response.string("status") == status)
        #expect(response.string("response.code") == code)
        #expect(response.string("response.message") == ResponseCode.message(for: code))
        #expect(response.headers["x-sandbox-scenario"] == name)
        let id = try #require(response.string("id"))
        #expect(sandbox.store.account(TestSandbox.key).read { $0.charges[id]?.scenario } == name)
        let journal = sandbox.call(.get, "/_sandbox/requests").value("requests")?.arrayValue?.last
        #expect(journal?.string("scenario") == name)
    }

    @Test(arguments: results)
    func resultScenario_ByMetadata_SettlesAnAuthorize(name: String, status: String, code: String) throws {
        let sandbox = try TestSandbox()
        let response = try sandbox.tokenCharge(["metadata": #"{"sandbox_scenario":"\#(name)"}"#], kind: .authorize)
        #expect(response.string("status") == status)
        #expect(response.string("response.code") == code)
        #expect(response.string("metadata.sandbox_scenario") == name)
        #expect(response.headers["x-sandbox-scenario"] == name)
    }

    /// Where the customer must act, the payment waits and the scenario answers the customer's approval.
    @Test(arguments: results)
    func resultScenario_OnTheHostedPage_AnswersTheApproval(name: String, status: String, code: String) throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(headers: ["x-sandbox-scenario": name])
        #expect(sandbox.retrieve(id).string("status") == "INITIATED")
        let redirect = sandbox.submitJSON(
            id,
            #"{"action":"approve","card_number":"4508750015741019","expiry":"01/39","cvv":"100","step":"challenge"}"#)
        #expect(redirect.status == 302)
        let charge = sandbox.retrieve(id)
        #expect(charge.string("status") == status)
        #expect(charge.string("response.code") == code)
    }

    @Test func resultScenario_OnATokenization_DecidesEveryPaymentWithTheToken() throws {
        let sandbox = try TestSandbox()
        let token = sandbox.call(
            .post, "/v2/tokens", #"{"card":{"number":"4012000033330026","exp_month":1,"exp_year":2039,"cvc":"100"}}"#,
            headers: ["x-sandbox-scenario": "insufficient-funds"])
        #expect(token.headers["x-sandbox-scenario"] == "insufficient-funds")
        let id = try #require(token.string("id"))
        let charge = sandbox.call(.post, "/v2/charges", TestSandbox.paymentBody(source: id, ["threeDSecure": "false"]))
        #expect(charge.string("status") == "DECLINED")
        #expect(charge.string("response.code") == "505")
    }

    /// A 3-D Secure enrolled card still shows its challenge; the scenario answers it.
    @Test func threeDSFailed_EnrolledCard_IsInitiated_ThenDeclined516AfterTheChallenge() throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(TestSandbox.enrolledVisa)
        let created = sandbox.call(
            .post, "/v2/charges", TestSandbox.paymentBody(source: token), headers: ["x-sandbox-scenario": "3ds-failed"])
        let id = try #require(created.string("id"))
        #expect(created.string("status") == "INITIATED")
        sandbox.submitForm(id, "step=challenge&action=approve&otp=1234")
        #expect(sandbox.retrieve(id).string("response.code") == "516")
    }

    @Test func serverError_Answers500WithCode9999_AndStoresNothing() throws {
        let sandbox = try TestSandbox()
        let response = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "server-error"])
        #expect(response.status == 500)
        #expect(response.errorCode == "9999")
        #expect(response.string("errors.0.description") == "Internal server error")
        #expect(response.headers["x-sandbox-scenario"] == "server-error")
        #expect(sandbox.storedCount() == 0)
        let retrieve = sandbox.call(.get, "/v2/charges/chg_unknown", headers: ["x-sandbox-scenario": "server-error"])
        #expect(retrieve.status == 500)
        let journal = sandbox.call(.get, "/_sandbox/requests").value("requests")?.arrayValue?.last
        #expect(journal?.int("status") == 500)
        #expect(journal?.string("scenario") == "server-error")
    }

    @Test func rateLimited_Answers429WithRetryAfter_AndStoresNothing() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/customers", #"{"first_name":"A","email":"a@b.c"}"#,
            headers: ["x-sandbox-scenario": "rate-limited"])
        #expect(response.status == 429)
        #expect(response.errorCode == "429")
        #expect(response.headers["retry-after"] == "1")
        #expect(sandbox.store.account(TestSandbox.key).read { $0.customers.count } == 0)
    }

    /// The gate of a slow answer is held by a real-time timer (never by a sleeping event loop).
    @Test(.timeLimit(.minutes(1))) func slow_HoldsTheAnswerTwoSeconds() throws {
        let sandbox = try TestSandbox()
        var headers: HTTPHeaders = ["authorization": "Bearer \(TestSandbox.key)", "x-sandbox-scenario": "slow"]
        headers.add(name: "content-type", value: "application/json")
        let started = Date()
        let response = sandbox.sandbox.app.respond(
            to: HTTPRequest(method: .get, path: "/v2/charges/chg_missing", headers: headers, body: []))
        #expect(response.status.code == 404)
        #expect(response.headers["x-sandbox-scenario"] == "slow")
        let gate = try #require(response.gate)
        #expect(!gate.isOpen)
        let opened = DispatchSemaphore(value: 0)
        gate.whenOpen { opened.signal() }
        #expect(opened.wait(timeout: .now() + 10) == .success)
        #expect(Date().timeIntervalSince(started) >= 1.5)
    }

    @Test func failThenSucceed_FirstCreationFails_TheRetryWithTheSameKeyGoesThrough() throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let body = TestSandbox.paymentBody(
            source: token,
            [
                "threeDSecure": "false",
                "reference": #"{"transaction":"txn_1","order":"ord_1","idempotent":"order-1"}"#,
            ])
        let headers = ["x-sandbox-scenario": "fail-then-succeed"]
        let first = sandbox.call(.post, "/v2/charges", body, headers: headers)
        #expect(first.status == 500)
        #expect(sandbox.storedCount() == 0)
        let retry = sandbox.call(.post, "/v2/charges", body, headers: headers)
        #expect(retry.status == 200)
        #expect(retry.string("status") == "CAPTURED")
        #expect(retry.headers["x-sandbox-scenario"] == nil)
        let again = sandbox.call(.post, "/v2/charges", body, headers: headers)
        #expect(again.string("id") == retry.string("id"))
        #expect(sandbox.storedCount() == 1)
        // The count is the account's state: a reset starts over.
        _ = sandbox.call(.post, "/_sandbox/reset")
        #expect(try sandbox.tokenCharge(headers: headers).status == 500)
    }

    @Test func knetCancelled_CancelsAKNETPayment_AndLeavesACardPaymentAlone() throws {
        let sandbox = try TestSandbox()
        let headers = ["x-sandbox-scenario": "knet-cancelled"]
        let id = try sandbox.createCharge(["source": #"{"id":"src_kw.knet"}"#], headers: headers)
        sandbox.submitJSON(id, #"{"action":"approve","card_number":"8888880000000001","expiry":"09/25","pin":"1234"}"#)
        #expect(sandbox.retrieve(id).string("status") == "CANCELLED")
        #expect(sandbox.retrieve(id).string("response.code") == "302")
        let card = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), headers: headers)
        #expect(card.headers["x-sandbox-scenario"] == nil)
        let cardID = try #require(card.string("id"))
        sandbox.submitJSON(
            cardID,
            #"{"action":"approve","card_number":"4508750015741019","expiry":"01/39","cvv":"100","step":"challenge"}"#)
        #expect(sandbox.retrieve(cardID).string("status") == "CAPTURED")
    }

    @Test func benefitDeclined_DeclinesTheApprovalOnTheBenefitPage() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(
            ["currency": #""BHD""#, "source": #"{"id":"src_bh.benefit"}"#],
            headers: ["x-sandbox-scenario": "benefit-declined"])
        sandbox.submitJSON(id, #"{"action":"approve","card_number":"4600410123456789","expiry":"12/27","pin":"1234"}"#)
        #expect(sandbox.retrieve(id).string("status") == "DECLINED")
        #expect(sandbox.retrieve(id).string("response.code") == "501")
    }

    /// The customer's own choice on the page (cancel) wins over the scenario's result.
    @Test func customerCancel_WinsOverTheScenario() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(headers: ["x-sandbox-scenario": "insufficient-funds"])
        sandbox.submitJSON(id, #"{"action":"cancel"}"#)
        #expect(sandbox.retrieve(id).string("status") == "CANCELLED")
    }

    @Test func unknownName_Is400_AndStoresNothing() throws {
        let sandbox = try TestSandbox()
        let response = try sandbox.tokenCharge(headers: ["x-sandbox-scenario": "insufficient-fund"])
        #expect(response.status == 400)
        #expect(response.errorCode == "1103")
        #expect(response.string("errors.0.description")?.contains("\"insufficient-fund\"") == true)
        #expect(sandbox.storedCount() == 0)
        let byMetadata = try sandbox.tokenCharge(["metadata": #"{"sandbox_scenario":"nope"}"#])
        #expect(byMetadata.status == 400)
    }

    @Test func names_AreReadWithoutRegardToCase() throws {
        let sandbox = try TestSandbox()
        let response = try sandbox.tokenCharge(headers: ["X-Sandbox-Scenario": " Insufficient-Funds "])
        #expect(response.string("response.code") == "505")
    }
}
