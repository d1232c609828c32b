import Testing

@testable import TapSandbox

/// The go-live checks of the integration review: no live key ever presented, and callbacks pointing at
/// test hosts (`CallbackHost`'s rule).
@Suite(.timeLimit(.minutes(1))) struct ReviewGoLiveTests {
    static let liveKey = "sk_live_NeverKeptAnywhere42"

    @Test func liveKey_Passes_WhenNoneWasPresented() throws {
        let sandbox = try TestSandbox()
        #expect(try sandbox.status(of: "keys.no_live_key") == "pass")
    }

    @Test func liveKey_Fails_AfterARequestWithOne_WithoutKeepingTheKey() throws {
        let sandbox = try TestSandbox()
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody(), key: Self.liveKey).status == 401)
        let check = try sandbox.check("keys.no_live_key")
        #expect(check.string("status") == "fail")
        #expect(check.string("evidence.0.request.method") == "POST")
        #expect(check.string("evidence.0.request.path") == "/v2/charges")
        #expect(check.at("evidence.0.request.status") == 401)
        #expect(!sandbox.review().text.contains("NeverKept"))
        #expect(!sandbox.call(.get, "/_sandbox/objects", key: nil).text.contains("NeverKept"))
    }

    @Test func liveKey_IsForgotten_OnlyByAResetOfEveryAccount() throws {
        let sandbox = try TestSandbox()
        _ = sandbox.call(.get, "/v2/charges/chg_1", key: "pk_live_Abc")
        #expect(sandbox.call(.post, "/_sandbox/reset").status == 200)
        #expect(try sandbox.status(of: "keys.no_live_key") == "fail")
        #expect(sandbox.call(.post, "/_sandbox/reset", key: nil).status == 200)
        #expect(try sandbox.status(of: "keys.no_live_key") == "pass")
    }

    @Test func hosts_AreNotExercised_WithoutCallbacks() throws {
        let sandbox = try TestSandbox()
        #expect(try sandbox.status(of: "urls.not_production") == "not_exercised")
    }

    @Test func hosts_Pass_ForLocalCallbacks() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.createCharge(["post": #"{"url":"http://webhooks:8000/tap"}"#])
        let check = try sandbox.check("urls.not_production")
        #expect(check.string("status") == "pass")
        #expect(check.string("summary")?.contains("(2)") == true)
    }

    @Test func hosts_Fail_NamingAProductionRedirectURL() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.createCharge(["redirect": #"{"url":"https://www.shop.com/return?o=1"}"#])
        let check = try sandbox.check("urls.not_production")
        #expect(check.string("status") == "fail")
        #expect(check.string("evidence.0.id") == "https://www.shop.com/return?o=1")
        let note = try #require(check.string("evidence.0.note"))
        #expect(note.contains("host www.shop.com (looks like production): redirect.url"))
        #expect(note.contains(charge))
    }

    @Test func hosts_CoverThePayoutWebhookURL() throws {
        let sandbox = try TestSandbox()
        let settings = sandbox.call(
            .put, "/_sandbox/payouts/settings", #"{"webhook_url":"https://erp.shop.com/payouts"}"#)
        #expect(settings.status == 200)
        #expect(try sandbox.status(of: "urls.not_production") == "fail")
    }

    @Test(arguments: [
        ("localhost", false), ("127.0.0.1", false), ("10.1.2.3", false), ("172.16.0.9", false),
        ("172.31.255.1", false), ("192.168.1.20", false), ("169.254.1.1", false), ("100.64.0.1", false),
        ("::1", false), ("fd12::1", false), ("fe80::1", false), ("::ffff:10.0.0.1", false), ("webhooks", false),
        ("shop.test", false), ("shop.local", false), ("api.internal", false), ("router.home.arpa", false),
        ("example.com", false), ("hooks.example.org", false), ("abc123.ngrok-free.app", false),
        ("webhook.site", false), ("staging.shop.com", false), ("shop-dev.herokuapp.com", false),
        ("api.sandbox.shop.com", false), ("sandbox.tap.local.", false),
        ("shop.com", true), ("www.shop.com", true), ("8.8.8.8", true), ("172.32.0.1", true), ("2001:4860::1", true),
        ("devices.com", true), ("web.dev", true), ("notexample.com", true), ("1.2.3", true),
    ])
    func callbackHost_TellsTestHostsFromProductionLookingOnes(host: String, isProduction: Bool) {
        #expect((CallbackHost.classify(host, sandboxHost: "mock.shop.com") == .production) == isProduction)
    }

    @Test func callbackHost_CountsTheSandboxItselfAsATestHost() {
        #expect(CallbackHost.classify("mock.shop.com", sandboxHost: "mock.shop.com") != .production)
        #expect(CallbackHost.classify("MOCK.shop.com", sandboxHost: "mock.shop.com") != .production)
    }
}
