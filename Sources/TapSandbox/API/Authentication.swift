/// Who may call an endpoint (CONTRACT.md §2, §8).
public enum Access: Sendable {
    /// `Authorization: Bearer sk_test_…` only.
    case secretKey
    /// A secret or a publishable key (`POST /v2/tokens`, `GET /v2/tokens/{id}`).
    case anyKey
    /// Control API: with a secret key it acts on that account, without a header on all accounts.
    case optionalSecretKey
    /// No key needed (health, hosted page, dashboard).
    case open
}

/// Who is calling, once the key is checked.
public enum Caller: Sendable {
    case account(Account)
    case publishable
    case anonymous
}

/// Reads `Authorization: Bearer <key>` and finds the caller (CONTRACT.md §2, spec §2.3).
public enum Authentication {
    public enum KeyKind: Equatable, Sendable {
        case secretTest, publishableTest, live, invalid
    }

    /// Classifies a key: `sk_test_` or `pk_test_` followed by one or more of A-Z a-z 0-9.
    public static func kind(of key: Substring) -> KeyKind {
        // On the key's bytes: this runs on every request, and Character-level (or even UTF8View-indexed)
        // prefix checks cost more than the rest of authentication together.
        key.utf8.withContiguousStorageIfAvailable { kind(ofBytes: UnsafeRawBufferPointer($0)) } ?? kind(ofBytes: Array(key.utf8))
    }

    private static func kind<Bytes: Collection<UInt8>>(ofBytes bytes: Bytes) -> KeyKind {
        if bytes.starts(with: "sk_live_".utf8) || bytes.starts(with: "pk_live_".utf8) { return .live }
        let kind: KeyKind
        if bytes.starts(with: "sk_test_".utf8) {
            kind = .secretTest
        } else if bytes.starts(with: "pk_test_".utf8) {
            kind = .publishableTest
        } else {
            return .invalid
        }
        let rest = bytes.dropFirst(8)
        guard !rest.isEmpty, rest.allSatisfy(isAlphanumeric) else { return .invalid }
        return kind
    }

    /// The caller of `request` for an endpoint with `access`, or the 401 to answer.
    public static func caller(of request: HTTPRequest, access: Access, store: Store) throws(TapError) -> Caller {
        guard access != .open else { return .anonymous }
        guard let header = request.headers["authorization"] else {
            if access == .optionalSecretKey { return .anonymous }
            throw .authorizationRequired
        }
        let key = bearerToken(header)
        switch key.map(kind(of:)) ?? .invalid {
        case .secretTest:
            return .account(store.account(String(key!)))
        case .publishableTest:
            guard access == .anyKey else { throw .secretKeyRequired }
            return .publishable
        case .live:
            store.noteLiveKeyPresented(method: request.method.rawValue, path: request.path)
            throw .liveKeyRefused
        case .invalid:
            throw .invalidAPIKey
        }
    }

    /// The key of `Bearer <key>`; the scheme is case-insensitive (RFC 9110 §11.1).
    static func bearerToken(_ header: String) -> Substring? {
        let found = header.utf8.withContiguousStorageIfAvailable { tokenRange(UnsafeRawBufferPointer($0)) }
            ?? tokenRange(Array(header.utf8))
        guard let found else { return nil }
        let utf8 = header.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return Substring(utf8[start..<utf8.index(start, offsetBy: found.count)])
    }

    /// Offsets of the token in `[spaces] bearer SP [spaces] token [spaces]`.
    private static func tokenRange<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Range<Int>?
    where Bytes.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == .space { index += 1 }
        for expected in "bearer ".utf8 {
            guard index < bytes.endIndex, bytes[index].asciiLowercased == expected else { return nil }
            index += 1
        }
        while index < bytes.endIndex, bytes[index] == .space { index += 1 }
        let start = index
        while index < bytes.endIndex, bytes[index] != .space { index += 1 }
        let end = index
        guard start < end, bytes[end...].allSatisfy({ $0 == .space }) else { return nil }
        return start..<end
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
