import Foundation

@testable import TapSandbox

extension TestSandbox {
    /// The id of a charge that is CAPTURED at once (an approved token, `threeDSecure: false`).
    func capturedChargeID(
        amount: String = "10", currency: String = "KWD", key: String = TestSandbox.key,
        _ overrides: [String: String] = [:]
    ) throws -> String {
        let body = TestSandbox.chargeBody(
            [
                "amount": amount, "currency": "\"\(currency)\"", "source": #"{"id":"\#(insertToken())"}"#,
                "threeDSecure": "false",
            ].merging(overrides) { $1 })
        let response = call(.post, "/v2/charges", body, key: key)
        guard response.string("status") == "CAPTURED", let id = response.string("id") else {
            throw TestFailure("the charge was not captured: \(response.text)")
        }
        return id
    }

    /// A create-refund body for `chargeID` with `overrides` merged in (top-level keys replaced, `nil` removes).
    static func refundBody(
        _ chargeID: String, amount: String = "1", currency: String = "KWD", _ overrides: [String: String?] = [:]
    ) -> String {
        var fields: [String: String] = [
            "charge_id": "\"\(chargeID)\"", "amount": amount, "currency": "\"\(currency)\"",
            "reason": #""requested_by_customer""#,
        ]
        for (key, value) in overrides { fields[key] = value }
        return "{" + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }

    /// `POST /v2/refunds` of `amount` of `chargeID`.
    func refund(
        _ chargeID: String, amount: String = "1", currency: String = "KWD", key: String = TestSandbox.key,
        _ overrides: [String: String?] = [:]
    ) -> TestResponse {
        let body = TestSandbox.refundBody(chargeID, amount: amount, currency: currency, overrides)
        return call(.post, "/v2/refunds", body, key: key)
    }

    /// `POST /_sandbox/payouts/settle` for the account (all accounts with `key: nil`).
    func settlePayouts(key: String? = TestSandbox.key) -> TestResponse {
        call(.post, "/_sandbox/payouts/settle", nil, key: key)
    }
}

/// A failed precondition of a test, with what was seen.
struct TestFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
