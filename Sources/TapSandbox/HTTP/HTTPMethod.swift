/// An HTTP request method. Methods are case-sensitive tokens (RFC 9110 §9.1), so no case folding happens here.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The method named by `bytes`; the common methods reuse their constants instead of a new string.
    init(bytes: UnsafeRawBufferPointer) {
        for known in Self.common where bytes.elementsEqual(known.rawValue.utf8) {
            self = known
            return
        }
        self.init(rawValue: String(decoding: bytes, as: UTF8.self))
    }

    private static let common: [HTTPMethod] = [.get, .post, .put, .delete, .head, .options, .patch]

    public var description: String { rawValue }
}

extension HTTPMethod {
    public static let get: HTTPMethod = "GET"
    public static let head: HTTPMethod = "HEAD"
    public static let post: HTTPMethod = "POST"
    public static let put: HTTPMethod = "PUT"
    public static let delete: HTTPMethod = "DELETE"
    public static let patch: HTTPMethod = "PATCH"
    public static let options: HTTPMethod = "OPTIONS"
}
