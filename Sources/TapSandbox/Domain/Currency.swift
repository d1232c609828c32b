/// An ISO 4217 currency the sandbox accepts, with the number of decimal places Tap uses for it.
///
/// The set is closed (spec §13, CONTRACT §3): values only come from `parse(_:)` or the static constants,
/// so every `Currency` in the system is supported and its `code` is uppercase.
public struct Currency: Hashable, Sendable {
    /// Uppercase ISO 4217 code, e.g. `"KWD"`.
    public let code: String
    /// Digits after the decimal point in this currency's minor unit (3 for KWD, 2 for USD).
    public let decimals: Int

    private init(_ code: String, decimals: Int) {
        self.code = code
        self.decimals = decimals
    }

    public static let kwd = Currency("KWD", decimals: 3)
    public static let bhd = Currency("BHD", decimals: 3)
    public static let omr = Currency("OMR", decimals: 3)
    // JOD is not in Tap's webhook list; ISO 4217 and third-party Tap integrations use 3 (spec §13).
    public static let jod = Currency("JOD", decimals: 3)
    public static let sar = Currency("SAR", decimals: 2)
    public static let aed = Currency("AED", decimals: 2)
    public static let qar = Currency("QAR", decimals: 2)
    public static let egp = Currency("EGP", decimals: 2)
    public static let usd = Currency("USD", decimals: 2)
    public static let eur = Currency("EUR", decimals: 2)
    public static let gbp = Currency("GBP", decimals: 2)

    /// Every supported currency: the default merchant whitelist of spec §13.
    public static let all: [Currency] = [.kwd, .bhd, .omr, .jod, .sar, .aed, .qar, .egp, .usd, .eur, .gbp]

    /// Parses a currency code as a client sent it.
    ///
    /// Case is ignored (`"kwd"` is KWD): Tap's docs only show uppercase, but rejecting lowercase would make the
    /// sandbox stricter than any evidence we have, and the code is echoed back uppercase either way.
    /// Not exactly three ASCII letters → `.malformed` (Tap 1118); well-formed but unknown → `.unsupported` (1119).
    public static func parse(_ code: String) -> Result<Currency, CurrencyError> {
        let bytes = Array(code.utf8)
        guard bytes.count == 3, bytes.allSatisfy(isASCIILetter) else {
            return .failure(.malformed(code))
        }
        let upper = String(decoding: bytes.map(uppercased), as: UTF8.self)
        guard let currency = all.first(where: { $0.code == upper }) else {
            return .failure(.unsupported(upper))
        }
        return .success(currency)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
    }
}

extension Currency: CustomStringConvertible {
    public var description: String { code }
}

/// Why a currency code was refused; the API layer maps `.malformed` to Tap 1118 and `.unsupported` to 1119.
public enum CurrencyError: Error, Hashable, Sendable {
    /// Not exactly three ASCII letters (the text as received).
    case malformed(String)
    /// Three letters, but not a currency the sandbox supports (the code, uppercased).
    case unsupported(String)

    /// A human explanation naming the offending value.
    public var reason: String {
        switch self {
        case .malformed(let text): "currency \"\(text)\" is not a three-letter ISO 4217 code"
        case .unsupported(let code):
            "currency \(code) is not supported; use one of \(Currency.all.map(\.code).joined(separator: ", "))"
        }
    }
}
