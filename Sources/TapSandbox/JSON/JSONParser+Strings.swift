extension JSONParser.Parser {
    /// Reads a string body with the cursor just after the opening quote, and consumes the closing quote.
    ///
    /// Fast path: without escapes the string is decoded straight from the input bytes.
    mutating func readString() throws(JSONParseError) -> String {
        let start = position
        var index = start
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return String(decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                return try readEscapedString(from: start, firstEscape: index)
            }
            index = try nextIndex(afterStringByteAt: index)
        }
        throw endOfInput
    }

    /// The slow path: copies runs of plain bytes and decoded escapes into `scratch`.
    private mutating func readEscapedString(from start: Int, firstEscape: Int) throws(JSONParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = start
        var index = firstEscape
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
                if byte == UInt8(ascii: "\"") {
                    position = index + 1
                    return String(decoding: scratch, as: UTF8.self)
                }
                index = try readEscape(at: index)
                runStart = index
                continue
            }
            index = try nextIndex(afterStringByteAt: index)
        }
        throw endOfInput
    }

    /// Validates one unescaped string character (a control byte or invalid UTF-8 is an error).
    @inline(__always)
    private func nextIndex(afterStringByteAt index: Int) throws(JSONParseError) -> Int {
        let byte = input[index]
        if byte >= 0x20, byte < 0x80 { return index + 1 }
        if byte < 0x20 {
            throw failure("control character \(JSONParseError.hex(byte)) in string must be escaped", at: index)
        }
        guard let end = JSONParser.utf8SequenceEnd(in: input, at: index) else {
            throw failure("invalid UTF-8 byte \(JSONParseError.hex(byte))", at: index)
        }
        return end
    }

    /// Decodes the escape at `index` (a backslash) into `scratch` and returns the index after it.
    private mutating func readEscape(at index: Int) throws(JSONParseError) -> Int {
        guard index + 1 < input.count else { throw endOfInput }
        let decoded: UInt8
        switch input[index + 1] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"): return try readUnicodeEscape(at: index)
        default:
            throw failure("invalid escape '\\' followed by \(JSONParseError.describe(input[index + 1]))", at: index)
        }
        scratch.append(decoded)
        return index + 2
    }

    /// Decodes `\uXXXX`, or a `\uD8xx\uDCxx` surrogate pair, into UTF-8 in `scratch`.
    private mutating func readUnicodeEscape(at index: Int) throws(JSONParseError) -> Int {
        let unit = try hexQuad(at: index + 2)
        var scalarValue = UInt32(unit)
        var end = index + 6
        switch unit {
        case 0xD800..<0xDC00:
            // RFC 8259 §7: characters outside the BMP are written as a UTF-16 surrogate pair.
            guard end + 1 < input.count, input[end] == UInt8(ascii: "\\"), input[end + 1] == UInt8(ascii: "u"),
                case let low = try hexQuad(at: end + 2), (0xDC00..<0xE000).contains(low)
            else {
                throw failure("unpaired UTF-16 surrogate \\u\(Self.hex4(unit))", at: index)
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            end += 6
        case 0xDC00..<0xE000:
            throw failure("unpaired UTF-16 surrogate \\u\(Self.hex4(unit))", at: index)
        default:
            break
        }
        // Every value left is a valid scalar: surrogates were handled above.
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        scratch.append(contentsOf: UTF8.encode(scalar)!)
        return end
    }

    /// Reads four hex digits at `index`.
    private func hexQuad(at index: Int) throws(JSONParseError) -> UInt16 {
        var value: UInt16 = 0
        for offset in 0..<4 {
            guard index + offset < input.count else { throw endOfInput }
            let byte = input[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape: expected 4 hex digits", at: index + offset)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hex4(_ unit: UInt16) -> String {
        JSONParseError.hexDigits(UInt32(unit), width: 4)
    }
}

extension JSONParser {
    /// Returns the index after the well-formed UTF-8 sequence starting at `index`, or `nil` when it is invalid
    /// (stray continuation byte, overlong form, encoded surrogate, above U+10FFFF or truncated); RFC 3629 §4.
    static func utf8SequenceEnd(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        var length = 1
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return index + 1
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, lower) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, upper) = (3, 0x9F)
        case 0xF0: (length, lower) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, upper) = (4, 0x8F)
        default: return nil
        }
        guard bytes.count - index >= length else { return nil }
        let second = bytes[index + 1]
        guard second >= lower, second <= upper else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        return index + length
    }
}
