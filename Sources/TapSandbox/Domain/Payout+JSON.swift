extension Payout {
    /// The Tap JSON of this payout: the object of spec §8 (the payout webhook body and a list item), with
    /// `bank_reference` from the list items. The wallet and bank are the sandbox's own fixed, fake values.
    public func json(_ merchant: Merchant) -> [UInt8] {
        var writer = JSONWriter(capacity: 512)
        write(to: &writer, merchant)
        return writer.bytes
    }

    public func write(to writer: inout JSONWriter, _ merchant: Merchant) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("status", status.rawValue)
        // Spec §1: a payout's `date` is a number of epoch milliseconds (a charge's `created` is a string).
        writer.field("date", date)
        writer.key("amount")
        writer.rawNumber(amount.formatted)
        writer.field("currency", amount.currency.code)
        writer.field("merchant_id", merchant.id)
        writer.key("wallet")
        writer.beginObject()
        writer.field("id", merchant.id)
        writer.field("legacy_id", merchant.id)
        writer.field("country", merchant.country)
        writeBank(to: &writer, merchant)
        writer.endObject()
        writer.field("bank_reference", bankReference)
        writer.endObject()
    }

    /// The bank's reference of the transfer: 12 digits derived from the serial, like a charge's acquirer one.
    public var bankReference: String {
        Identifier.digits(12, serial: serial, salt: DerivedID.acquirer)
    }

    private func writeBank(to writer: inout JSONWriter, _ merchant: Merchant) {
        let bank = SandboxBank.of(merchant)
        writer.key("bank")
        writer.beginObject()
        writer.field("id", bank.id)
        writer.field("country", merchant.country)
        writer.field("name", bank.name)
        writer.field("swift", bank.swift)
        writer.key("beneficiary")
        writer.beginObject()
        writer.field("name", bank.beneficiary)
        writer.field("iban", bank.maskedIBAN)
        writer.endObject()
        writer.endObject()
    }
}

/// The bank account a sandbox merchant is paid into. Tap shows the merchant's real bank with a masked IBAN
/// (spec §8: `"name":"RAJHI","swift":"RJHISARI","iban":"XXXXX8715"`); the sandbox has none, so every
/// merchant gets a Kuwaiti bank (merchants are KW) with a fake beneficiary and IBAN digits from its id.
public struct SandboxBank: Sendable, Equatable {
    public var id: String
    public var name: String
    public var swift: String
    public var beneficiary: String
    public var maskedIBAN: String

    public static func of(_ merchant: Merchant) -> SandboxBank {
        SandboxBank(
            id: "1", name: "NBK", swift: "NBOKKWKW", beneficiary: "Sandbox Merchant \(merchant.id)",
            maskedIBAN: "XXXXX" + String(merchant.id.suffix(4)))
    }
}
