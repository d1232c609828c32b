import Testing

@testable import TapSandbox

/// Card validation at tokenization (spec §3.3, §12.2). The manual clock starts in September 2026.
@Suite struct TokenValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var number = "5123450000000008"
        var month = "1"
        var year = "2039"
        var cvc = #""100""#
        var extra = ""
        var code: String

        var testDescription: String { label }
    }

    static let invalid: [Case] = [
        Case(label: "Luhn failure", number: "4508750015741018", code: "1140"),
        Case(label: "too short", number: "45087500157", code: "1140"),
        Case(label: "too long", number: "45087500157410190000", code: "1140"),
        Case(label: "spaces", number: #""4508 7500 1574 1019""#, code: "1140"),
        Case(label: "empty", number: #""""#, code: "1140"),
        Case(label: "number missing", number: "null", code: "1140"),
        Case(label: "month 13", month: "13", code: "1141"),
        Case(label: "month 0", month: "0", code: "1141"),
        Case(label: "year three digits", year: "203", code: "1141"),
        Case(label: "year 0039", year: #""0039""#, code: "1141"),
        Case(label: "month not a number", month: #""jan""#, code: "1141"),
        Case(label: "expiry missing", month: "null", code: "1141"),
        Case(label: "expired 01/20", month: "1", year: "2020", code: "4101"),
        Case(label: "expired last month", month: "8", year: "26", code: "4101"),
        Case(label: "cvc too long for VISA", cvc: #""1000""#, code: "4102"),
        Case(label: "cvc too short for AMEX", number: "345678901234564", cvc: #""100""#, code: "4102"),
        Case(label: "cvc letters", cvc: #""1a0""#, code: "4102"),
        Case(label: "cvc missing", cvc: "null", code: "4102"),
        Case(label: "name with 11 digits", extra: #","name":"12345678901""#, code: "4100"),
    ]

    @Test(arguments: invalid)
    func create_RefusesInvalidCards_WithTapsCode(_ test: Case) throws {
        let sandbox = try TestSandbox()
        let body = TestSandbox.cardTokenBody(
            number: test.number, month: test.month, year: test.year, cvc: test.cvc, extra: test.extra)
        let response = sandbox.call(.post, "/v2/tokens", body)
        #expect(response.status == 400)
        #expect(response.errorCode == test.code)
        #expect(sandbox.store.tokens.withLock { $0.count } == 0)
    }

    @Test(arguments: [
        ("1140", "Card number is invalid"), ("1141", "Card expiry is invalid"),
        ("4101", "Card validation failed - Card has expired"),
        ("4102", "Card validation failed - cvc is too short/long"),
    ])
    func errors_UseTapsDescriptions(code: String, description: String) throws {
        let sandbox = try TestSandbox()
        let test = try #require(Self.invalid.first { $0.code == code })
        let body = TestSandbox.cardTokenBody(number: test.number, month: test.month, year: test.year, cvc: test.cvc)
        let text = try #require(sandbox.call(.post, "/v2/tokens", body).string("errors.0.description"))
        #expect(text.hasPrefix(description))
    }

    @Test(arguments: ["8888880000000001", "7777770123456789", "1111110123456789", "8888880000000002"])
    func create_AcceptsPublishedTestCards_ThatFailLuhn(number: String) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/tokens", TestSandbox.cardTokenBody(number: number))
        #expect(response.status == 200)
        #expect(response.string("card.last_four") == String(number.suffix(4)))
    }

    @Test func create_AcceptsTheCurrentMonth() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.post, "/v2/tokens", TestSandbox.cardTokenBody(month: "9", year: "2026"))
        #expect(response.status == 200)
    }

    @Test(arguments: [(5, 22), (4, 27), (8, 28), (1, 37), (2, 37), (5, 37)])
    func create_AcceptsMagicExpiries_EvenInThePast(month: Int, year: Int) throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(
            .post, "/v2/tokens", TestSandbox.cardTokenBody(month: String(month), year: String(2000 + year)))
        #expect(response.status == 200)
        #expect(response.value("card.exp_year")?.numberValue?.text == String(year))
    }

    @Test func create_AcceptsAmericanExpressFourDigitCVC() throws {
        let sandbox = try TestSandbox()
        let body = TestSandbox.cardTokenBody(number: "345678901234564", cvc: "1000")
        let response = sandbox.call(.post, "/v2/tokens", body)
        #expect(response.status == 200)
        #expect(response.string("card.brand") == "AMERICAN_EXPRESS")
    }
}
