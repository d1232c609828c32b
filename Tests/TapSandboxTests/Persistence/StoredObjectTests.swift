import Testing

@testable import TapSandbox

/// `StoredObject` is the list of what `--data-dir` keeps of an account: these tests make a forgotten
/// addition fail here instead of losing data at a restart.
@Suite struct StoredObjectTests {
    @Test func everyPropertyOfAccountState_IsPersistedOrDeliberatelyTransient() {
        let properties = Set(Mirror(reflecting: AccountState()).children.compactMap(\.label))
        let listed = StoredObject.persistedProperties.union(StoredObject.transientProperties)
        let unlisted = properties.subtracting(listed).sorted()
        #expect(
            properties == listed,
            "persist the new AccountState properties \(unlisted) as Persistence/StoredObject.swift describes")
    }

    @Test func unknownChangeKind_IsReportedAsUnknown_NotAsDeleted() {
        #expect(StoredObject.capture(ObjectKey(kind: "rebate", id: "reb_1"), in: AccountState()) == .unknown)
        #expect(StoredObject.capture(ObjectKey(kind: "customer", id: "cus_1"), in: AccountState()) == .deleted)
    }

    @Test func everyStoredObject_RoundTripsThroughARecord() throws {
        var state = AccountState()
        state.schedule(.expire(paymentID: "chg_1"), at: 10)
        state.setIdempotency(
            IdempotencyEntry(objectID: "chg_1", expiresAt: 99), for: IdempotencyKey(family: "charge", value: "k:1"))
        state.put(Customer(id: "cus_1", serial: 2, createdAt: 3))
        state.put(BinaryCodingTests.payment)
        let kwd = try Currency.parse("KWD").get()
        var refund = Refund(
            id: "re_1", serial: 4, chargeID: BinaryCodingTests.payment.id,
            amount: Amount(minorUnits: 1_500, currency: kwd),
            reason: "requested_by_customer", createdAt: 5,
            settlement: RefundSettlementPlan(status: .failed, code: "401", delayMilliseconds: 7_000))
        refund.webhookBehaviour = WebhookBehaviour()
        refund.scenario = "refund-failed"
        state.put(refund)
        let payout = Payout(
            serial: 6, date: 7, currency: kwd, charges: [(BinaryCodingTests.payment.id, 10_000)],
            refunds: [("re_1", 1_500)])
        state.put(payout)
        state.put(PayoutSettings(webhookURL: "http://127.0.0.1:9/payouts", nextDailyPayoutAt: 86_400_000))
        state.setScenarioCount("fail-then-succeed", to: 2)
        state.clockOffsetMs = 1234
        let entry = JournalEntry.account(
            AccountChanges(key: TestSandbox.key, puts: StoredObject.all(in: state), serials: 5))
        var bytes: [UInt8] = []
        try RecordFraming.appendRecord(entry, to: &bytes)
        let decoded = try BinaryDecoder.decode(
            JournalEntry.self, from: Array(bytes[(RecordFraming.recordHeaderSize + 1)...]))
        #expect(decoded == entry)
        var restored = AccountState()
        guard case .account(let changes) = decoded else { return }
        for object in changes.puts { object.apply(to: &restored) }
        restored.finishRestoring()
        state.changes.removeAll()
        #expect(restored == state)
        for key in [
            ObjectKey.task(0), ObjectKey(kind: "idempotency", id: "charge:k:1"), ObjectKey(kind: "refund", id: "re_1"),
            ObjectKey(kind: "payout", id: payout.id),
        ] {
            #expect(StoredObject.capture(key, in: state) != .deleted)
        }
    }
}
