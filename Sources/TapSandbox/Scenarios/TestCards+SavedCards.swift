extension TestCards {
    /// Every card number of Tap's published test tables (spec §12.1).
    static let publishedNumbers: Set<String> = Set(enrolment.keys)
        .union(scenarios.flatMap { $0.match.cardNumbers ?? [] })
        .union(CardNumber.publishedTestNumbersFailingLuhn)
        .union(["4600410123456789", "4215375500883243"])

    /// The number a saved card stands for, for the tables keyed by number (3-D Secure enrolment, local
    /// outcomes). Saved cards keep no number, but each published test card is told apart by its first six
    /// and last four digits; any other card is known by its masked number only.
    public static func number(ofSaved card: CardSummary) -> String {
        let published = publishedNumbers.first { $0.hasPrefix(card.firstSix) && $0.hasSuffix(card.lastFour) }
        return published ?? card.firstSix + "******" + card.lastFour
    }
}
