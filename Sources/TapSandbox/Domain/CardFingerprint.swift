/// Tap's `card.fingerprint` (spec §7.1): the same card number always gives the same value, and the value
/// reveals nothing about the number. It is an HMAC-SHA256 of the digits under a key drawn at random when the
/// process starts, written as Tap writes it: base64, percent-encoded (`Q%2FcqTEPF%2FZuM7…%3D`).
public enum CardFingerprint {
    /// The process secret. A fingerprint is stable for the life of the process, which is as long as the
    /// sandbox keeps saved cards in memory.
    private static let key: [UInt8] = (0..<32).map { _ in UInt8.random(in: 0...255) }

    /// The fingerprint of a validated card number.
    public static func of(_ number: CardNumber) -> String {
        of(digits: number.digits)
    }

    /// The fingerprint of any text standing for a card (the digits of a number).
    static func of(digits: String) -> String {
        percentEncoded(base64(HMACSHA256.digest(key: key, message: Array(digits.utf8))))
    }

    // RFC 4648 §4, with padding.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = UInt32(bytes[index]) << 16
            if count > 1 { group |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { group |= UInt32(bytes[index + 2]) }
            for position in 0..<4 {
                let sextet = Int((group >> UInt32(18 - 6 * position)) & 0x3F)
                text.append(position <= count ? alphabet[sextet] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `+`, `/` and `=` as `%2B`, `%2F`, `%3D` (RFC 3986 §2.1), as in Tap's examples.
    static func percentEncoded(_ base64: String) -> String {
        var text = ""
        text.reserveCapacity(base64.utf8.count + 12)
        for character in base64 {
            switch character {
            case "+": text += "%2B"
            case "/": text += "%2F"
            case "=": text += "%3D"
            default: text.append(character)
            }
        }
        return text
    }
}
