extension Amount {
    /// Parses an amount exactly as a client sent it: a JSON number literal's text (`10`, `1.500`, `1e2`) or the
    /// contents of a numeric string (`"10.5"`).
    ///
    /// Both follow RFC 8259 §6 number grammar, checked over the whole text (`Decimal(string:)` would accept
    /// `"10.12x"`): no whitespace, `+` sign, leading zeros, hex, `NaN` or `Infinity`. Exponents shift the decimal
    /// point exactly. Zeros past the currency's decimals are fine (`"10.000"` USD is 10.00), any other digit
    /// there is `.tooManyDecimals`. Every failure maps to Tap 1117 "Amount is invalid" at the API layer.
    public static func parse(_ text: String, currency: Currency) -> Result<Amount, AmountError> {
        guard var number = NumberLiteral(text.utf8) else { return .failure(.malformed(text)) }
        number.normalize()
        if number.digits.isEmpty || number.isNegative { return .failure(.notPositive(text)) }
        let shift = number.exponent + currency.decimals
        guard shift >= 0 else { return .failure(.tooManyDecimals(text, currency)) }
        let maximumDigits = 13 + currency.decimals  // 10^12 major units has 13 integer digits
        guard number.digits.count + shift <= maximumDigits else { return .failure(.tooLarge(text)) }
        var minorUnits: Int64 = 0
        for digit in number.digits { minorUnits = minorUnits * 10 + Int64(digit) }
        for _ in 0..<shift { minorUnits *= 10 }
        var limit = maximumMajorUnits
        for _ in 0..<currency.decimals { limit *= 10 }
        guard minorUnits <= limit else { return .failure(.tooLarge(text)) }
        return .success(Amount(minorUnits: minorUnits, currency: currency))
    }
}

/// Why an amount was refused; the API layer maps every case to Tap 1117 "Amount is invalid".
public enum AmountError: Error, Hashable, Sendable {
    /// Not a number in JSON grammar (the text as received).
    case malformed(String)
    /// Zero or negative.
    case notPositive(String)
    /// A non-zero digit beyond the currency's decimal places.
    case tooManyDecimals(String, Currency)
    /// Above `Amount.maximumMajorUnits`.
    case tooLarge(String)

    /// A human explanation naming the offending value.
    public var reason: String {
        switch self {
        case .malformed(let text): "amount \(Self.quoted(text)) is not a plain decimal number"
        case .notPositive(let text): "amount \(Self.quoted(text)) must be greater than zero"
        case .tooManyDecimals(let text, let currency):
            "amount \(Self.quoted(text)) has more than \(currency.decimals) decimal places, the most \(currency) allows"
        case .tooLarge(let text): "amount \(Self.quoted(text)) exceeds \(Amount.maximumMajorUnits) major units"
        }
    }

    // Bounded, so a megabyte of digits does not end up in an error body or a log line.
    private static func quoted(_ text: String) -> String {
        text.count <= 40 ? "\"\(text)\"" : "\"\(text.prefix(40))…\""
    }
}

/// A JSON number literal split into sign, decimal digits and a power of ten: value = ±digits × 10^exponent.
private struct NumberLiteral {
    var isNegative = false
    var digits: [UInt8] = []
    var exponent = 0

    // Exponents beyond this are clamped; the result is then too large or too precise whatever the digits.
    private static let exponentClamp = 1_000_000_000

    /// Reads `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` over the whole text, or fails.
    init?(_ text: String.UTF8View) {
        var bytes = text[...]
        isNegative = bytes.first == UInt8(ascii: "-")
        if isNegative { bytes = bytes.dropFirst() }
        let integer = bytes.prefix(while: Self.isDigit)
        guard let first = integer.first, first != UInt8(ascii: "0") || integer.count == 1 else { return nil }
        digits = integer.map { $0 - UInt8(ascii: "0") }
        bytes = bytes.dropFirst(integer.count)
        if bytes.first == UInt8(ascii: ".") {
            let fraction = bytes.dropFirst().prefix(while: Self.isDigit)
            guard !fraction.isEmpty else { return nil }
            digits += fraction.map { $0 - UInt8(ascii: "0") }
            exponent = -fraction.count
            bytes = bytes.dropFirst(1 + fraction.count)
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            let isExponentNegative = bytes.first == UInt8(ascii: "-")
            if isExponentNegative || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            let power = bytes.prefix(while: Self.isDigit)
            guard !power.isEmpty else { return nil }
            var value = 0
            for byte in power { value = min(value * 10 + Int(byte - UInt8(ascii: "0")), Self.exponentClamp) }
            exponent += isExponentNegative ? -value : value
            bytes = bytes.dropFirst(power.count)
        }
        guard bytes.isEmpty else { return nil }
    }

    /// Drops leading zeros and moves trailing zeros into the exponent; a zero value ends with no digits.
    mutating func normalize() {
        digits.removeFirst(digits.prefix(while: { $0 == 0 }).count)
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
