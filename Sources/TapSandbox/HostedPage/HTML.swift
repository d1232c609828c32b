/// A piece of markup that is safe to send. Literal text written in the source is trusted markup; every
/// `String` interpolated into it is escaped, so merchant-supplied values (descriptions, references,
/// metadata, ids) can never open a tag or leave an attribute. Only another `HTML` value is inserted as is.
struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation {
    private(set) var markup: String

    init(stringLiteral literal: String) {
        markup = literal
    }

    init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    /// Builds markup from literal pieces and escaped values.
    struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// Text: escaped for element content and quoted attribute values alike.
        mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        mutating func appendInterpolation(_ number: Int) {
            markup += String(number)
        }

        /// Markup already made safe.
        mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { markup += part.markup }
        }
    }

    /// Nothing.
    static let empty: HTML = ""

    /// `html` when `condition` holds, else nothing.
    static func when(_ condition: Bool, _ html: @autoclosure () -> HTML) -> HTML {
        condition ? html() : .empty
    }

    /// Escapes the five characters that are special in HTML text and quoted attributes (HTML Living
    /// Standard §13.1.2.6: `&`, `<`, `>`, `"`, and `'`, which matters in single-quoted attributes).
    static func escape(_ text: String) -> String {
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        guard text.utf8.contains(where: special) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 32)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
