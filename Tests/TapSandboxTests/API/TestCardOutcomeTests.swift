import Testing

@testable import TapSandbox

/// Every outcome of the published test cards (spec §12.2, adopted as is by CONTRACT.md §4), for charges
/// and authorizes.
@Suite struct TestCardOutcomeTests {
    /// A card, its expiry and CVC, with 3-D Secure off, and the status and code it must give.
    struct CardCase: Sendable, CustomTestStringConvertible {
        var number = TestSandbox.nonEnrolledVisa
        var month: Int
        var year: Int
        var cvc = "100"
        var status: String
        var code: String

        var testDescription: String { "\(number) \(month)/\(year) cvc \(cvc) → \(status) \(code)" }
    }

    static let declinedOrFailed: [CardCase] = [
        CardCase(month: 5, year: 2022, status: "DECLINED", code: "501"),
        CardCase(month: 4, year: 2027, status: "FAILED", code: "407"),
        CardCase(month: 8, year: 2028, status: "TIMEDOUT", code: "801"),
        CardCase(month: 1, year: 2037, status: "DECLINED", code: "513"),
        CardCase(month: 2, year: 2037, status: "FAILED", code: "408"),
        CardCase(month: 5, year: 2037, status: "UNKNOWN", code: "901"),
        CardCase(month: 1, year: 2039, cvc: "102", status: "DECLINED", code: "502"),
        CardCase(number: "5111111111111118", month: 1, year: 2039, cvc: "102", status: "DECLINED", code: "502"),
        CardCase(number: "371449635398431", month: 1, year: 2039, cvc: "1020", status: "DECLINED", code: "502"),
    ]

    @Test(arguments: declinedOrFailed, [Payment.Kind.charge, .authorize])
    func nonThreeDSecure_ExpiryAndCVCDecideTheOutcome(_ card: CardCase, kind: Payment.Kind) throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(card.number, month: card.month, year: card.year, cvc: card.cvc)
        let response = sandbox.call(
            .post, Self.path(kind), TestSandbox.paymentBody(source: token, ["threeDSecure": "false"]))
        #expect(response.status == 200)
        #expect(response.string("status") == card.status)
        #expect(response.string("response.code") == card.code)
        #expect(response.string("response.message") == ResponseCode.message(for: card.code))
        #expect(response.value("transaction.url") == nil)
        #expect(response.string("acquirer.response.code") == "05")
    }

    @Test(arguments: [
        (TestSandbox.nonEnrolledVisa, 1, 2039, "100"), ("5123450000000008", 1, 2039, "100"),
        ("345678901234564", 1, 2039, "1000"), ("4464040000000007", 12, 2030, "100"),
        ("5588480000000003", 1, 2039, "100"),
    ])
    func nonThreeDSecure_ApprovedCards_CaptureOrAuthorize(number: String, month: Int, year: Int, cvc: String) throws {
        let sandbox = try TestSandbox()
        for (kind, status, code) in [(Payment.Kind.charge, "CAPTURED", "000"), (.authorize, "AUTHORIZED", "001")] {
            let token = try sandbox.makeToken(number, month: month, year: year, cvc: cvc)
            let response = sandbox.call(
                .post, Self.path(kind), TestSandbox.paymentBody(source: token, ["threeDSecure": "false"]))
            #expect(response.string("status") == status)
            #expect(response.string("response.code") == code)
            #expect(response.string("card.last_four") == String(number.suffix(4)))
            #expect(response.string("source.id") == token)
            #expect(response.string("acquirer.response.code") == "00")
            #expect(response.value("transaction.url") == nil)
        }
    }

    @Test(arguments: [
        "5123450000000008", "4508750015741019", "345678901234564", "4464040000000007", "4228230000000001",
    ])
    func threeDSecure_EnrolledCard_IsInitiatedWithAPaymentURL(number: String) throws {
        let sandbox = try TestSandbox()
        for kind in [Payment.Kind.charge, .authorize] {
            let token = try sandbox.makeToken(number)
            let response = sandbox.call(.post, Self.path(kind), TestSandbox.paymentBody(source: token))
            let id = try #require(response.string("id"))
            #expect(response.string("status") == "INITIATED")
            #expect(response.string("response.code") == "100")
            #expect(response.string("transaction.url") == "http://127.0.0.1:\(sandbox.port)/_sandbox/pay/\(id)")
        }
    }

    @Test(arguments: ["5111111111111118", "4012000033330026", "371449635398431", "5588480000000003"])
    func threeDSecure_NonEnrolledCard_IsDeclined504(number: String) throws {
        let sandbox = try TestSandbox()
        for kind in [Payment.Kind.charge, .authorize] {
            let token = try sandbox.makeToken(number)
            let response = sandbox.call(.post, Self.path(kind), TestSandbox.paymentBody(source: token))
            #expect(response.status == 200)
            #expect(response.string("status") == "DECLINED")
            #expect(response.string("response.code") == "504")
            #expect(response.string("response.message") == "Declined, 3D Security - Card not Enrolled")
            #expect(response.string("security.threeDSecure.status") == "N")
        }
    }

    @Test(arguments: [
        ("src_all", "KWD"), ("src_card", "KWD"), ("src_kw.knet", "KWD"), ("src_bh.benefit", "BHD"),
        ("src_sa.mada", "SAR"), ("src_qa.qpay", "QAR"), ("src_om.omannet", "OMR"), ("src_benefitpay", "BHD"),
    ])
    func redirectSources_AreInitiatedWithAPaymentURL(source: String, currency: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/charges", TestSandbox.paymentBody(source: source, ["currency": "\"\(currency)\""]))
        let id = try #require(response.string("id"))
        #expect(response.string("status") == "INITIATED")
        #expect(response.string("source.id") == source)
        #expect(response.string("transaction.url")?.hasSuffix("/_sandbox/pay/\(id)") == true)
    }

    @Test(arguments: ["src_bh.benefit", "src_qa.qpay", "src_om.omannet"])
    func authorize_WithAMethodThatCannotHold_Is1125(source: String) throws {
        let sandbox = try TestSandbox()
        let currency = ["src_bh.benefit": "BHD", "src_qa.qpay": "QAR", "src_om.omannet": "OMR"][source] ?? ""
        let response = sandbox.call(
            .post, "/v2/authorize", TestSandbox.paymentBody(source: source, ["currency": "\"\(currency)\""]))
        #expect(response.status == 400)
        #expect(response.errorCode == "1125")
    }

    static func path(_ kind: Payment.Kind) -> String {
        kind == .charge ? "/v2/charges" : "/v2/authorize"
    }
}
