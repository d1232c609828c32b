import Foundation

@testable import TapSandbox

extension TestSandbox {
    /// Tap's published 3-D Secure enrolled and non-enrolled VISA test cards (spec §12.1).
    static let enrolledVisa = "4508750015741019"
    static let nonEnrolledVisa = "4012000033330026"

    /// Puts a card token straight into the store, as `POST /v2/tokens` would (that API is tested on its
    /// own), with the test-card outcome of its expiry and CVC; returns its id.
    func makeToken(_ number: String = enrolledVisa, month: Int = 1, year: Int = 2039, cvc: String = "100")
        throws -> String
    {
        let card = try CardNumber.parse(number).get()
        let now = store.time.nowMilliseconds()
        let serial = store.ids.nextSerial()
        let token = Token(
            id: Identifier.make("tok_", serial: serial, createdAt: now), serial: serial, kind: .card, createdAt: now,
            card: CardSummary(
                firstSix: card.firstSix, firstEight: card.firstEight, lastFour: card.lastFour,
                scheme: card.scheme.rawValue, brand: card.brand.rawValue, funding: card.funding.rawValue,
                expMonth: month, expYear: year % 100),
            number: card.digits, cardResult: TestCards.result(number: card.digits, month: month, year: year, cvc: cvc))
        store.tokens.withLock { $0[token.id] = token }
        return token.id
    }

    /// A create body paying with `source`; a token needs no hosted page, so `redirect` is only there when asked.
    static func paymentBody(source: String, _ overrides: [String: String] = [:]) -> String {
        chargeBody(["source": #"{"id":"\#(source)"}"#].merging(overrides) { $1 })
    }

    /// Sends raw body bytes (invalid UTF-8, NUL, forms) through the handler.
    func call(
        _ method: HTTPMethod, _ path: String, bytes: [UInt8], contentType: String = "application/json",
        key: String? = TestSandbox.key
    ) -> TestResponse {
        var headers = HTTPHeaders()
        if let key { headers.add(name: "authorization", value: "Bearer \(key)") }
        headers.add(name: "content-type", value: contentType)
        let response = sandbox.app.respond(to: HTTPRequest(method: method, path: path, headers: headers, body: bytes))
        if let gate = response.gate {
            let opened = DispatchSemaphore(value: 0)
            gate.whenOpen { opened.signal() }
            _ = opened.wait(timeout: .now() + 10)
        }
        return TestResponse(response: response)
    }

    /// The number of charges (or authorizes) the default account holds.
    func storedCount(_ kind: Payment.Kind = .charge, key: String = TestSandbox.key) -> Int {
        store.account(key).read { kind == .charge ? $0.charges.count : $0.authorizes.count }
    }
}

extension TestSandbox {
    /// A valid create-charge body without the top-level field `key`.
    static func chargeBody(without key: String, _ overrides: [String: String] = [:]) -> String {
        guard case .object(var object)? = try? JSONParser.parse(chargeBody(overrides)) else { return "" }
        object[key] = nil
        return JSONValue.object(object).description
    }

    /// `count` copies of `character`, for length limits.
    static func text(_ count: Int, _ character: Character = "a") -> String {
        String(repeating: character, count: count)
    }
}
