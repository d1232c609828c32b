import Testing

@testable import TapSandbox

/// Documents RFC 8259 rejects (the `n_` side of JSONTestSuite), each with the message and offset expected.
struct JSONParserRejectTests {
    static let rejected: [(json: String, message: String, offset: Int)] = [
        // Commas and structure.
        ("[1,]", "trailing comma before ']'", 3),
        ("{\"a\":1,}", "trailing comma before '}'", 7),
        ("[\"a\"\n,]", "trailing comma before ']'", 6),
        ("[1 2]", "expected ',' or ']' after array element", 3),
        ("[1:2]", "expected ',' or ']' after array element", 2),
        ("[1}", "expected ',' or ']' after array element", 2),
        ("[1,,2]", "unexpected ','", 3),
        ("[,1]", "unexpected ','", 1),
        ("{,}", "expected string for object key", 1),
        ("{\"a\" 1}", "expected ':' after object key", 5),
        ("{\"a\":1,\"b\"}", "expected ':' after object key", 10),
        ("{\"a\"::1}", "unexpected ':'", 5),
        ("{\"a\":1 \"b\":2}", "expected ',' or '}' after object member", 7),
        ("{\"a\":1;\"b\":2}", "expected ',' or '}' after object member", 6),
        ("{\"a\":1]", "expected ',' or '}' after object member", 6),
        ("{a:1}", "expected string for object key", 1),
        ("{1:2}", "expected string for object key", 1),
        ("{'a':1}", "expected string for object key", 1),
        ("]", "unexpected ']'", 0),
        ("}", "unexpected '}'", 0),
        (":", "unexpected ':'", 0),
        // Not JSON at all.
        ("['a']", "unexpected '''", 1),
        ("// c\n1", "unexpected '/'", 0),
        ("/* c */ 1", "unexpected '/'", 0),
        ("[1] // c", "unexpected '/' after JSON value", 4),
        ("NaN", "unexpected 'N'", 0),
        ("nan", "invalid literal, expected 'null'", 0),
        ("Infinity", "unexpected 'I'", 0),
        ("-Infinity", "expected digit after '-' in number", 1),
        ("{\"a\":undefined}", "unexpected 'u'", 5),
        ("True", "unexpected 'T'", 0),
        ("trux", "invalid literal, expected 'true'", 0),
        ("[fals]", "invalid literal, expected 'false'", 1),
        ("nulll", "unexpected 'l' after JSON value", 4),
        ("\u{FEFF}\u{FEFF}1", "unexpected byte 0xEF", 3),
        // Trailing data.
        ("1 2", "unexpected '2' after JSON value", 2),
        ("{} {}", "unexpected '{' after JSON value", 3),
        ("\"a\"b", "unexpected 'b' after JSON value", 3),
        ("[1]]", "unexpected ']' after JSON value", 3),
        ("0x10", "unexpected 'x' after JSON value", 1),
        // Numbers.
        ("01", "leading zeros are not allowed in numbers", 0),
        ("-01", "leading zeros are not allowed in numbers", 0),
        ("[00]", "leading zeros are not allowed in numbers", 1),
        ("+1", "unexpected '+'", 0),
        (".5", "unexpected '.'", 0),
        ("[.1]", "unexpected '.'", 1),
        ("[1.]", "expected digit after '.' in number", 3),
        ("1.e5", "expected digit after '.' in number", 2),
        ("[1e]", "expected digit in exponent", 3),
        ("[1e+]", "expected digit in exponent", 4),
        ("[-]", "expected digit after '-' in number", 2),
        ("[- 1]", "expected digit after '-' in number", 2),
        ("[1.2.3]", "expected ',' or ']' after array element", 4),
        ("[1e1.5]", "expected ',' or ']' after array element", 4),
        // Strings and escapes.
        ("\"\\x\"", "invalid escape '\\' followed by 'x'", 1),
        ("\"\\'\"", "invalid escape '\\' followed by '''", 1),
        ("\"\\U0041\"", "invalid escape '\\' followed by 'U'", 1),
        ("\"\\u12\"", "invalid \\u escape: expected 4 hex digits", 5),
        ("\"\\u12G4\"", "invalid \\u escape: expected 4 hex digits", 5),
        ("\"\\uD800\"", "unpaired UTF-16 surrogate \\uD800", 1),
        ("\"\\uDC00\"", "unpaired UTF-16 surrogate \\uDC00", 1),
        ("\"\\uD83D\\u0041\"", "unpaired UTF-16 surrogate \\uD83D", 1),
        ("\"\\uD83Dx\"", "unpaired UTF-16 surrogate \\uD83D", 1),
        ("\"\\uDE00\\uD83D\"", "unpaired UTF-16 surrogate \\uDE00", 1),
        ("\"\\uD83D\\uD83D\"", "unpaired UTF-16 surrogate \\uD83D", 1),
        ("\"a\tb\"", "control character 0x09 in string must be escaped", 2),
        ("\"a\nb\"", "control character 0x0A in string must be escaped", 2),
        ("\"\u{0}\"", "control character 0x00 in string must be escaped", 1),
        ("\"\u{1F}\"", "control character 0x1F in string must be escaped", 1),
        // Bytes outside strings.
        ("\u{0}", "unexpected byte 0x00", 0),
        ("[1]\u{0}", "unexpected byte 0x00 after JSON value", 3),
        ("\u{0C}1", "unexpected byte 0x0C", 0),
        ("\u{A0}1", "unexpected byte 0xC2", 0),
        // Premature end.
        ("", "unexpected end of input", 0),
        ("   ", "unexpected end of input", 3),
        ("[", "unexpected end of input", 1),
        ("{", "unexpected end of input", 1),
        ("{\"a\"", "unexpected end of input", 4),
        ("{\"a\":", "unexpected end of input", 5),
        ("[1", "unexpected end of input", 2),
        ("[1,2,3", "unexpected end of input", 6),
        ("\"abc", "unexpected end of input", 4),
        ("\"\\", "unexpected end of input", 2),
        ("\"\\u00", "unexpected end of input", 5),
        ("tru", "unexpected end of input", 3),
        ("1.", "unexpected end of input", 2),
        ("-", "unexpected end of input", 1),
    ]

    @Test(arguments: rejected)
    func parse_Rejects_InvalidDocument(json: String, message: String, offset: Int) {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(json) }
        #expect(error?.message == message)
        #expect(error?.offset == offset)
    }

    @Test func parse_Rejects_TrailingComma() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse("{\"a\":[1,2,],\"b\":1}") }
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7, "expected ':' after object key"),
        ("[\n  1,\n  2,\n]", 4, 1, "trailing comma before ']'"),
        ("{\n  \"name\": \"x\ty\"\n}", 2, 13, "control character 0x09 in string must be escaped"),
        ("[1,\r\n 2,\r\n x]", 3, 2, "unexpected 'x'"),
        ("[\n\n", 3, 1, "unexpected end of input"),
    ])
    func parse_ReportsLineAndColumn_ForMultiLineInput(json: String, line: Int, column: Int, message: String) {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(json) }
        #expect(error?.line == line)
        #expect(error?.column == column)
        #expect(error?.description == "line \(line), column \(column): \(message)")
    }
}
