/// A card number (PAN) that passed validation: 12 to 19 ASCII digits with a valid Luhn check digit.
public struct CardNumber: Hashable, Sendable {
    /// The digits only, e.g. `"4508750015741019"`.
    public let digits: String

    private init(digits: String) {
        self.digits = digits
    }

    /// Published Tap test numbers (spec §12.1) whose check digit is wrong; accepted anyway so every published
    /// test card works. Only these exact numbers are exempt, not their BIN ranges.
    public static let publishedTestNumbersFailingLuhn: Set<String> = [
        "8888880000000001", "8888880000000002",  // KNET
        "7777770123456789", "1111110123456789",  // Benefit
    ]

    /// Parses a card number as the client sent it: the text of a JSON string or of a JSON number literal.
    ///
    /// By default only digits are accepted: Tap does not document whether it strips spaces, and a sandbox that
    /// accepts what Tap might refuse hides integration bugs. `allowingSeparators` drops spaces and dashes first,
    /// for what a person types into the hosted payment page. Failures map to Tap 1140 "Card number is invalid".
    public static func parse(_ text: String, allowingSeparators: Bool = false) -> Result<CardNumber, CardNumberError> {
        var bytes = Array(text.utf8)
        if allowingSeparators {
            bytes.removeAll { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
        }
        guard !bytes.isEmpty, bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return .failure(.notDigits)
        }
        guard (12...19).contains(bytes.count) else { return .failure(.invalidLength(bytes.count)) }
        let digits = String(decoding: bytes, as: UTF8.self)
        guard isLuhnValid(bytes) || publishedTestNumbersFailingLuhn.contains(digits) else {
            return .failure(.failsLuhnCheck)
        }
        return .success(CardNumber(digits: digits))
    }

    /// The Luhn (mod 10) check over ASCII digits: double every second digit from the right.
    static func isLuhnValid(_ bytes: [UInt8]) -> Bool {
        var sum = 0
        for (index, byte) in bytes.reversed().enumerated() {
            let digit = Int(byte - UInt8(ascii: "0"))
            sum += index % 2 == 0 ? digit : (digit * 2 > 9 ? digit * 2 - 9 : digit * 2)
        }
        return sum % 10 == 0
    }

    /// The first six digits (the BIN), Tap's `card.first_six`.
    public var firstSix: String { String(digits.prefix(6)) }
    /// The first eight digits, Tap's `card.first_eight`.
    public var firstEight: String { String(digits.prefix(8)) }
    /// The last four digits, Tap's `card.last_four`.
    public var lastFour: String { String(digits.suffix(4)) }

    /// The network that routes the card, Tap's `card.scheme`.
    public var scheme: CardNetwork { BINRule.match(firstSix).scheme }
    /// The network printed on the card, Tap's `card.brand`.
    public var brand: CardNetwork { BINRule.match(firstSix).brand }
    /// Credit or debit, Tap's `source.payment_type`.
    public var funding: CardFunding { BINRule.match(firstSix).funding }
}

extension CardNumber: CustomStringConvertible {
    /// Masked (`"446404******0007"`) so a full number never reaches a log line.
    public var description: String {
        firstSix + String(repeating: "*", count: digits.count - 10) + lastFour
    }
}

/// Why a card number was refused; the API layer maps every case to Tap 1140 "Card number is invalid".
public enum CardNumberError: Error, Hashable, Sendable {
    /// Empty, or something other than ASCII digits (and, when allowed, spaces and dashes).
    case notDigits
    /// Fewer than 12 or more than 19 digits (the count found).
    case invalidLength(Int)
    /// The check digit is wrong.
    case failsLuhnCheck

    /// A human explanation; never contains the number itself.
    public var reason: String {
        switch self {
        case .notDigits: "card number must contain only digits"
        case .invalidLength(let count): "card number must have 12 to 19 digits, not \(count)"
        case .failsLuhnCheck: "card number fails the Luhn check; use a test card from the Tap docs"
        }
    }
}
