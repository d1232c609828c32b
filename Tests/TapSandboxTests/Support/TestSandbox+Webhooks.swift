import Foundation
import Synchronization

@testable import TapSandbox

extension TestSandbox {
    private static let tokenSerial = Mutex(Int64(0))

    /// Puts an approved Visa token straight into the store (the tokens API is not needed for webhooks).
    func insertToken() -> String {
        let serial = Self.tokenSerial.withLock { value in
            value += 1
            return value
        }
        let id = "tok_webhooks\(serial)"
        let card = CardSummary(
            firstSix: "450875", firstEight: "45087500", lastFour: "1019", scheme: "VISA", brand: "VISA",
            funding: "CREDIT", expMonth: 1, expYear: 2039)
        let token = Token(
            id: id, serial: 900_000 + serial, kind: .card, createdAt: time.nowMilliseconds(), card: card,
            number: "4508750015741019", cardResult: .approved)
        store.tokens.withLock { $0[id] = token }
        return id
    }

    /// A charge that is CAPTURED at once (token, `threeDSecure: false`), posting to `postURL`.
    @discardableResult
    func capturedCharge(
        postURL: String, amount: String = "1.5", currency: String = "KWD", key: String = TestSandbox.key
    ) -> TestResponse {
        let body = TestSandbox.chargeBody([
            "amount": amount, "currency": "\"\(currency)\"", "source": #"{"id":"\#(insertToken())"}"#,
            "threeDSecure": "false", "post": #"{"url":"\#(postURL)"}"#,
        ])
        return call(.post, "/v2/charges", body, key: key)
    }

    /// The delivery log (`GET /_sandbox/webhooks`), optionally for one object.
    func deliveries(of objectID: String? = nil, key: String? = TestSandbox.key) -> [JSONValue] {
        let query = objectID.map { "?object_id=\($0)" } ?? ""
        return call(.get, "/_sandbox/webhooks" + query, key: key).value("deliveries")?.arrayValue ?? []
    }

    /// Polls the delivery log until `done` holds (deliveries run on their own threads), or 10 s pass.
    @discardableResult
    func waitForDeliveries(
        of objectID: String? = nil, key: String? = TestSandbox.key, until done: ([JSONValue]) -> Bool
    ) -> [JSONValue] {
        let deadline = Date().addingTimeInterval(10)
        var deliveries = self.deliveries(of: objectID, key: key)
        while !done(deliveries) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.002)
            deliveries = self.deliveries(of: objectID, key: key)
        }
        return deliveries
    }

    /// Waits until the object's deliveries have `count` completed attempts in all.
    @discardableResult
    func waitForCompletedAttempts(_ count: Int, of objectID: String, key: String? = TestSandbox.key)
        -> [JSONValue]
    {
        waitForDeliveries(of: objectID, key: key) { deliveries in
            deliveries.flatMap { $0["attempts"]?.arrayValue ?? [] }.filter { $0["latency_ms"]?.isNull == false }
                .count >= count
        }
    }

    /// Moves the caller's clock by `milliseconds`.
    @discardableResult
    func advance(milliseconds: Int, key: String? = TestSandbox.key) -> TestResponse {
        call(.post, "/_sandbox/clock/advance", #"{"milliseconds":\#(milliseconds)}"#, key: key)
    }
}

extension JSONValue {
    /// A value at a dotted path such as `"attempts.0.response.status"`.
    func at(_ path: String) -> JSONValue? {
        var current: JSONValue? = self
        for part in path.split(separator: ".") {
            if let index = Int(part), let array = current?.arrayValue {
                current = index < array.count ? array[index] : nil
            } else {
                current = current?[String(part)]
            }
        }
        return current
    }

    func string(_ path: String) -> String? { at(path)?.stringValue }

    func int(_ path: String) -> Int64? { at(path)?.numberValue?.int64Value }
}
