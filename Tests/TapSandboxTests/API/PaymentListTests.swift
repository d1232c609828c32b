import Testing

@testable import TapSandbox

/// `POST /v2/charges/list` and `/v2/authorize/list` (spec §14.1, CONTRACT.md §3).
@Suite struct PaymentListTests {
    /// Creates `count` INITIATED charges, one second apart; returns their ids oldest first.
    static func makeCharges(_ sandbox: TestSandbox, _ count: Int, key: String = TestSandbox.key) throws -> [String] {
        var ids: [String] = []
        for index in 0..<count {
            let body = TestSandbox.chargeBody(["reference": #"{"order":"ord_\#(index)"}"#])
            ids.append(try #require(sandbox.call(.post, "/v2/charges", body, key: key).string("id")))
            sandbox.advance(seconds: 1, key: key)
        }
        return ids
    }

    static func ids(_ response: TestResponse, _ key: String = "charges") -> [String] {
        response.value(key)?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    }

    @Test func list_OfNothing_IsAnEmptyPage() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges/list", "{}")
        #expect(response.status == 200)
        #expect(
            response.text
                == #"{"object":"list","live_mode":false,"api_version":"V2","count":0,"has_more":false,"charges":[]}"#)
        #expect(sandbox.call(.post, "/v2/charges/list").value("count") == 0)
    }

    @Test func list_IsNewestFirst_WithFullChargeObjects() throws {
        let sandbox = try TestSandbox()
        let created = try Self.makeCharges(sandbox, 3)
        let response = sandbox.call(.post, "/v2/charges/list/", "{}")
        #expect(Self.ids(response) == created.reversed())
        #expect(response.value("count") == 3)
        #expect(response.value("has_more") == false)
        #expect(response.string("charges.0.object") == "charge")
        #expect(response.string("charges.0.reference.order") == "ord_2")
        #expect(response.string("charges.0.transaction.url")?.hasSuffix(created[2]) == true)
    }

    @Test func list_ExactlyLimit_HasNoMore() throws {
        let sandbox = try TestSandbox()
        _ = try Self.makeCharges(sandbox, 3)
        let response = sandbox.call(.post, "/v2/charges/list", #"{"limit":3}"#)
        #expect(response.value("count") == 3)
        #expect(response.value("has_more") == false)
    }

    @Test func list_LimitPlusOne_PagesWithTheCursor() throws {
        let sandbox = try TestSandbox()
        let created = try Self.makeCharges(sandbox, 4)
        let first = sandbox.call(.post, "/v2/charges/list", #"{"limit":"3"}"#)
        #expect(Self.ids(first) == Array(created.reversed().prefix(3)))
        #expect(first.value("has_more") == true)
        let cursor = try #require(Self.ids(first).last)
        let second = sandbox.call(.post, "/v2/charges/list", #"{"limit":3,"starting_after":"\#(cursor)"}"#)
        #expect(Self.ids(second) == [created[0]])
        #expect(second.value("count") == 1)
        #expect(second.value("has_more") == false)
    }

    @Test func list_CursorAtTheLastItem_IsEmpty() throws {
        let sandbox = try TestSandbox()
        let created = try Self.makeCharges(sandbox, 2)
        let response = sandbox.call(.post, "/v2/charges/list", #"{"starting_after":"\#(created[0])"}"#)
        #expect(response.value("count") == 0)
        #expect(response.value("has_more") == false)
    }

    @Test func list_DefaultLimitIs25_AndFiftyIsAllowed() throws {
        let sandbox = try TestSandbox()
        _ = try Self.makeCharges(sandbox, 51)
        let byDefault = sandbox.call(.post, "/v2/charges/list", #"{"limit":"","starting_after":""}"#)
        #expect(byDefault.value("count") == 25)
        #expect(byDefault.value("has_more") == true)
        let fifty = sandbox.call(.post, "/v2/charges/list", #"{"limit":50}"#)
        #expect(fifty.value("count") == 50)
        #expect(fifty.value("has_more") == true)
    }

    @Test(arguments: [
        ("51", "1162"), (#""51""#, "1162"), ("99999999999999999999999", "1162"), ("0", "1103"), ("-1", "1103"),
        (#""abc""#, "1103"), ("2.5", "1103"), ("1e1", "1103"), ("[25]", "1103"), ("true", "1103"),
    ])
    func list_BadLimit_HasTapsCode(limit: String, code: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges/list", #"{"limit":\#(limit)}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == code)
    }

    @Test func list_UnknownCursor_Is400NotFound() throws {
        let sandbox = try TestSandbox()
        _ = try Self.makeCharges(sandbox, 1)
        let charges = sandbox.call(.post, "/v2/charges/list", #"{"starting_after":"chg_nope"}"#)
        #expect(charges.status == 400)
        #expect(charges.errorCode == "1144")
        let authorizes = sandbox.call(.post, "/v2/authorize/list", #"{"starting_after":"auth_nope"}"#)
        #expect(authorizes.status == 400)
        #expect(authorizes.errorCode == "1115")
    }

    @Test func list_Chronological_IsOldestFirst_AndPages() throws {
        let sandbox = try TestSandbox()
        let created = try Self.makeCharges(sandbox, 5)
        let first = sandbox.call(.post, "/v2/charges/list", #"{"order":"chronological","limit":2,"order_by":"date"}"#)
        #expect(Self.ids(first) == Array(created.prefix(2)))
        let second = sandbox.call(
            .post, "/v2/charges/list", #"{"order":"chronological","limit":2,"starting_after":"\#(created[1])"}"#)
        #expect(Self.ids(second) == [created[2], created[3]])
        #expect(second.value("has_more") == true)
        let reverse = sandbox.call(.post, "/v2/charges/list", #"{"order":"reverse_chronological","limit":2}"#)
        #expect(Self.ids(reverse) == [created[4], created[3]])
        #expect(sandbox.call(.post, "/v2/charges/list", #"{"order":"newest"}"#).errorCode == "1103")
        #expect(sandbox.call(.post, "/v2/charges/list", #"{"order_by":"amount"}"#).errorCode == "1103")
    }

    @Test func list_PeriodFilter_TakesMillisecondsOrSeconds_BothBoundsIncluded() throws {
        let sandbox = try TestSandbox()
        let created = try Self.makeCharges(sandbox, 4)
        let times = try created.map { id in
            try #require(Int64(sandbox.call(.get, "/v2/charges/\(id)").string("transaction.created") ?? ""))
        }
        let millis = sandbox.call(
            .post, "/v2/charges/list", #"{"period":{"date":{"from":"\#(times[1])","to":\#(times[2])},"type":"1"}}"#)
        #expect(Self.ids(millis) == [created[2], created[1]])
        let seconds = sandbox.call(
            .post, "/v2/charges/list", #"{"period":{"date":{"from":\#(times[1] / 1000),"to":\#(times[2] / 1000)}}}"#)
        #expect(Self.ids(seconds) == [created[2], created[1]])
        let open = sandbox.call(.post, "/v2/charges/list", #"{"period":{"date":{"from":"\#(times[3])","to":""}}}"#)
        #expect(Self.ids(open) == [created[3]])
        let bad = sandbox.call(.post, "/v2/charges/list", #"{"period":{"date":{"from":"yesterday"}}}"#)
        #expect(bad.errorCode == "1103")
    }

    @Test func list_Filters_Combine() throws {
        let sandbox = try TestSandbox()
        let captured = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let declined = try sandbox.makeToken(TestSandbox.nonEnrolledVisa, month: 5, year: 2022)
        let usd = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let a = sandbox.call(
            .post, "/v2/charges",
            TestSandbox.paymentBody(
                source: captured,
                [
                    "threeDSecure": "false", "metadata": #"{"udf1":"blue","n":7}"#,
                    "reference": #"{"transaction":"txn_a","order":"ord_a"}"#,
                ]))
        let b = sandbox.call(.post, "/v2/charges", TestSandbox.paymentBody(source: declined, ["threeDSecure": "false"]))
        let c = sandbox.call(
            .post, "/v2/charges",
            TestSandbox.paymentBody(
                source: usd,
                [
                    "threeDSecure": "false", "currency": #""USD""#, "amount": "3",
                    "customer": #"{"first_name":"Other","email":"Other@Example.com","#
                        + #""phone":{"country_code":"965","number":"51234567"}}"#,
                ]))
        let d = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(["currency": #""USD""#]))
        let (idA, idB, idC, idD) = try (
            #require(a.string("id")), #require(b.string("id")), #require(c.string("id")), #require(d.string("id"))
        )
        let cases: [(String, [String])] = [
            (#"{"status":"CAPTURED"}"#, [idC, idA]),
            (#"{"status":["declined","INITIATED"]}"#, [idD, idB]),
            (#"{"currency":"usd"}"#, [idD, idC]),
            (#"{"currency":"USD","status":"CAPTURED"}"#, [idC]),
            (#"{"charges":["\#(idA)","\#(idD)","chg_missing"]}"#, [idD, idA]),
            (#"{"customers":["\#(c.string("customer.id") ?? "")"]}"#, [idC]),
            (#"{"sources":["src_all"]}"#, [idD]),
            (#"{"sources":"\#(captured)"}"#, [idA]),
            (#"{"payment_methods":["visa"],"status":"CAPTURED"}"#, [idC, idA]),
            (#"{"reference":{"transaction":"txn_a"}}"#, [idA]),
            (#"{"reference":{"order":"ord_1"}}"#, [idD, idC, idB]),
            (#"{"metadata":{"udf1":"blue","n":"7"}}"#, [idA]),
            (#"{"metadata":"blue"}"#, [idA]),
            (#"{"email":"other@example.com"}"#, [idC]),
            (#"{"mobile":"96551234567"}"#, [idC]),
            (#"{"status":"","charges":[],"customers":[""],"currency":"","metadata":""}"#, [idD, idC, idB, idA]),
        ]
        for (body, expected) in cases {
            #expect(Self.ids(sandbox.call(.post, "/v2/charges/list", body)) == expected, "\(body)")
        }
    }

    @Test(arguments: [
        (#"{"status":"PAID"}"#, "1103"), (#"{"currency":"XYZ"}"#, "1119"), (#"{"currency":"X"}"#, "1118"),
        (#"{"charges":[{"id":"chg_1"}]}"#, "1103"), (#"{"period":"today"}"#, "1103"), ("[]", "1103"),
    ])
    func list_BadFilter_HasTapsCode(body: String, code: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges/list", body)
        #expect(response.status == 400)
        #expect(response.errorCode == code)
    }

    @Test func list_SeesOnlyTheCallersAccount() throws {
        let sandbox = try TestSandbox()
        let other = "sk_test_OtherLister9"
        let mine = try Self.makeCharges(sandbox, 2)
        let theirs = try Self.makeCharges(sandbox, 1, key: other)
        #expect(Self.ids(sandbox.call(.post, "/v2/charges/list", "{}")) == mine.reversed())
        #expect(Self.ids(sandbox.call(.post, "/v2/charges/list", "{}", key: other)) == theirs)
        let foreignCursor = sandbox.call(.post, "/v2/charges/list", #"{"starting_after":"\#(theirs[0])"}"#)
        #expect(foreignCursor.errorCode == "1144")
        #expect(sandbox.call(.post, "/v2/authorize/list", "{}", key: other).value("count") == 0)
    }

    @Test func authorizeList_UsesTheAuthorizesKey_AndHoldsOnlyAuthorizes() throws {
        let sandbox = try TestSandbox()
        _ = try Self.makeCharges(sandbox, 1)
        let first = try #require(sandbox.call(.post, "/v2/authorize", TestSandbox.chargeBody()).string("id"))
        let second = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        // Tap's PHP SDK example body (spec §14.1), with seconds in the period.
        let response = sandbox.call(
            .post, "/v2/authorize/list",
            #"{"period":{"date":{"from":0,"to":""}},"status":"","starting_after":"","limit":25}"#)
        #expect(response.value("charges") == nil)
        #expect(Self.ids(response, "authorizes") == [second, first])
        #expect(response.string("authorizes.0.object") == "authorize")
        let authorized = sandbox.call(
            .post, "/v2/authorize/list", #"{"status":"AUTHORIZED","authorizes":["\#(second)"]}"#)
        #expect(Self.ids(authorized, "authorizes") == [second])
    }
}
