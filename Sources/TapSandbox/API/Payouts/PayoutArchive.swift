/// The ZIP of `POST /v2/payouts/download` (spec §8): for each payout the sheets Tap names
/// `29102023  - CHARGES 33271023375023.csv` and `29102023  - PAYOUT SUMMARY 33271023375023.csv` (the payout's
/// date as DDMMYYYY, two spaces, the id's digits), plus the optional refunds sheet Tap mentions, named alike.
/// Tap does not publish the sheets' columns; these are the sandbox's (RFC 4180 CSV, as the charge download).
enum PayoutArchive {
    static let refundColumns = [
        "id", "charge_id", "status", "amount", "currency", "created", "reason", "reference_merchant",
        "response_code", "response_message",
    ]
    static let summaryColumns = [
        "payout_id", "date", "status", "currency", "charges_count", "captured_amount", "refunds_count",
        "refunded_amount", "fees", "net_amount", "merchant_id", "bank_name", "bank_swift", "iban", "bank_reference",
    ]

    /// The archive of `payouts`, each file dated `now` (the account's clock) in the archive's headers.
    static func zip(_ payouts: [Payout], state: borrowing AccountState, merchant: Merchant, now: Int64)
        throws(ZIPWriter.Failure) -> [UInt8]
    {
        let time = UTCDate(epochMilliseconds: now)
        let modified = DOSDateTime(
            year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute,
            second: time.second)
        var writer = ZIPWriter()
        for payout in payouts {
            let prefix = fileDate(payout.date) + "  - "
            let suffix = " \(payout.number).csv"
            let charges = payout.chargeIDs.compactMap { state.charges[$0] }
            let refunds = payout.refundIDs.compactMap { state.refunds[$0] }
            try writer.append(name: prefix + "CHARGES" + suffix, data: PaymentCSV.render(charges), modified: modified)
            try writer.append(name: prefix + "REFUNDS" + suffix, data: refundSheet(refunds), modified: modified)
            try writer.append(
                name: prefix + "PAYOUT SUMMARY" + suffix, data: summarySheet(payout, merchant: merchant),
                modified: modified)
        }
        return writer.finish()
    }

    /// `DDMMYYYY` of a UTC date, as in Tap's file names.
    static func fileDate(_ epochMilliseconds: Int64) -> String {
        let date = UTCDate(epochMilliseconds: epochMilliseconds)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(date.day, 2) + pad(date.month, 2) + pad(date.year, 4)
    }

    static func refundSheet(_ refunds: [Refund]) -> [UInt8] {
        var bytes: [UInt8] = []
        PaymentCSV.appendRow(refundColumns, to: &bytes)
        for refund in refunds {
            PaymentCSV.appendRow(
                [
                    refund.id, refund.chargeID, refund.status.rawValue, refund.amount.formatted,
                    refund.amount.currency.code, String(refund.createdAt), refund.reason,
                    refund.reference.merchant ?? "", refund.responseCode,
                    RefundResponseCode.message(for: refund.responseCode),
                ], to: &bytes)
        }
        return bytes
    }

    static func summarySheet(_ payout: Payout, merchant: Merchant) -> [UInt8] {
        let currency = payout.amount.currency
        let bank = SandboxBank.of(merchant)
        var bytes: [UInt8] = []
        PaymentCSV.appendRow(summaryColumns, to: &bytes)
        PaymentCSV.appendRow(
            [
                payout.id, String(payout.date), payout.status.rawValue, currency.code, String(payout.chargeIDs.count),
                Amount(minorUnits: payout.capturedMinorUnits, currency: currency).formatted,
                String(payout.refundIDs.count),
                Amount(minorUnits: payout.refundedMinorUnits, currency: currency).formatted,
                Amount.zero(currency).formatted, payout.amount.formatted, merchant.id, bank.name, bank.swift,
                bank.maskedIBAN, payout.bankReference,
            ], to: &bytes)
        return bytes
    }
}
