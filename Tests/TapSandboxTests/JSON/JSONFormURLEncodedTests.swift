import Testing

@testable import TapSandbox

/// Named with a `JSON` prefix so that `swift test --filter JSON` runs it with the rest of the module.
struct JSONFormURLEncodedTests {
    static let decoded: [(String, JSONValue)] = [
        (
            "customer[phone][country_code]=965&amount=10&x[]=1&x[]=2",
            ["customer": ["phone": ["country_code": "965"]], "amount": "10", "x": ["1", "2"]]
        ),
        ("", [:]),
        ("&&a=1&&", ["a": "1"]),
        ("a", ["a": ""]),
        ("a=&b", ["a": "", "b": ""]),
        ("=1&b=2", ["b": "2"]),
        ("a=1=2", ["a": "1=2"]),
        ("a=hello+world%21", ["a": "hello world!"]),
        ("a=%2B%26%3D%25", ["a": "+&=%"]),
        ("a=caf%C3%A9+%F0%9F%98%80", ["a": "café 😀"]),
        ("a=%00", ["a": "\u{0}"]),
        ("na+me=1", ["na me": "1"]),
        ("a%5Bb%5D=1", ["a": ["b": "1"]]),
        ("amount=1&amount=2", ["amount": "2"]),
        ("a=1&b=2&a=3", ["a": "3", "b": "2"]),
        ("a[0]=x&a[1]=y", ["a": ["0": "x", "1": "y"]]),
        ("a[][b]=1&a[][b]=2", ["a": [["b": "1"], ["b": "2"]]]),
        ("a[b][]=1&a[b][]=2&a[c]=3", ["a": ["b": ["1", "2"], "c": "3"]]),
        ("a=1&a[b]=2", ["a": ["b": "2"]]),
        ("a[b]=2&a=1", ["a": "1"]),
        ("a[]=1&a[x]=2", ["a": ["x": "2"]]),
        ("metadata[order id]=7", ["metadata": ["order id": "7"]]),
        ("a[b", ["a[b": ""]),
        ("a[b=1", ["a[b": "1"]),
        ("a]=1", ["a]": "1"]),
        ("[]=1", ["[]": "1"]),
        ("[a]=1", ["[a]": "1"]),
        ("a[b]c=1", ["a[b]c": "1"]),
        ("a[b[c]]=1", ["a[b[c]]": "1"]),
        ("a[]]=1", ["a[]]": "1"]),
        ("a[[]=1", ["a": ["[": "1"]]),
        ("é=ü", ["é": "ü"]),
    ]

    @Test(arguments: decoded)
    func parse_DecodesBody(body: String, expected: JSONValue) throws {
        #expect(try .object(FormURLEncoded.parse(body)) == expected)
    }

    @Test(arguments: [
        ("a=%", "invalid percent escape: expected two hex digits after '%'", 2),
        ("a=%4", "invalid percent escape: expected two hex digits after '%'", 2),
        ("a=%zz", "invalid percent escape: expected two hex digits after '%'", 2),
        ("ok=1&a%G1=1", "invalid percent escape: expected two hex digits after '%'", 6),
        ("a=%C3", "invalid UTF-8 byte 0xC3 after percent-decoding", 2),
        ("a=%C0%80", "invalid UTF-8 byte 0xC0 after percent-decoding", 2),
        ("x=1&a%ED%A0%80=1", "invalid UTF-8 byte 0xED after percent-decoding", 4),
        ("a=%FF", "invalid UTF-8 byte 0xFF after percent-decoding", 2),
    ])
    func parse_Rejects_InvalidEncoding(body: String, message: String, offset: Int) {
        let error = #expect(throws: JSONParseError.self) { try FormURLEncoded.parse(body) }
        #expect(error?.message == message)
        #expect(error?.offset == offset)
    }

    @Test func parse_Rejects_RawInvalidUTF8() {
        #expect(throws: JSONParseError.self) { try FormURLEncoded.parse([UInt8(ascii: "a"), UInt8(ascii: "="), 0xFF]) }
    }

    @Test func parse_EnforcesDepthLimit() throws {
        let atLimit = "a" + String(repeating: "[b]", count: 32) + "=1"
        var value = JSONValue.object(try FormURLEncoded.parse(atLimit))["a"]
        for _ in 0..<32 { value = value?["b"] }
        #expect(value == "1")
        let beyond = "x=1&a" + String(repeating: "[]", count: 33) + "=1"
        let error = #expect(throws: JSONParseError.self) { try FormURLEncoded.parse(beyond) }
        #expect(error?.message == "nesting deeper than 32 levels")
        #expect(error?.offset == 4)
        #expect(throws: JSONParseError.self) { try FormURLEncoded.parse("a[b][c]=1", maxDepth: 1) }
    }

    @Test func parse_ManyFields_StayLinear() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let body = (0..<50_000).map { "m[k\($0)]=\($0)&x[]=\($0)" }.joined(separator: "&")
        let object = try FormURLEncoded.parse(body)
        #expect(object["m"]?.objectValue?.count == 50_000)
        #expect(object["x"]?.arrayValue?.count == 50_000)
        #expect(clock.now - start < .seconds(10))
    }
}
