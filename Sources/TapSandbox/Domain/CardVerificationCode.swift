/// A card verification code (CVC/CVV) of the length the card's brand uses.
public struct CardVerificationCode: Hashable, Sendable {
    /// The digits as sent, leading zeros kept.
    public let digits: String

    private init(digits: String) {
        self.digits = digits
    }

    /// The expected length: 4 for American Express, 3 for every other brand.
    public static func length(for number: CardNumber) -> Int {
        number.brand == .americanExpress ? 4 : 3
    }

    /// Parses `cvc` as sent (JSON string contents or number literal) for the card it belongs to.
    ///
    /// The API layer maps both failures to Tap 4102 "Card validation failed - cvc is too short/long".
    public static func parse(
        _ text: String,
        for number: CardNumber
    ) -> Result<CardVerificationCode, CardVerificationCodeError> {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return .failure(.notDigits)
        }
        let expected = length(for: number)
        guard bytes.count == expected else { return .failure(.wrongLength(expected: expected, actual: bytes.count)) }
        return .success(CardVerificationCode(digits: text))
    }
}

/// Why a CVC was refused.
public enum CardVerificationCodeError: Error, Hashable, Sendable {
    /// Something other than ASCII digits.
    case notDigits
    /// Too short or too long for the card's brand.
    case wrongLength(expected: Int, actual: Int)

    /// A human explanation; never contains the code itself.
    public var reason: String {
        switch self {
        case .notDigits: "cvc must contain only digits"
        case .wrongLength(let expected, let actual): "cvc must have \(expected) digits for this card, not \(actual)"
        }
    }
}
