import Testing

@testable import TapSandbox

/// Cards typed on the hosted page (spec §12.2): outcomes, the 3-D Secure step, refused input, KNET and
/// Benefit pages, and card tokens that need a challenge.
@Suite struct HostedPageCardTests {
    @Test(arguments: [
        ("4508750015741019", "01/39", "100", "CAPTURED", "000"),
        ("4508750015741019", "05/22", "100", "DECLINED", "501"),
        ("4508750015741019", "04/27", "100", "FAILED", "407"),
        ("4508750015741019", "08/28", "100", "TIMEDOUT", "801"),
        ("4508750015741019", "01/37", "100", "DECLINED", "513"),
        ("4508750015741019", "02/37", "100", "FAILED", "408"),
        ("4508750015741019", "05/37", "100", "UNKNOWN", "901"),
        ("5123450000000008", "01/39", "102", "DECLINED", "502"),
        ("345678901234564", "01/39", "1020", "DECLINED", "502"),
        ("4012000033330026", "01/39", "100", "DECLINED", "504"),
    ])
    func approve_WithACard_GivesTheTestCardsOutcome(
        number: String, expiry: String, cvv: String, status: String, code: String
    ) throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let response = sandbox.submitJSON(
            id, #"{"action":"approve","card_number":"\#(number)","expiry":"\#(expiry)","cvv":"\#(cvv)"}"#)
        #expect(response.status == 302)
        let charge = sandbox.retrieve(id)
        #expect(charge.string("status") == status)
        #expect(charge.string("response.code") == code)
        #expect(charge.string("card.first_six") == String(number.prefix(6)))
        #expect(charge.string("card.last_four") == String(number.suffix(4)))
    }

