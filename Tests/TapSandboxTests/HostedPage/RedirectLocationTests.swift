import Testing

@testable import TapSandbox

@Suite struct RedirectLocationTests {
    @Test(arguments: [
        ("https://shop.test/return", "https://shop.test/return?tap_id=chg_1"),
        ("https://shop.test/return?a=1&b=2", "https://shop.test/return?a=1&b=2&tap_id=chg_1"),
        ("https://shop.test/return?", "https://shop.test/return?tap_id=chg_1"),
        ("https://shop.test/return?a=1&", "https://shop.test/return?a=1&tap_id=chg_1"),
        ("https://shop.test/return#top", "https://shop.test/return?tap_id=chg_1#top"),
        ("https://shop.test/return?a=1#top", "https://shop.test/return?a=1&tap_id=chg_1#top"),
        ("https://shop.test/return#a?b=c", "https://shop.test/return?tap_id=chg_1#a?b=c"),
        ("https://shop.test/return?a=%20x&b", "https://shop.test/return?a=%20x&b&tap_id=chg_1"),
    ])
    func url_AddsTapID_KeepingQueryAndFragment(redirect: String, expected: String) {
        #expect(RedirectLocation.url(redirect, tapID: "chg_1") == expected)
    }

    @Test func url_PercentEncodesAnythingButUnreservedCharacters() {
        let url = RedirectLocation.url("http://m.test/", tapID: "a b&c=d/é")
        #expect(url == "http://m.test/?tap_id=a%20b%26c%3Dd%2F%C3%A9")
    }
}
