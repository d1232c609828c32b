import Testing

@testable import TapSandbox

extension TestSandbox {
    /// `GET /_sandbox/review` of the account, as JSON.
    func review(key: String = TestSandbox.key) -> TestResponse {
        call(.get, "/_sandbox/review", key: key)
    }

    /// One check of the account's review.
    func check(_ id: String, key: String = TestSandbox.key) throws -> JSONValue {
        let checks = review(key: key).value("checks")?.arrayValue ?? []
        return try #require(checks.first { $0.string("id") == id }, "no check \(id)")
    }

    /// The status of one check: `pass`, `fail` or `not_exercised`.
    func status(of id: String, key: String = TestSandbox.key) throws -> String? {
        try check(id, key: key).string("status")
    }

    /// The object ids a check's evidence names.
    func evidenceIDs(of id: String, key: String = TestSandbox.key) throws -> [String] {
        try check(id, key: key).at("evidence")?.arrayValue?.compactMap { $0.string("id") } ?? []
    }
}
