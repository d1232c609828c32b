/// Why a JSON (or form-encoded) body was rejected, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 0-based byte offset of the offending byte (the input length for a premature end).
    public var offset: Int
    /// The 1-based line of `offset`; lines end at `\n`.
    public var line: Int
    /// The 1-based column of `offset`, counted in bytes.
    public var column: Int
    /// What is wrong, for a human: `expected ':' after object key`.
    public var message: String

    /// Creates an error with an explicit position.
    public init(offset: Int, line: Int, column: Int, message: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line L, column C: message`.
    public var description: String {
        "line \(line), column \(column): \(message)"
    }

    /// Creates an error at `offset` in `bytes`, computing line and column by scanning the prefix once.
    init(_ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        self.init(offset: offset, line: line, column: offset - lineStart + 1, message: message)
    }
}

extension JSONParseError {
    /// Describes a byte for a message: `'x'` when printable ASCII, otherwise `byte 0x0A`.
    static func describe(_ byte: UInt8) -> String {
        if byte > 0x20, byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        return "byte \(hex(byte))"
    }

    /// `0x0A`-style uppercase hex for one byte.
    static func hex(_ byte: UInt8) -> String {
        "0x" + hexDigits(UInt32(byte), width: 2)
    }

    /// `value` as exactly `width` uppercase hex digits.
    static func hexDigits(_ value: UInt32, width: Int) -> String {
        let digits = Array("0123456789ABCDEF")
        return String((0..<width).reversed().map { digits[Int(value >> (4 * UInt32($0)) & 0xF)] })
    }
}
