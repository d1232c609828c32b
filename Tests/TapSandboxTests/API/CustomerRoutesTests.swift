import Testing

@testable import TapSandbox

@Suite struct CustomerRoutesTests {
    static let fullBody = #"""
        {"first_name":"test23","middle_name":"test","last_name":"test","email":"tes2t1234@test.com",
        "phone":{"country_code":"965","number":"00000000"},"description":"test","metadata":{"udf1":"test"},
        "currency":"KWD"}
        """#

    @Test func create_AnswersTheCustomerObject() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/customers", Self.fullBody)
        #expect(response.status == 200)
        #expect(response.string("id")?.hasPrefix("cus_TS") == true)
        #expect(response.string("object") == "customer")
        #expect(response.value("live_mode") == false)
        #expect(response.string("created") == String(sandbox.time.nowMilliseconds()))
        #expect(response.string("first_name") == "test23")
        #expect(response.string("middle_name") == "test")
        #expect(response.string("last_name") == "test")
        #expect(response.string("email") == "tes2t1234@test.com")
        #expect(response.string("phone.country_code") == "965")
        #expect(response.string("phone.number") == "00000000")
        #expect(response.string("description") == "test")
        #expect(response.string("metadata.udf1") == "test")
        #expect(response.string("currency") == "KWD")
    }

    @Test(arguments: [
        #"{"first_name":"Only"}"#, #"{"email":"only@example.com"}"#,
        #"{"phone":{"country_code":965,"number":51234567}}"#,
    ])
    func create_NeedsOnlyOneOfFirstNameEmailOrPhone(body: String) throws {
        let sandbox = try TestSandbox()
        #expect(sandbox.call(.post, "/v2/customers", body).status == 200)
    }

    @Test(arguments: [
        ("{}", "1129"),
        (#"{"last_name":"Only","description":"x"}"#, "1129"),
        (#"{"first_name":""}"#, "1129"),
        (#"{"first_name":"\#(String(repeating: "a", count: 150))"}"#, "1131"),
        (#"{"first_name":"A","middle_name":"\#(String(repeating: "a", count: 150))"}"#, "1134"),
        (#"{"first_name":"A","last_name":"\#(String(repeating: "a", count: 150))"}"#, "1133"),
        (#"{"email":"not-an-email"}"#, "1138"),
        (#"{"phone":{"country_code":"96a","number":"51234567"}}"#, "1136"),
        (#"{"phone":{"country_code":"965","number":"12"}}"#, "1137"),
        (#"{"first_name":"A","description":"\#(String(repeating: "d", count: 1000))"}"#, "1121"),
        (#"{"first_name":"A","metadata":{"\#(String(repeating: "k", count: 250))":"v"}}"#, "1127"),
        (#"{"first_name":"A","metadata":{"k":"\#(String(repeating: "v", count: 1000))"}}"#, "1128"),
        (#"{"first_name":"A","currency":"KW"}"#, "1118"),
        (#"{"first_name":"A","currency":"XYZ"}"#, "1119"),
        (#"{"first_name":"A""#, "1103"),
    ])
    func create_RefusesInvalidFields(body: String, code: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/customers", body)
        #expect(response.status == 400)
        #expect(response.errorCode == code)
        #expect(sandbox.call(.post, "/v2/customers/list", "{}").value("count")?.numberValue?.text == "0")
    }

    @Test func retrieve_ReturnsWhatCreateReturned() throws {
        let sandbox = try TestSandbox()
        let created = sandbox.call(.post, "/v2/customers", Self.fullBody)
        let id = try #require(created.string("id"))
        let fetched = sandbox.call(.get, "/v2/customers/\(id)/")
        #expect(fetched.status == 200)
        #expect(fetched.body == created.body)
    }

    @Test func retrieve_UnknownCustomer_Is404With1106() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.get, "/v2/customers/cus_missing")
        #expect(response.status == 404)
        #expect(response.errorCode == "1106")
        #expect(response.string("errors.0.description") == "Customer not found")
    }

    @Test func update_ChangesNamedFieldsOnly_AndMergesMetadata() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.customer(Self.fullBody)
        let updated = sandbox.call(
            .put, "/v2/customers/\(id)",
            #"{"last_name":"New","email":"","metadata":{"udf2":"two"},"currency":"SAR","unknown":1}"#)
        #expect(updated.status == 200)
        #expect(updated.string("last_name") == "New")
        #expect(updated.string("email") == nil)
        #expect(updated.string("first_name") == "test23")
        #expect(updated.string("phone.number") == "00000000")
        #expect(updated.string("description") == "test")
        #expect(updated.string("metadata.udf1") == "test")
        #expect(updated.string("metadata.udf2") == "two")
        #expect(updated.string("currency") == "SAR")
        #expect(sandbox.call(.get, "/v2/customers/\(id)").body == updated.body)
    }

    @Test func update_NullMetadataValue_RemovesTheKey() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.customer(#"{"first_name":"A","metadata":{"a":"1","b":"2"}}"#)
        let updated = sandbox.call(.put, "/v2/customers/\(id)", #"{"metadata":{"a":null}}"#)
        #expect(updated.value("metadata.a") == nil)
        #expect(updated.string("metadata.b") == "2")
    }

    @Test func update_ThatWouldLeaveNoNameEmailOrPhone_Is1129_AndChangesNothing() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.customer(#"{"first_name":"A","last_name":"B"}"#)
        let response = sandbox.call(.put, "/v2/customers/\(id)", #"{"first_name":"","last_name":"C"}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == "1129")
        let fetched = sandbox.call(.get, "/v2/customers/\(id)")
        #expect(fetched.string("first_name") == "A")
        #expect(fetched.string("last_name") == "B")
    }

    @Test func update_UnknownCustomer_Is404() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.put, "/v2/customers/cus_missing", #"{"first_name":"A"}"#)
        #expect(response.status == 404)
        #expect(response.errorCode == "1106")
    }

    @Test func delete_RemovesTheCustomer() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.customer()
        let deleted = sandbox.call(.delete, "/v2/customers/\(id)")
        #expect(deleted.status == 200)
        #expect(deleted.text == #"{"id":"\#(id)","object":"customer","deleted":true}"#)
        let fetched = sandbox.call(.get, "/v2/customers/\(id)")
        #expect(fetched.status == 404)
        #expect(fetched.errorCode == "1106")
        #expect(sandbox.call(.delete, "/v2/customers/\(id)").status == 404)
        let charge = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(["customer": #"{"id":"\#(id)"}"#]))
        #expect(charge.status == 400)
        #expect(charge.errorCode == "1106")
    }

    @Test func customers_AreIsolatedByKey() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.customer()
        let other = "sk_test_SomeoneElse123"
        #expect(sandbox.call(.get, "/v2/customers/\(id)", key: other).status == 404)
        #expect(sandbox.call(.put, "/v2/customers/\(id)", #"{"first_name":"X"}"#, key: other).status == 404)
        #expect(sandbox.call(.delete, "/v2/customers/\(id)", key: other).status == 404)
        #expect(sandbox.call(.get, "/v2/customers/\(id)").string("first_name") == "Sara")
    }

    @Test func charge_WithACustomerID_ShowsThatCustomer() throws {
        let sandbox = try TestSandbox()
        let id = sandbox.customer(Self.fullBody)
        let charge = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(["customer": #"{"id":"\#(id)"}"#]))
        #expect(charge.string("customer.id") == id)
        #expect(charge.string("customer.first_name") == "test23")
    }

    @Test func charges_WithIdenticalCustomerDetails_ReuseOneCustomer() throws {
        let sandbox = try TestSandbox()
        let first = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        let second = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        let id = try #require(first.string("customer.id"))
        #expect(second.string("customer.id") == id)
        let list = sandbox.call(.post, "/v2/customers/list", "{}")
        #expect(list.value("count")?.numberValue?.text == "1")
        #expect(list.string("customers.0.id") == id)
    }
}
