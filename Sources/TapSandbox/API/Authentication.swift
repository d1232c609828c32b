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
        if key.hasPrefix("sk_live_") || key.hasPrefix("pk_live_") { return .live }
        let kind: KeyKind
        let rest: Substring
        if key.hasPrefix("sk_test_") {
            kind = .secretTest
        } else if key.hasPrefix("pk_test_") {
            kind = .publishableTest
        } else {
            return .invalid
        }
        rest = key.dropFirst(8)
        guard !rest.isEmpty, rest.utf8.allSatisfy(isAlphanumeric) else { return .invalid }
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
        let trimmed = header.drop { $0 == " " }
        guard trimmed.count > 7, trimmed.prefix(7).lowercased() == "bearer " else { return nil }
        let key = trimmed.dropFirst(7).drop { $0 == " " }
        let end = key.firstIndex(of: " ") ?? key.endIndex
        guard key[end...].allSatisfy({ $0 == " " }) else { return nil }
        return key[..<end]
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
