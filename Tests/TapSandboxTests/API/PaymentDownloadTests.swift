import Testing

@testable import TapSandbox

/// `POST /v2/charges/download` and `/v2/authorize/download` (spec §14.3).
@Suite struct PaymentDownloadTests {
    static let header =
        "id,status,amount,currency,created,customer_id,customer_email,reference_transaction,reference_order,"
        + "payment_method,card_first_six,card_last_four,response_code,response_message"

    static func lines(_ response: TestResponse) -> [String] {
        response.text.components(separatedBy: "\r\n")
    }

    @Test func download_OfNothing_IsTheHeaderRow() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges/download", "{}")
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(response.text == Self.header + "\r\n")
        #expect(response.headers["has_more"] == "false")
        #expect(response.headers["total_count"] == "0")
        #expect(response.headers["number_of_pages"] == "0")
        #expect(response.headers["last_charge_id"] == "")
    }

    @Test func download_WritesOneRowPerCharge_NewestFirst() throws {
        let sandbox = try TestSandbox()
        let token = try sandbox.makeToken(TestSandbox.nonEnrolledVisa)
        let captured = sandbox.call(
            .post, "/v2/charges", TestSandbox.paymentBody(source: token, ["threeDSecure": "false"]))
        let id = try #require(captured.string("id"))
        let customer = try #require(captured.string("customer.id"))
        let created = try #require(captured.string("transaction.created"))
        let response = sandbox.call(.post, "/v2/charges/download", nil)
        #expect(
            Self.lines(response) == [
                Self.header,
                "\(id),CAPTURED,1.500,KWD,\(created),\(customer),test@example.com,txn_1,ord_1,VISA,401200,0026,"
                    + "000,Captured",
                "",
            ])
        #expect(response.headers["content-disposition"] == #"attachment; filename="charges.csv""#)
    }

    @Test func download_QuotesPerRFC4180_AndDefusesFormulas() throws {
        let sandbox = try TestSandbox()
        let body = TestSandbox.chargeBody([
            "reference": #"{"transaction":"line\nbreak","order":"a,\"b\""}"#,
            "customer": #"{"first_name":"F","email":"=cmd@example.com"}"#,
        ])
        #expect(sandbox.call(.post, "/v2/charges", body).status == 200)
        let response = sandbox.call(.post, "/v2/charges/download", "{}")
        // The LF inside a quoted field stays in its row; rows end with CRLF.
        let row = try #require(Self.lines(response).dropFirst().first)
        #expect(row.hasSuffix(",'=cmd@example.com,\"line\nbreak\",\"a,\"\"b\"\"\",,,,100,Initiated"))
        #expect(Self.lines(response).count == 3)
    }

    @Test func download_Pages_WithLimitAndLastChargeID() throws {
        let sandbox = try TestSandbox()
        let created = try PaymentListTests.makeCharges(sandbox, 5)
        let first = sandbox.call(.post, "/v2/charges/download", #"{"limit":2,"last_charge_id":""}"#)
        #expect(Self.lines(first).count == 4)
        #expect(first.headers["has_more"] == "true")
        #expect(first.headers["page_size"] == "2")
        #expect(first.headers["total_count"] == "5")
        #expect(first.headers["number_of_pages"] == "3")
        #expect(first.headers["last_charge_id"] == created[3])
        let last = sandbox.call(.post, "/v2/charges/download", #"{"limit":2,"last_charge_id":"\#(created[1])"}"#)
        #expect(Self.lines(last).count == 3)
        #expect(Self.lines(last)[1].hasPrefix(created[0] + ","))
        #expect(last.headers["has_more"] == "false")
        #expect(last.headers["last_charge_id"] == created[0])
    }

    @Test func download_AppliesTheListFilters() throws {
        let sandbox = try TestSandbox()
        let created = try PaymentListTests.makeCharges(sandbox, 3)
        let response = sandbox.call(
            .post, "/v2/charges/download", #"{"reference":{"order":"ord_1"},"status":"INITIATED"}"#)
        #expect(Self.lines(response).count == 3)
        #expect(Self.lines(response)[1].hasPrefix(created[1] + ","))
        #expect(response.headers["total_count"] == "1")
    }

    @Test(arguments: [("100000", 200), ("100001", 400), ("0", 400)])
    func download_LimitGoesTo100000(limit: String, status: Int) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges/download", #"{"limit":\#(limit)}"#)
        #expect(response.status == status)
        if status == 400 { #expect(response.errorCode == (limit == "0" ? "1103" : "1162")) }
    }

    @Test func download_UnknownCursor_Is400() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/charges/download", #"{"last_charge_id":"chg_gone"}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == "1144")
    }

    @Test func authorizeDownload_ListsAuthorizes() throws {
        let sandbox = try TestSandbox()
        let id = try #require(try AuthorizeRoutesTests.authorized(sandbox).string("id"))
        _ = try PaymentListTests.makeCharges(sandbox, 1)
        let response = sandbox.call(.post, "/v2/authorize/download", "{}")
        #expect(Self.lines(response).count == 3)
        #expect(Self.lines(response)[1].hasPrefix("\(id),AUTHORIZED,1.500,KWD,"))
        #expect(response.headers["last_authorize_id"] == id)
        #expect(response.headers["content-disposition"] == #"attachment; filename="authorizes.csv""#)
    }
}
