import Foundation
import Testing

@testable import TapSandbox

extension TestSandbox {
    static let otherKey = "sk_test_persistenceOtherAccount42"

    /// Builds state of every kind the data directory keeps, through the API: customers (updated, deleted,
    /// with a saved card), an INITIATED charge with an idempotent key (its expiry and key-expiry tasks),
    /// a token charge whose webhook fails (a delivery waiting for its retry), a token left unused, a voided
    /// and an auto-capturing authorize, an advanced clock, and a second account. Waits until the webhook's
    /// second attempt is recorded and its next retry scheduled, so nothing changes afterwards. Returns the
    /// paths whose GET shows it all.
    func buildEveryKindOfState() throws -> [String] {
        let kept = customer()
        let updated = customer(#"{"first_name":"Omar","email":"omar@example.com"}"#)
        try #require(call(.put, "/v2/customers/\(updated)", #"{"last_name":"Haddad"}"#).status == 200)
        let deleted = customer(#"{"first_name":"Gone","email":"gone@example.com"}"#)
        try #require(call(.delete, "/v2/customers/\(deleted)").status == 200)
        let saved = call(.post, "/v2/card/\(kept)", #"{"source":"\#(token())"}"#)
        try #require(saved.status == 200, "\(saved.text)")
        let initiated = call(.post, "/v2/charges", TestSandbox.chargeBody(["reference": #"{"idempotent":"key-1"}"#]))
        // Port 9 (discard) refuses the connection: the delivery fails and waits for its retry.
        let captured = charge(token: token(), ["post": #"{"url":"http://127.0.0.1:9/hook"}"#])
        let capturedID = captured.string("id") ?? ""
        waitForCompletedAttempts(1, of: capturedID)
        let unused = token()
        let authorize = call(
            .post, "/v2/authorize",
            TestSandbox.paymentBody(
                source: token(number: TestSandbox.nonEnrolledVisa),
                [
                    "threeDSecure": "false"
                ]))
        let authorizeID = authorize.string("id") ?? ""
        try #require(call(.post, "/v2/authorize/\(authorizeID)/void").string("status") == "VOID")
        let automatic = call(
            .post, "/v2/authorize",
            TestSandbox.paymentBody(
                source: token(number: TestSandbox.nonEnrolledVisa),
                [
                    "threeDSecure": "false", "auto": #"{"type":"CAPTURE","time":1}"#,
                ]))
        advance(seconds: 10)
        let other = call(.post, "/v2/charges", TestSandbox.chargeBody(), key: TestSandbox.otherKey)
        let ids = [initiated, captured, authorize, automatic, other].map { $0.string("id") ?? "" }
        try #require(ids.allSatisfy { !$0.isEmpty })
        // The advance made the first retry due: wait until it has failed and the next one is scheduled.
        waitForDeliveries(of: capturedID) { deliveries in
            deliveries.first?.string("status") == "SCHEDULED"
                && deliveries.first?.at("attempts")?.arrayValue?.count == 2
        }
        return [
            "/v2/customers/\(kept)", "/v2/customers/\(updated)", "/v2/customers/\(deleted)", "/v2/card/\(kept)",
            "/v2/charges/\(ids[0])", "/v2/charges/\(ids[1])", "/v2/tokens/\(unused)", "/v2/authorize/\(ids[2])",
            "/v2/authorize/\(ids[3])", "/_sandbox/webhooks", "/_sandbox/clock",
        ]
    }

    /// The GET bodies of `paths`, plus the lists of both accounts.
    func snapshotOfResponses(_ paths: [String]) -> [String] {
        paths.map { body($0) } + [
            call(.post, "/v2/charges/list", "{}").text, call(.post, "/v2/authorize/list", "{}").text,
            call(.post, "/v2/customers/list", "{}").text,
            call(.post, "/v2/charges/list", "{}", key: TestSandbox.otherKey).text,
        ]
    }
}
