/// Reads `application/x-www-form-urlencoded` bodies into JSON objects, with PHP's bracket convention.
///
/// `customer[phone][country_code]=965&amount=10&x[]=1&x[]=2` reads as
/// `{"customer":{"phone":{"country_code":"965"}},"amount":"10","x":["1","2"]}`. The rules:
/// - Pairs are separated by `&`; empty pairs and pairs with an empty name are skipped; a pair without `=` has
///   the value `""`. Every leaf is a `.string`: form bodies carry no types.
/// - Names and values are percent-decoded (`+` is a space) before brackets are read, so `a%5Bb%5D` is `a[b]`.
///   A `%` not followed by two hex digits, or bytes that are not UTF-8 after decoding, are errors.
/// - `name[x][y]` nests objects; `name[]` appends a new element to an array. Numeric segments are object keys:
///   `a[0]=x&a[1]=y` reads as `{"a":{"0":"x","1":"y"}}`, never a (possibly sparse) array.
/// - A name that is not exactly `base` followed by `[segment]`s (`a[b`, `a]`, `[]`, `a[b]c`) is kept as one
///   literal key. More than `maxDepth` bracket segments is an error.
/// - Later pairs overwrite earlier ones at the same path, keeping the first position; when the shapes differ
///   (`a=1&a[b]=2`), the later shape replaces the earlier value, as in PHP.
public enum FormURLEncoded {
    /// The default limit on bracket segments in one name.
    public static let defaultMaxDepth = 32

    /// Parses a form body. Errors carry the byte offset of the offending `%` or field.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONObject {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try parse(buffer: buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses a form body given as text (for example a URL query).
    public static func parse(_ string: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONObject {
        try parse(Array(string.utf8), maxDepth: maxDepth)
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws(JSONParseError) -> JSONObject {
        var root = FormMap()
        var pairStart = 0
        while pairStart < buffer.count {
            let pairEnd = buffer[pairStart...].firstIndex(of: UInt8(ascii: "&")) ?? buffer.count
            defer { pairStart = pairEnd + 1 }
            guard pairEnd > pairStart else { continue }
            let equals = buffer[pairStart..<pairEnd].firstIndex(of: UInt8(ascii: "="))
            let name = try decode(buffer, pairStart..<(equals ?? pairEnd))
            guard !name.isEmpty else { continue }
            let value = try equals.map { equals throws(JSONParseError) in try decode(buffer, (equals + 1)..<pairEnd) }
            let path = FormKeyPath(name)
            guard path.segments.count <= maxDepth else {
                throw JSONParseError("nesting deeper than \(maxDepth) levels", at: pairStart, in: buffer)
            }
            root.assign(value ?? "", to: path.base, along: path.segments[...])
        }
        return root.jsonObject
    }

    /// Percent-decodes `range` (`+` is a space) and checks the result is UTF-8.
    private static func decode(
        _ buffer: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>
    ) throws(JSONParseError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = buffer[index]
            if byte == UInt8(ascii: "+") {
                decoded.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < range.upperBound, let high = PercentDecoding.hexValue(buffer[index + 1]),
                    let low = PercentDecoding.hexValue(buffer[index + 2])
                else {
                    throw JSONParseError(
                        "invalid percent escape: expected two hex digits after '%'",
                        at: index,
                        in: buffer
                    )
                }
                decoded.append(high << 4 | low)
                index += 2
            } else {
                decoded.append(byte)
            }
            index += 1
        }
        let invalidAt = decoded.withUnsafeBufferPointer { firstInvalidUTF8(in: $0) }
        if let invalidAt {
            let message = "invalid UTF-8 byte \(JSONParseError.hex(decoded[invalidAt])) after percent-decoding"
            throw JSONParseError(message, at: range.lowerBound, in: buffer)
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            guard let next = JSONParser.utf8SequenceEnd(in: bytes, at: index) else { return index }
            index = next
        }
        return nil
    }
}
