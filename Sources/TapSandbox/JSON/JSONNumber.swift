/// A JSON number kept as the exact literal text it was written with (`10.120`, `-0`, `1e400`).
///
/// Nothing is ever converted through `Double`: money amounts are read from `text` by the caller.
/// Equality compares the text, so `1.0`, `1` and `1e0` are different numbers here.
public struct JSONNumber: Sendable, Hashable {
    /// The literal, guaranteed to match the RFC 8259 §6 number grammar.
    public let text: String

    /// Creates a number from a literal, or returns `nil` when `text` is not an RFC 8259 number
    /// (no `+`, no leading zeros, no `.5` or `1.`, no `NaN`/`Infinity`, no surrounding spaces).
    public init?(text: String) {
        var copy = text
        let isValid = copy.withUTF8 { bytes in
            JSONNumber.literalLength(in: bytes, from: 0) == bytes.count
        }
        guard isValid else { return nil }
        self.text = text
    }

    /// Creates the integer literal for `value`.
    public init(_ value: Int64) {
        text = String(value)
    }

    /// Creates the integer literal for `value`.
    public init(_ value: Int) {
        text = String(value)
    }

    /// Wraps text the caller has already validated (the parser's fast path).
    init(uncheckedText text: String) {
        self.text = text
    }

    /// Whether the literal has neither a fraction nor an exponent.
    public var isInteger: Bool {
        !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// The value when the literal is an integer that fits `Int64` (`-0` is 0), otherwise `nil`.
    public var int64Value: Int64? {
        guard isInteger else { return nil }
        return Int64(text)
    }

    /// Returns the length of the number literal starting at `start`, or `nil` when none starts there.
    ///
    /// Grammar (RFC 8259 §6): `[ minus ] int [ frac ] [ exp ]`, `int = zero / ( digit1-9 *DIGIT )`.
    /// A literal like `01` yields the length of `0`; the caller decides whether what follows is allowed.
    static func literalLength(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        switch scanLiteral(in: bytes, from: start) {
        case .success(let end): return end - start
        case .failure: return nil
        }
    }

    /// Why a number literal is malformed, and at which byte.
    struct LiteralFailure: Error {
        var offset: Int
        var message: String
    }

    /// Scans a number literal starting at `start` and returns the index just past it.
    static func scanLiteral(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Result<Int, LiteralFailure> {
        var index = start
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            let message = index > start ? "expected digit after '-' in number" : "expected digit in number"
            return .failure(LiteralFailure(offset: index, message: message))
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            index = skipDigits(in: bytes, from: index)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                return .failure(LiteralFailure(offset: index, message: "expected digit after '.' in number"))
            }
            index = skipDigits(in: bytes, from: index)
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                return .failure(LiteralFailure(offset: index, message: "expected digit in exponent"))
            }
            index = skipDigits(in: bytes, from: index)
        }
        return .success(index)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private static func skipDigits(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        return index
    }
}

extension JSONNumber: CustomStringConvertible {
    /// The literal text.
    public var description: String { text }
}
