/// A strict RFC 8259 JSON parser for hostile input: exact numbers, bounded depth, no recursion.
///
/// Accepts exactly one value surrounded by JSON whitespace (a leading UTF-8 byte order mark is skipped).
/// Rejects everything RFC 8259 does not allow: trailing commas, comments, single quotes, `NaN`, leading
/// zeros, unescaped control characters, invalid escapes, invalid UTF-8 and unpaired UTF-16 surrogates.
/// Parsing is iterative with an explicit stack, linear in the input, and never traps on any input.
public enum JSONParser {
    /// The default limit on nested arrays and objects.
    public static let defaultMaxDepth = 64

    /// Parses one JSON document.
    /// - Parameter maxDepth: How many arrays/objects may be nested; one more is an error.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try parse(buffer: buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses one JSON document; error offsets are relative to the start of the slice.
    public static func parse(
        _ bytes: ArraySlice<UInt8>,
        maxDepth: Int = defaultMaxDepth
    ) throws(JSONParseError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try parse(buffer: buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses one JSON document from raw memory, without copying it.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer,
        maxDepth: Int = defaultMaxDepth
    ) throws(JSONParseError) -> JSONValue {
        let result = bytes.withMemoryRebound(to: UInt8.self) { buffer in
            Result { () throws(JSONParseError) in try parse(buffer: buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses one JSON document from the UTF-8 of `string`.
    public static func parse(_ string: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        var string = string
        let result = string.withUTF8 { buffer in
            Result { () throws(JSONParseError) in try parse(buffer: buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws(JSONParseError) -> JSONValue {
        var parser = Parser(input: buffer, maxDepth: maxDepth)
        return try parser.parseDocument()
    }
}

extension JSONParser {
    /// The parsing state: the input, a cursor and explicit stacks for the open containers.
    struct Parser {
        /// An open array or object; its elements so far live at the top of `values` (and `keys`).
        struct Frame {
            var isObject: Bool
            var valueStart: Int
            var keyStart: Int
        }

        let input: UnsafeBufferPointer<UInt8>
        let maxDepth: Int
        var position = 0
        var frames: [Frame] = []
        var values: [JSONValue] = []
        var keys: [String] = []
        /// Reused buffer for strings that contain escapes.
        var scratch: [UInt8] = []

        init(input: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
            self.input = input
            self.maxDepth = maxDepth
        }

        func failure(_ message: String, at offset: Int) -> JSONParseError {
            JSONParseError(message, at: offset, in: input)
        }

        /// The error for a premature end of input.
        var endOfInput: JSONParseError {
            failure("unexpected end of input", at: input.count)
        }

        mutating func skipWhitespace() {
            while position < input.count {
                switch input[position] {
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
                default: return
                }
            }
        }

        /// The byte at the cursor, or the end-of-input error.
        func current() throws(JSONParseError) -> UInt8 {
            guard position < input.count else { throw endOfInput }
            return input[position]
        }

        mutating func parseDocument() throws(JSONParseError) -> JSONValue {
            if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
                position = 3
            }
            while true {
                skipWhitespace()
                guard var value = try parseScalarOrOpen() else { continue }
                while let frame = frames.last {
                    values.append(value)
                    skipWhitespace()
                    guard let closed = try afterElement(in: frame) else { break }
                    value = closed
                }
                if frames.isEmpty {
                    skipWhitespace()
                    guard position == input.count else {
                        throw failure(
                            "unexpected \(JSONParseError.describe(input[position])) after JSON value",
                            at: position
                        )
                    }
                    return value
                }
            }
        }

        /// Reads a scalar or an empty container; for a non-empty container, opens a frame and returns `nil`.
        mutating func parseScalarOrOpen() throws(JSONParseError) -> JSONValue? {
            let byte = try current()
            switch byte {
            case UInt8(ascii: "{"):
                try checkDepth()
                position += 1
                skipWhitespace()
                if try current() == UInt8(ascii: "}") {
                    position += 1
                    return .object(JSONObject())
                }
                frames.append(Frame(isObject: true, valueStart: values.count, keyStart: keys.count))
                try readKey()
                return nil
            case UInt8(ascii: "["):
                try checkDepth()
                position += 1
                skipWhitespace()
                if try current() == UInt8(ascii: "]") {
                    position += 1
                    return .array([])
                }
                frames.append(Frame(isObject: false, valueStart: values.count, keyStart: keys.count))
                return nil
            case UInt8(ascii: "\""):
                position += 1
                return .string(try readString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return .number(try readNumber())
            case UInt8(ascii: "t"):
                try readLiteral("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try readLiteral("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try readLiteral("null")
                return .null
            default:
                throw failure("unexpected \(JSONParseError.describe(byte))", at: position)
            }
        }

        /// After an element of `frame`: returns the closed container, or `nil` when another element follows.
        mutating func afterElement(in frame: Frame) throws(JSONParseError) -> JSONValue? {
            let byte = try current()
            if byte == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
                let closing = UInt8(ascii: frame.isObject ? "}" : "]")
                if try current() == closing {
                    throw failure("trailing comma before \(JSONParseError.describe(closing))", at: position)
                }
                if frame.isObject { try readKey() }
                return nil
            }
            if frame.isObject, byte == UInt8(ascii: "}") {
                position += 1
                frames.removeLast()
                let object = JSONObject(keys: keys[frame.keyStart...], values: values[frame.valueStart...])
                keys.removeSubrange(frame.keyStart...)
                values.removeSubrange(frame.valueStart...)
                return .object(object)
            }
            if !frame.isObject, byte == UInt8(ascii: "]") {
                position += 1
                frames.removeLast()
                let array = Array(values[frame.valueStart...])
                values.removeSubrange(frame.valueStart...)
                return .array(array)
            }
            let expected = frame.isObject ? "',' or '}' after object member" : "',' or ']' after array element"
            throw failure("expected \(expected)", at: position)
        }

        func checkDepth() throws(JSONParseError) {
            if frames.count >= maxDepth {
                throw failure("nesting deeper than \(maxDepth) levels", at: position)
            }
        }

        /// Reads `"key"` and the `:` after it, with the cursor on the opening quote.
        mutating func readKey() throws(JSONParseError) {
            guard try current() == UInt8(ascii: "\"") else {
                throw failure("expected string for object key", at: position)
            }
            position += 1
            keys.append(try readString())
            skipWhitespace()
            guard try current() == UInt8(ascii: ":") else {
                throw failure("expected ':' after object key", at: position)
            }
            position += 1
        }

        mutating func readNumber() throws(JSONParseError) -> JSONNumber {
            let start = position
            switch JSONNumber.scanLiteral(in: input, from: start) {
            case .failure(let literal):
                if literal.offset >= input.count { throw endOfInput }
                throw failure(literal.message, at: literal.offset)
            case .success(let end):
                // The scanner stops after a lone `0`; a digit right after it is a leading zero.
                if end < input.count, JSONNumber.isDigit(input[end]) {
                    throw failure("leading zeros are not allowed in numbers", at: start)
                }
                position = end
                return JSONNumber(
                    uncheckedText: String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self)
                )
            }
        }

        mutating func readLiteral(_ literal: StaticString) throws(JSONParseError) {
            let start = position
            for offset in 0..<literal.utf8CodeUnitCount {
                guard start + offset < input.count else { throw endOfInput }
                guard input[start + offset] == literal.utf8Start[offset] else {
                    throw failure("invalid literal, expected '\(literal)'", at: start)
                }
            }
            position = start + literal.utf8CodeUnitCount
        }
    }
}
