import Testing

@testable import TapSandbox

@Suite struct CustomerListTests {
    /// Creates `count` customers named C0, C1 ... and returns their ids, oldest first.
    func makeCustomers(_ count: Int, in sandbox: TestSandbox, key: String = TestSandbox.key) -> [String] {
        (0..<count).map { sandbox.customer(#"{"first_name":"C\#($0)"}"#, key: key) }
    }

    func ids(_ response: TestResponse) -> [String] {
        (response.value("customers")?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    @Test func list_PagesNewestFirst_25AtATime() throws {
        let sandbox = try TestSandbox()
        let created = makeCustomers(30, in: sandbox)
        let first = sandbox.call(.post, "/v2/customers/list", "{}")
        #expect(first.status == 200)
        #expect(first.string("object") == "list")
        #expect(first.value("live_mode") == false)
        #expect(first.string("api_version") == "V2")
        #expect(first.value("count")?.numberValue?.text == "25")
        #expect(first.value("has_more") == true)
        #expect(ids(first) == Array(created.reversed().prefix(25)))
        let cursor = try #require(ids(first).last)
        let second = sandbox.call(.post, "/v2/customers/list", #"{"starting_after":"\#(cursor)","limit":"25"}"#)
        #expect(second.value("count")?.numberValue?.text == "5")
        #expect(second.value("has_more") == false)
        #expect(ids(second) == Array(created.prefix(5).reversed()))
    }

    @Test(arguments: [(1, true), (2, true), (3, false), (50, false)])
    func list_HasMore_OnlyWhenItemsRemain(limit: Int, hasMore: Bool) throws {
        let sandbox = try TestSandbox()
        _ = makeCustomers(3, in: sandbox)
        let page = sandbox.call(.post, "/v2/customers/list", #"{"limit":\#(limit)}"#)
        #expect(page.value("has_more")?.boolValue == hasMore)
        #expect(ids(page).count == min(limit, 3))
    }

    @Test func list_AfterTheOldest_IsEmpty() throws {
        let sandbox = try TestSandbox()
        let created = makeCustomers(2, in: sandbox)
        let page = sandbox.call(.post, "/v2/customers/list", #"{"starting_after":"\#(created[0])"}"#)
        #expect(page.status == 200)
        #expect(ids(page).isEmpty)
        #expect(page.value("has_more") == false)
    }

    @Test func list_OfAnEmptyAccount_IsAnEmptyPage() throws {
        let sandbox = try TestSandbox()
        let page = sandbox.call(.post, "/v2/customers/list", "")
        #expect(page.status == 200)
        #expect(page.value("count")?.numberValue?.text == "0")
        #expect(page.value("customers")?.arrayValue?.isEmpty == true)
    }

    @Test(arguments: ["51", "0", "-1", #""ten""#, "2.5"])
    func list_RefusesBadLimits_With1162(limit: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/customers/list", #"{"limit":\#(limit)}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == "1162")
    }

    @Test func list_UnknownCursor_Is400With1106() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/customers/list", #"{"starting_after":"cus_missing"}"#)
        #expect(response.status == 400)
        #expect(response.errorCode == "1106")
    }

    @Test func list_ShowsOnlyTheCallersCustomers_AndSkipsDeletedOnes() throws {
        let sandbox = try TestSandbox()
        let mine = makeCustomers(3, in: sandbox)
        let theirs = makeCustomers(2, in: sandbox, key: "sk_test_Other1")
        #expect(sandbox.call(.delete, "/v2/customers/\(mine[1])").status == 200)
        #expect(ids(sandbox.call(.post, "/v2/customers/list", "{}")) == [mine[2], mine[0]])
        #expect(ids(sandbox.call(.post, "/v2/customers/list", "{}", key: "sk_test_Other1")) == theirs.reversed())
    }
}
