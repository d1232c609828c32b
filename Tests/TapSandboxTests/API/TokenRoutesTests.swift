import Testing

@testable import TapSandbox

@Suite struct TokenRoutesTests {
    @Test func create_WithTapsSampleShape_AnswersTheTokenObject() throws {
        let sandbox = try TestSandbox()
        // Tap's own sample sends number, month, year and cvc as JSON numbers (spec §7.1).
        let body = #"""
            {"card":{"number":4508750015741019,"exp_month":12,"exp_year":2039,"cvc":100,"name":"test user",
            "address":{"country":"Kuwait","line1":"Salmiya, 21","city":"Kuwait city"}},"client_ip":"192.168.1.20"}
            """#
        let response = sandbox.call(.post, "/v2/tokens", body, key: TestSandbox.publishableKey)
        #expect(response.status == 200)
        let id = try #require(response.string("id"))
        #expect(id.hasPrefix("tok_"))
        #expect(response.string("object") == "token")
        #expect(response.string("client_ip") == "192.168.1.20")
        #expect(response.value("created")?.numberValue?.int64Value == sandbox.time.nowMilliseconds())
        #expect(response.value("live_mode") == false)
        #expect(response.string("type") == "CARD")
        #expect(response.value("used") == false)
        #expect(response.string("card.id")?.hasPrefix("card_") == true)
        #expect(response.string("card.object") == "card")
        #expect(response.string("card.address.city") == "Kuwait city")
        #expect(response.string("card.funding") == "CREDIT")
        #expect(response.string("card.brand") == "VISA")
        #expect(response.string("card.scheme") == "VISA")
        #expect(response.value("card.exp_month")?.numberValue?.text == "12")
        #expect(response.value("card.exp_year")?.numberValue?.text == "39")
        #expect(response.string("card.last_four") == "1019")
        #expect(response.string("card.first_six") == "450875")
        #expect(response.string("card.name") == "test user")
        #expect(response.string("card.issuer.bank") != nil)
        #expect(!response.text.contains("4508750015741019"))
        #expect(!response.text.contains("\"cvc\""))
    }

    @Test func create_AcceptsNumbersAsStrings() throws {
        let sandbox = try TestSandbox()
        let body = TestSandbox.cardTokenBody(
            number: #""5123450000000008""#, month: #""01""#, year: #""39""#, cvc: #""100""#)
        let response = sandbox.call(.post, "/v2/tokens", body)
        #expect(response.status == 200)
        #expect(response.string("card.scheme") == "MASTERCARD")
        #expect(response.value("card.exp_month")?.numberValue?.text == "1")
        #expect(response.value("card.exp_year")?.numberValue?.text == "39")
    }

    @Test func fingerprint_IsStablePerNumber_AndNeverTheNumber() throws {
        let sandbox = try TestSandbox()
        func fingerprint(_ number: String) -> String? {
            sandbox.call(.post, "/v2/tokens", TestSandbox.cardTokenBody(number: number)).string("card.fingerprint")
        }
        let first = try #require(fingerprint("5123450000000008"))
        #expect(fingerprint("5123450000000008") == first)
        #expect(fingerprint("4508750015741019") != first)
        #expect(!first.contains("5123450000000008") && !first.contains("0008"))
        #expect(first.hasSuffix("%3D"))
    }

    @Test func retrieve_ReturnsTheToken_WithAnyKey() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.token()
        for key in [TestSandbox.key, TestSandbox.publishableKey, "sk_test_AnotherAccount1"] {
            let response = sandbox.call(.get, "/v2/tokens/\(id)", key: key)
            #expect(response.status == 200)
            #expect(response.string("id") == id)
            #expect(response.string("card.last_four") == "0008")
        }
    }

    @Test func retrieve_UnknownToken_Is404() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.get, "/v2/tokens/tok_missing")
        #expect(response.status == 404)
        #expect(response.errorCode == "1125")
        #expect(response.string("errors.0.description") == "Token not found")
    }

    @Test(arguments: [
        (nil as String?, 401, "2107"),
        ("Bearer pk_test_", 401, "2104"),
        ("Bearer pk_live_abc", 401, "1101"),
    ])
    func create_AuthenticationFailures(header: String?, status: Int, code: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/tokens", TestSandbox.cardTokenBody(), key: nil,
            headers: header.map { ["authorization": $0] } ?? [:])
        #expect(response.status == status)
        #expect(response.errorCode == code)
    }

    @Test func publishableKey_IsRefusedEverywhereButTokens() throws {
        let sandbox = try TestSandbox()
        let key = TestSandbox.publishableKey
        let customer = sandbox.customer()
        let calls: [(HTTPMethod, String, String?)] = [
            (.post, "/v2/customers", #"{"first_name":"A"}"#), (.get, "/v2/customers/\(customer)", nil),
            (.put, "/v2/customers/\(customer)", "{}"), (.delete, "/v2/customers/\(customer)", nil),
            (.post, "/v2/customers/list", "{}"), (.get, "/v2/card/\(customer)", nil),
            (.post, "/v2/card/\(customer)", #"{"source":"tok_x"}"#), (.get, "/v2/card/\(customer)/card_x", nil),
            (.delete, "/v2/card/\(customer)/card_x", nil),
        ]
        for (method, path, body) in calls {
            let response = sandbox.call(method, path, body, key: key)
            #expect(response.status == 401, "\(method) \(path)")
            #expect(response.errorCode == "2106", "\(method) \(path)")
        }
    }

    @Test func create_WithEncryptedCardData_IsAClear400() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/tokens", #"{"card":{"crypted_data":"aGVsbG8="}}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == "1103")
        #expect(response.string("errors.0.description")?.contains("RSA") == true)
    }

    @Test(arguments: ["{}", #"{"card":"4508750015741019"}"#, #"{"saved_card":[]}"#, "[1]"])
    func create_WithoutCardOrSavedCard_Is1103(body: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/tokens", body)
        #expect(response.status == 400)
        #expect(response.errorCode == "1103")
    }

    @Test func token_ExpiresAfterFiveMinutesOfBaseTime() throws {
        let sandbox = try TestSandbox()
        let stale = sandbox.token()
        let fresh = sandbox.token()
        sandbox.time.advance(byMilliseconds: Token.lifetimeMs - 1)
        #expect(sandbox.call(.get, "/v2/tokens/\(stale)").status == 200)
        #expect(sandbox.charge(token: fresh).string("status") == "CAPTURED")
        sandbox.time.advance(byMilliseconds: 1)
        #expect(sandbox.call(.get, "/v2/tokens/\(stale)").status == 404)
        let charge = sandbox.charge(token: stale)
        #expect(charge.status == 400)
        #expect(charge.errorCode == "1125")
    }

    @Test func token_KeepsToTheBaseClock_NotTheAccounts() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.token()
        #expect(sandbox.advance(seconds: 600).status == 200)
        #expect(sandbox.call(.get, "/v2/tokens/\(id)").status == 200)
        #expect(sandbox.charge(token: id).string("status") == "CAPTURED")
    }

    @Test func token_IsSingleUse() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.token()
        #expect(sandbox.charge(token: id).string("status") == "CAPTURED")
        #expect(sandbox.call(.get, "/v2/tokens/\(id)").value("used") == true)
        let again = sandbox.charge(token: id)
        #expect(again.status == 400)
        #expect(again.errorCode == "1126")
        #expect(again.string("errors.0.description") == "Source already used, Please create the new source")
    }

    @Test func requestJournal_NeverShowsTheNumberOrTheCVC() throws {
        let sandbox = try TestSandbox()
        let body = TestSandbox.cardTokenBody(number: "4508750015741019", cvc: "987")
        #expect(sandbox.call(.post, "/v2/tokens", body).status == 200)
        #expect(sandbox.call(.post, "/v2/tokens", body + "}").status == 400)
        let journal = sandbox.call(.get, "/_sandbox/requests")
        #expect(journal.string("requests.0.body.card.number") == "450875******1019")
        #expect(journal.value("requests.0.body.card.exp_month")?.numberValue?.text == "1")
        #expect(journal.string("requests.1.body")?.hasPrefix("(withheld") == true)
        #expect(!journal.text.contains("4508750015741019"))
        #expect(journal.string("requests.0.body.card.cvc") == "***")
        #expect(!journal.text.contains(":987"))
    }

    @Test func expiredTokens_AreSweptWhenNewOnesArrive() throws {
        let sandbox = try TestSandbox()
        for _ in 0..<TokenVault.minimumSweepCount { _ = sandbox.token() }
        #expect(sandbox.store.tokens.withLock { $0.count } == TokenVault.minimumSweepCount)
        sandbox.time.advance(byMilliseconds: Token.lifetimeMs)
        let survivor = sandbox.token()
        #expect(sandbox.store.tokens.withLock { $0.count } == 1)
        #expect(sandbox.call(.get, "/v2/tokens/\(survivor)").status == 200)
    }
}
