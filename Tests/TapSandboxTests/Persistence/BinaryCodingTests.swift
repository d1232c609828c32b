import Foundation
import Testing

@testable import TapSandbox

/// `BinaryEncoder`/`BinaryDecoder`: exact round trips of the state types, tolerance of members added or
/// removed between versions, and malformed input that throws instead of trapping.
@Suite struct BinaryCodingTests {
    static var payment: Payment {
        let metadata = try? JSONParser.parse(#"{"udf1":1.50,"udf1":"dup","ü":null}"#)
        let card = CardSummary(
            firstSix: "450875", firstEight: "45087500", lastFour: "1019", scheme: "VISA", brand: "VISA",
            funding: "CREDIT", name: "Ada", expMonth: 1, expYear: 39)
        var payment = Payment(
            kind: .authorize, id: "auth_1", serial: -42, amount: Amount(minorUnits: 1500, currency: .kwd),
            createdAt: 1_790_000_000_000,
            source: PaymentSource(kind: .token, id: "tok_1", paymentMethod: "VISA", card: card))
        payment.metadata = metadata?.objectValue ?? JSONObject()
        payment.reference = MerchantReference(transaction: "t", order: nil, idempotent: "i")
        payment.customer = CustomerSnapshot(id: "cus_1", phone: Phone(countryCode: "965", number: "50000000"))
        payment.post = Callback(url: "https://example.com/hook")
        payment.auto = AutoAction(type: .void, hours: 2)
        payment.transition(to: .authorized, code: "001", at: 1_790_000_000_500)
        return payment
    }

    @Test func payment_RoundTripsExactly() throws {
        let payment = Self.payment
        let decoded = try BinaryDecoder.decode(Payment.self, from: BinaryEncoder.encode(payment))
        #expect(decoded == payment)
        #expect(decoded.metadata.keys == ["udf1", "udf1", "ü"])
    }

    @Test(arguments: [
        TaskAction.expire(paymentID: "chg_1"), .autoAction(authorizeID: "auth_1"),
        .transition(paymentID: "chg_2", status: .captured, code: "000"), .custom(name: "webhook", id: "whd_1"),
    ])
    func taskActions_RoundTrip(action: TaskAction) throws {
        let task = ScheduledTask(dueAt: 5, sequence: 9, action: action)
        #expect(try BinaryDecoder.decode(ScheduledTask.self, from: BinaryEncoder.encode(task)) == task)
    }

    @Test func delivery_WithRawBodiesAndHeaders_RoundTrips_AndBodiesStayCompact() throws {
        var delivery = WebhookDelivery(
            id: "whd_1", serial: 7, createdAt: 1, payload: .payment(Self.payment), url: "http://x/hook")
        let body = [UInt8](repeating: 0xFE, count: 1000) + [0, 1, 2]
        var attempt = DeliveryAttempt(number: 1, startedAt: 2)
        attempt.requestHeaders = ["Hashstring": "abc", "X-A": "1", "x-a": "2"]
        attempt.requestBody = body
        attempt.response = DeliveryResponse(status: 500, headers: ["server": "test"], body: [0xFF, 0x00])
        // The second attempt is on the wire: no request logged yet.
        delivery.attempts = [attempt, DeliveryAttempt(number: 2, startedAt: 3)]
        let encoded = try BinaryEncoder.encode(delivery)
        #expect(try BinaryDecoder.decode(WebhookDelivery.self, from: encoded) == delivery)
        let paymentOnly = try BinaryEncoder.encode(
            WebhookDelivery(
                id: "whd_1", serial: 7, createdAt: 1, payload: .payment(Self.payment), url: "http://x/hook"))
        #expect(encoded.count < paymentOnly.count + body.count + 300)
    }

    @Test func token_AndCardResults_RoundTrip() throws {
        for result in [CardResult.approved, .refused(status: .declined, code: "505")] {
            let card = CardSummary(
                firstSix: "512345", firstEight: "51234500", lastFour: "0008", scheme: "MASTERCARD",
                brand: "MASTERCARD", funding: "CREDIT", expMonth: 1, expYear: 39)
            var token = Token(
                id: "tok_1", serial: 1, kind: .savedCard, createdAt: 3, card: card, number: "5123450000000008",
                cardResult: result)
            token.used = true
            token.address = JSONObject([("line1", "x")])
            #expect(try BinaryDecoder.decode(Token.self, from: BinaryEncoder.encode(token)) == token)
        }
    }

    private struct Later: Codable, Equatable {
        var id: String
        var count: Int64
        var added: [String]
        var note: String?
    }

    private struct Earlier: Codable, Equatable {
        var note: String?
        var id: String
        var missing: Int?
    }

    @Test func membersAddedOrRemovedBetweenVersions_AreSkippedOrNil() throws {
        let later = Later(id: "a", count: -3, added: ["x", "y"], note: "kept")
        let earlier = try BinaryDecoder.decode(Earlier.self, from: BinaryEncoder.encode(later))
        #expect(earlier == Earlier(note: "kept", id: "a", missing: nil))
    }

    @Test func everyTruncation_Throws() throws {
        let encoded = try BinaryEncoder.encode(Self.payment)
        for length in 0..<encoded.count {
            #expect(throws: DecodingError.self) {
                try BinaryDecoder.decode(Payment.self, from: Array(encoded[..<length]))
            }
        }
    }

    @Test func everyCorruptedByte_ThrowsOrDecodes_NeverTraps() throws {
        let encoded = try BinaryEncoder.encode(Self.payment)
        for index in encoded.indices {
            for value: UInt8 in [0x00, 0x7F, 0x80, 0xFF] {
                var damaged = encoded
                damaged[index] = value
                _ = try? BinaryDecoder.decode(Payment.self, from: damaged)
            }
        }
    }

    @Test func crc32c_MatchesPublishedVectors() {
        // RFC 3720 §B.4 and the common "123456789" check value.
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum(Array(0...31)) == 0x46DD_794E)
    }
}
