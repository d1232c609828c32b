import Testing

@testable import TapSandbox

struct HashStringTests {
    // Spec §9.4: a real `hashstring` Tap sent for a DECLINED authorize, signed with Tap's public test key.
    static let secretKey = "sk_test_XKokBfNWv6FIYuTMg5sLPjhJ"
    static let verifiedMessage =
        "x_idauth_TS04A0620240348Oh9e1101078x_amount1.00x_currencySARx_gateway_reference00"
        + "x_payment_reference6711240348011096264x_statusDECLINEDx_created1704944911345"
    static let verifiedSignature = "00552d2d6371bfb89dfccec3af87e31b006292e79266eecf55bbb44187cafbb8"

    static func verifiedVector(amount: Amount = Amount(minorUnits: 100, currency: .sar)) -> HashString {
        .payment(
            id: "auth_TS04A0620240348Oh9e1101078",
            amount: amount,
            status: "DECLINED",
            created: 1_704_944_911_345,
            gatewayReference: "00",
            paymentReference: "6711240348011096264"
        )
    }

    @Test func payment_ReproducesVerifiedVector() {
        let hashString = Self.verifiedVector()
        #expect(hashString.message == Self.verifiedMessage)
        #expect(hashString.signature(secretKey: Self.secretKey) == Self.verifiedSignature)
    }

    @Test func payment_ParsesJavaStyleAmountToVerifiedVector() throws {
        // The webhook body says `"amount":1.0`; the signature still uses "1.00".
        let amount = try Amount.parse("1.0", currency: .sar).get()
        #expect(Self.verifiedVector(amount: amount).signature(secretKey: Self.secretKey) == Self.verifiedSignature)
    }

    // Spec §9.4 "checked variants": amount 1.0, 1, 1.000, empty gateway reference, trailing space.
    @Test(arguments: [
        HashStringTests.verifiedMessage.replacing("x_amount1.00", with: "x_amount1.0", maxReplacements: 1),
        HashStringTests.verifiedMessage.replacing("x_amount1.00", with: "x_amount1", maxReplacements: 1),
        HashStringTests.verifiedMessage.replacing("x_amount1.00", with: "x_amount1.000", maxReplacements: 1),
        HashStringTests.verifiedMessage.replacing(
            "x_gateway_reference00",
            with: "x_gateway_reference",
            maxReplacements: 1
        ),
        HashStringTests.verifiedMessage + " ",
    ])
    func signature_Mismatches_ForSpecVariants(_ variant: String) {
        #expect(variant != Self.verifiedMessage)
        #expect(HMACSHA256.hex(key: Self.secretKey, message: variant) != Self.verifiedSignature)
    }

    @Test func signature_Mismatches_ForOtherKey() {
        #expect(Self.verifiedVector().signature(secretKey: "sk_test_other") != Self.verifiedSignature)
    }

    @Test(arguments: [
        (Amount(minorUnits: 1500, currency: .kwd), "1.500", "KWD"),
        (Amount(minorUnits: 1, currency: .bhd), "0.001", "BHD"),
        (Amount(minorUnits: 10_000, currency: .omr), "10.000", "OMR"),
        (Amount(minorUnits: 250, currency: .jod), "0.250", "JOD"),
        (Amount(minorUnits: 100, currency: .usd), "1.00", "USD"),
        (Amount(minorUnits: 1, currency: .aed), "0.01", "AED"),
        (Amount(minorUnits: 123_456, currency: .eur), "1234.56", "EUR"),
    ])
    func payment_FormatsAmountWithCurrencyDecimals(_ amount: Amount, _ text: String, _ code: String) {
        let message = HashString.payment(id: "chg_1", amount: amount, status: "CAPTURED", created: 5).message
        #expect(
            message == "x_idchg_1x_amount\(text)x_currency\(code)x_gateway_referencex_payment_reference"
                + "x_statusCAPTUREDx_created5"
        )
    }

    @Test func payment_OrdersFieldsAsSpec() {
        let names = Self.verifiedVector().fields.map(\.name)
        #expect(names == ["id", "amount", "currency", "gateway_reference", "payment_reference", "status", "created"])
    }

    @Test func payout_OmitsReferences() {
        let hashString = HashString.payout(
            id: "payout_1",
            amount: Amount(minorUnits: 816, currency: .sar),
            status: "PAID_OUT",
            created: 1_698_589_980_000
        )
        #expect(hashString.message == "x_idpayout_1x_amount8.16x_currencySARx_statusPAID_OUTx_created1698589980000")
        let expected = HMACSHA256.hex(key: "sk_test_a", message: hashString.message)
        #expect(hashString.signature(secretKey: "sk_test_a") == expected)
    }
}
