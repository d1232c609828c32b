/// The CSV of a charge or authorize download (spec §14.3). Tap does not publish its columns; these are
/// the spec's PROPOSED ones. Text is RFC 4180: a header row, CRLF line ends, and a field holding a comma,
/// a quote, CR or LF is quoted with its quotes doubled.
enum PaymentCSV {
    static let columns = [
        "id", "status", "amount", "currency", "created", "customer_id", "customer_email", "reference_transaction",
        "reference_order", "payment_method", "card_first_six", "card_last_four", "response_code", "response_message",
    ]

    static func render(_ payments: [Payment]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 + payments.count * 200)
        appendRow(columns, to: &bytes)
        for payment in payments { appendRow(row(payment), to: &bytes) }
        return bytes
    }

    static func row(_ payment: Payment) -> [String] {
        let card = payment.source.card
        return [
            payment.id, payment.status.rawValue, payment.amount.formatted, payment.amount.currency.code,
            String(payment.createdAt), payment.customer?.id ?? "", payment.customer?.email ?? "",
            payment.reference.transaction ?? "", payment.reference.order ?? "", payment.source.paymentMethod ?? "",
            card?.firstSix ?? "", card?.lastFour ?? "", payment.responseCode,
            ResponseCode.message(for: payment.responseCode),
        ]
    }

    static func appendRow(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendField(field, to: &bytes)
        }
        bytes.append(contentsOf: "\r\n".utf8)
    }

    /// One field. Merchant text (references, emails) may start like a spreadsheet formula (`=`, `+`, `-`,
    /// `@`, tab, CR): such a field gets a leading `'` so a spreadsheet shows it as text instead of running
    /// it (OWASP "CSV Injection"). The sandbox's own values (ids, amounts, codes) never start that way.
    static func appendField(_ field: String, to bytes: inout [UInt8]) {
        let isFormulaLike = field.utf8.first.map { "=+-@\t\r".utf8.contains($0) } ?? false
        let text = isFormulaLike ? "'" + field : field
        let needsQuotes = text.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }
        guard needsQuotes else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