    @Test func cardStep_WithAnEnrolledCard_ShowsTheChallenge_ThenAuthenticates() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let challenge = sandbox.submitForm(
            id, "step=card&action=approve&card_number=4508+7500+1574+1019&expiry=01%2F39&cvv=100")
        #expect(challenge.status == 200)
        #expect(challenge.text.contains("3-D Secure verification"))
        #expect(challenge.text.contains("VISA •••• 1019"))
        #expect(challenge.text.contains(#"<input type="hidden" name="step" value="challenge">"#))
        #expect(sandbox.retrieve(id).string("status") == "INITIATED")
        let done = sandbox.submitForm(
            id, "step=challenge&action=approve&card_number=4508+7500+1574+1019&expiry=01%2F39&cvv=100&otp=1")
        #expect(done.status == 302)
        let charge = sandbox.retrieve(id)
        #expect(charge.string("status") == "CAPTURED")
        #expect(charge.string("source.payment_method") == "VISA")
        #expect(charge.string("card.scheme") == "VISA")
    }

    @Test func cardStep_WithoutThreeDSecure_SettlesAtOnce() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["threeDSecure": "false"])
        let response = sandbox.submitForm(
            id, "step=card&action=approve&card_number=4012000033330026&expiry=01%2F39&cvv=100")
        #expect(response.status == 302)
        #expect(sandbox.retrieve(id).string("status") == "CAPTURED")
    }

    @Test(arguments: [
        ("card_number=4508750015741018&expiry=01%2F39&cvv=100", "1140", "The card number is invalid.", "card_number"),
        ("card_number=4508750015741019&expiry=13%2F39&cvv=100", "1141", "Enter the expiry date as MM/YY.", "expiry"),
        ("card_number=4508750015741019&expiry=12%2F25&cvv=100", "4101", "This card has expired.", "expiry"),
        ("card_number=4508750015741019&expiry=01%2F39&cvv=10", "4102", "The security code is invalid", "cvv"),
    ])
    func approve_WithABadCard_IsRefused_AndNothingChanges(form: String, code: String, message: String, field: String)
        throws
    {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge()
        let page = sandbox.submitForm(id, "step=card&action=approve&" + form)
        #expect(page.status == 400)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains(message))
        #expect(page.text.contains(#"<input id="\#(field)" name="\#(field)""#))
        #expect(page.text.contains(#"aria-invalid="true" aria-describedby="form-error""#))
        #expect(!page.text.contains(#"value="100""#), "a CVV is never echoed back")
        let json = sandbox.submitJSON(id, "{" + form.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return "\"\(parts[0])\":\"\(parts[1].replacing("%2F", with: "/"))\""
        }.joined(separator: ",") + #","action":"approve"}"#)
        #expect(json.status == 400)
        #expect(json.errorCode == code)
        #expect(sandbox.retrieve(id).string("status") == "INITIATED")
    }

    @Test(arguments: [
        ("8888880000000001", "09/25", "CAPTURED", "000"),
        ("8888880000000002", "09/25", "CAPTURED", "000"),
        ("8888880000000001", "05/21", "FAILED", "401"),
    ])
    func knet_PublishedCards(number: String, expiry: String, status: String, code: String) throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["source": #"{"id":"src_kw.knet"}"#])
        let form = "step=card&action=approve&bank=KNET1&card_number=\(number)&expiry=\(expiry)&pin=1234"
        #expect(sandbox.submitForm(id, form.replacing("/", with: "%2F")).status == 302)
        let charge = sandbox.retrieve(id)
        #expect(charge.string("status") == status)
        #expect(charge.string("response.code") == code)
        #expect(charge.string("source.payment_method") == "KNET")
    }

    @Test func knet_CancelButton_Cancels_AndAShortPINIsRefused() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["source": #"{"id":"src_kw.knet"}"#])
        let page = sandbox.page(id)
        #expect(page.text.contains(#"<option value="KNET1">KNET Test Card [KNET1]</option>"#))
        #expect(page.text.contains(#"<label for="pin">PIN</label>"#))
        #expect(page.text.contains(#"value="cancel""#))
        let short = sandbox.submitForm(
            id, "step=card&action=approve&card_number=8888880000000001&expiry=09%2F25&pin=12")
        #expect(short.status == 400)
        #expect(short.text.contains("Enter the 4-digit PIN."))
        sandbox.submitForm(id, "action=cancel")
        #expect(sandbox.retrieve(id).string("status") == "CANCELLED")
        #expect(sandbox.retrieve(id).string("response.code") == "302")
    }

    @Test(arguments: [
        ("4600410123456789", "CAPTURED", "000"),
        ("7777770123456789", "FAILED", "401"),
        ("1111110123456789", "DECLINED", "501"),
    ])
    func benefit_PublishedCards(number: String, status: String, code: String) throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["currency": #""BHD""#, "source": #"{"id":"src_bh.benefit"}"#])
        sandbox.submitJSON(id, #"{"action":"approve","card_number":"\#(number)","expiry":"12/27","pin":"1234"}"#)
        let charge = sandbox.retrieve(id)
        #expect(charge.string("status") == status)
        #expect(charge.string("response.code") == code)
        #expect(charge.string("source.payment_method") == "BENEFIT")
    }

    @Test(arguments: [
        (CardResult.approved, "CAPTURED", "000"),
        (CardResult.refused(status: .declined, code: "505"), "DECLINED", "505"),
    ])
    func cardToken_NeedingThreeDSecure_ShowsTheChallenge_ThenTheTokensOutcome(
        result: CardResult, status: String, code: String
    ) throws {
        let sandbox = try TestSandbox()
        let card = CardSummary(
            firstSix: "450875", firstEight: "45087500", lastFour: "1019", scheme: "VISA", brand: "VISA",
            funding: "CREDIT", expMonth: 1, expYear: 2039)
        let token = Token(
            id: "tok_hosted1", serial: 1, kind: .card, createdAt: sandbox.time.nowMilliseconds(), card: card,
            number: "4508750015741019", cardResult: result)
        sandbox.store.tokens.withLock { $0[token.id] = token }
        let id = try sandbox.createCharge(["source": #"{"id":"tok_hosted1"}"#])
        #expect(sandbox.retrieve(id).string("status") == "INITIATED")
        let page = sandbox.page(id)
        #expect(page.text.contains("3-D Secure verification"))
        #expect(page.text.contains("VISA •••• 1019"))
        #expect(!page.text.contains(#"name="card_number""#))
        sandbox.submitForm(id, "step=challenge&action=approve&otp=1234")
        let charge = sandbox.retrieve(id)
        #expect(charge.string("status") == status)
        #expect(charge.string("response.code") == code)
    }
}
