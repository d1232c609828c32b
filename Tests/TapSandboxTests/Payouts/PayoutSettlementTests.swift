import Foundation
import Testing

@testable import TapSandbox

/// `POST /_sandbox/payouts/settle` (CONTRACT.md §5a, spec §8): one payout per currency of the captured
/// charges minus the settled refunds not covered by an earlier payout.
@Suite struct PayoutSettlementTests {
    /// The payouts of a settle answer as (currency, amount text).
    static func amounts(_ response: TestResponse) -> [String: String] {
        var amounts: [String: String] = [:]
        for payout in response.value("payouts")?.arrayValue ?? [] {
            guard let currency = payout["currency"]?.stringValue else { continue }
            amounts[currency] = payout["amount"]?.numberValue?.text
        }
        return amounts
    }

    @Test func payout_HasTheShapeOfSpec8() throws {
        let sandbox = try TestSandbox()
        _ = try sandbox.capturedChargeID(amount: "8.16", currency: "SAR")
        let settled = sandbox.settlePayouts()
        #expect(settled.status == 200)
        #expect(settled.string("object") == "list")
        #expect(settled.value("count")?.numberValue?.text == "1")
        let payout = try #require(settled.value("payouts.0"))
        let id = try #require(payout.string("id"))
        #expect(id.hasPrefix("payout_") && id.count == 21 && id.dropFirst(7).allSatisfy(\.isNumber))
        #expect(payout.string("status") == "PAID_OUT")
        #expect(payout.int("date") == sandbox.time.nowMilliseconds())
        #expect(payout["amount"]?.numberValue?.text == "8.16")
        #expect(payout.string("currency") == "SAR")
        let merchant = sandbox.store.account(TestSandbox.key).merchant.id
        #expect(payout.string("merchant_id") == merchant)
        #expect(payout.string("wallet.id") == merchant)
        #expect(payout.string("wallet.legacy_id") == merchant)
        #expect(payout.string("wallet.country") == "KW")
        #expect(payout.string("wallet.bank.name") == "NBK")
        #expect(payout.string("wallet.bank.swift") == "NBOKKWKW")
        #expect(payout.string("wallet.bank.beneficiary.iban")?.hasPrefix("XXXXX") == true)
        #expect(payout.string("bank_reference")?.count == 12)
    }

    @Test func amounts_PerCurrency_DeductSettledRefunds_AndCarryPendingOnes() throws {
        let sandbox = try TestSandbox()
        let kwd = try sandbox.capturedChargeID(amount: "10", currency: "KWD")
        _ = try sandbox.capturedChargeID(amount: "5.5", currency: "KWD")
        let usd = try sandbox.capturedChargeID(amount: "20", currency: "USD")
        #expect(sandbox.refund(kwd, amount: "3").status == 200)
        sandbox.advance(seconds: 5)  // the KWD refund is REFUNDED
        #expect(sandbox.refund(usd, amount: "2", currency: "USD").string("status") == "PENDING")
        #expect(Self.amounts(sandbox.settlePayouts()) == ["KWD": "12.500", "USD": "20.00"])

        // The USD refund settles after the payout: it is deducted from the next USD payout. Until then the
        // USD balance is negative, which makes no payout.
        sandbox.advance(seconds: 5)
        _ = try sandbox.capturedChargeID(amount: "1", currency: "KWD")
        #expect(Self.amounts(sandbox.settlePayouts()) == ["KWD": "1.000"])
        _ = try sandbox.capturedChargeID(amount: "5", currency: "USD")
        #expect(Self.amounts(sandbox.settlePayouts()) == ["USD": "3.00"])
        #expect(Self.amounts(sandbox.settlePayouts()).isEmpty)
    }

    @Test func refundAfterAPayout_ReducesTheNextOne() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "10", currency: "BHD")
        #expect(Self.amounts(sandbox.settlePayouts()) == ["BHD": "10.000"])
        #expect(sandbox.refund(charge, amount: "4", currency: "BHD").status == 200)
        sandbox.advance(seconds: 5)
        _ = try sandbox.capturedChargeID(amount: "6.5", currency: "BHD")
        #expect(Self.amounts(sandbox.settlePayouts()) == ["BHD": "2.500"])
    }

    @Test func nothingNew_MakesNoPayout_AndNoChargeIsPaidTwice() throws {
        let sandbox = try TestSandbox()
        #expect(sandbox.settlePayouts().value("payouts") == [])
        let first = try sandbox.capturedChargeID(amount: "1")
        let second = try sandbox.capturedChargeID(amount: "2")
        // Not captured: never paid out.
        _ = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody())
        #expect(Self.amounts(sandbox.settlePayouts()) == ["KWD": "3.000"])
        #expect(sandbox.settlePayouts().value("count")?.numberValue?.text == "0")
        let third = try sandbox.capturedChargeID(amount: "4")
        #expect(Self.amounts(sandbox.settlePayouts()) == ["KWD": "4.000"])
        let payouts = sandbox.store.account(TestSandbox.key).read { Array($0.payouts.ordered.values) }
        #expect(payouts.map(\.chargeIDs) == [[first, second], [third]])
    }

    @Test func fullyRefundedCharge_MakesNoPayout() throws {
        let sandbox = try TestSandbox()
        let charge = try sandbox.capturedChargeID(amount: "3")
        #expect(sandbox.refund(charge, amount: "3").status == 200)
        sandbox.advance(seconds: 5)
        #expect(Self.amounts(sandbox.settlePayouts()).isEmpty)
    }

    @Test func settle_WithAKey_PaysThatAccount_WithoutAKey_EveryAccount() throws {
        let sandbox = try TestSandbox()
        let other = "sk_test_PayoutOther"
        _ = try sandbox.capturedChargeID(amount: "1")
        _ = try sandbox.capturedChargeID(amount: "2", key: other)
        let mine = sandbox.settlePayouts()
        #expect(Self.amounts(mine) == ["KWD": "1.000"])
        #expect(sandbox.call(.post, "/v2/payouts/list", "{}", key: other).value("count")?.numberValue?.text == "0")
        _ = try sandbox.capturedChargeID(amount: "5")
        let all = sandbox.settlePayouts(key: nil)
        let merchants = (all.value("payouts")?.arrayValue ?? []).compactMap { $0.string("merchant_id") }
        #expect(Set(merchants) == [
            sandbox.store.account(TestSandbox.key).merchant.id, sandbox.store.account(other).merchant.id,
        ])
        #expect(all.value("count")?.numberValue?.text == "2")
    }

    @Test func payout_RoundTripsThroughCodable() throws {
        let payout = Payout(
            serial: 42, date: 1_790_000_000_000, currency: .kwd, charges: [("chg_1", 1500), ("chg_2", 500)],
            refunds: [("re_1", 250)])
        #expect(payout.amount == Amount(minorUnits: 1750, currency: .kwd))
        let data = try JSONEncoder().encode(payout)
        #expect(try JSONDecoder().decode(Payout.self, from: data) == payout)
    }

    @Test func payoutIDs_AreDistinctForDistinctSerials() {
        let ids = Set((0..<10_000).map { Payout.digits(serial: Int64($0) * 7_919 + 123_456_789_012) })
        #expect(ids.count == 10_000)
        #expect(ids.allSatisfy { $0.count == 14 })
    }
}
