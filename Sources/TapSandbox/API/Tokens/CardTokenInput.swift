/// The `card` of a create-token body (spec §7.1), validated with Tap's codes: number 1140, expiry 1141,
/// expired 4101, CVC 4102, name 4100. `number`, `exp_month`, `exp_year` and `cvc` may be JSON numbers or
/// strings (CONTRACT.md §3: Tap's own sample sends numbers).
struct CardTokenInput {
    var number: CardNumber
    var expiry: CardExpiry
    var cvc: CardVerificationCode
    var name: String?
    var address: JSONObject?

    /// Validates `card` at `now` (base time, the tokens' clock).
    static func parse(_ card: Fields, now: Int64) throws(TapError) -> CardTokenInput {
        if card.has("crypted_data") { throw encryptedCardRefused }
        let number = try parseNumber(card)
        let expiry = try parseExpiry(card)
        // A magic expiry such as 05/22 lies in the past but is the simulator's trigger for its outcome
        // (spec §12.2), so it must reach the charge instead of being refused here.
        if expiry.isExpired(at: now) && !TestCards.isMagicExpiry(month: expiry.month, year: expiry.year) {
            throw .invalid("4101", "Card validation failed - Card has expired")
        }
        guard let cvcText = try card.string("cvc", code: "4102") else {
            throw .invalid("4102", "Card validation failed - cvc is too short/long: card.cvc is missing")
        }
        let cvc: CardVerificationCode
        switch CardVerificationCode.parse(cvcText, for: number) {
        case .success(let parsed): cvc = parsed
        case .failure(let error):
            throw .invalid("4102", "Card validation failed - cvc is too short/long: \(error.reason)")
        }
        let name = try card.string("name", code: "4100")
        if let name, name.count(where: \.isASCIIDigit) > 10 {
            throw .invalid("4100", "Card validation failed - card name can only have 10 integer values")
        }
        let address = try card.object("address")?.object
        return CardTokenInput(number: number, expiry: expiry, cvc: cvc, name: name, address: address)
    }

    /// What the simulator will answer for this card (spec §12.2), decided now so the CVC is never stored.
    var result: CardResult {
        TestCards.result(number: number.digits, month: expiry.month, year: expiry.year, cvc: cvc.digits)
    }

    private static func parseNumber(_ card: Fields) throws(TapError) -> CardNumber {
        guard let text = try card.string("number", code: "1140") else {
            throw .invalid("1140", "Card number is invalid: card.number is missing")
        }
        switch CardNumber.parse(text) {
        case .success(let number): return number
        case .failure(let error): throw .invalid("1140", "Card number is invalid: \(error.reason)")
        }
    }

    private static func parseExpiry(_ card: Fields) throws(TapError) -> CardExpiry {
        guard let month = try card.string("exp_month", code: "1141"),
            let year = try card.string("exp_year", code: "1141")
        else { throw .invalid("1141", "Card expiry is invalid: card.exp_month and card.exp_year are required") }
        switch CardExpiry.parse(month: month, year: year) {
        case .success(let expiry): return expiry
        case .failure(let error): throw .invalid("1141", "Card expiry is invalid: \(error.reason)")
        }
    }

    /// Encrypted card data (spec §7.1) is RSA-encrypted with Tap's public key; only Tap holds the private key.
    static let encryptedCardRefused = TapError.invalid(
        "1103",
        "Required inputs are invalid: card.crypted_data is encrypted for Tap's RSA key, which the sandbox does not "
            + "have; send number, exp_month, exp_year, cvc and name in clear instead")
}
