#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Validators for flag and variable values. Each takes the text and the name to blame
/// (`--port` or `TAP_SANDBOX_PORT`) and throws a one-line `ConfigurationError`.
enum ConfigurationValue {
    static let maxRetryDelayMs = 86_400_000
    static let maxRetryCount = 100
    static let webhookTimeoutRange = 1...600_000
    static let healthTimeoutRange = 1...600_000
    static let maxBodyBytesRange = 1...1_073_741_824

    /// An IPv4 or IPv6 literal or `localhost`; `[::1]` loses its brackets, `LOCALHOST` its capitals.
    static func host(_ text: String, name: String) throws(ConfigurationError) -> String {
        let unbracketed = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
        if unbracketed.lowercased() == "localhost" { return "localhost" }
        var address = in6_addr()
        if inet_pton(AF_INET, unbracketed, &address) == 1 || inet_pton(AF_INET6, unbracketed, &address) == 1 {
            return unbracketed
        }
        throw .invalidValue(text, for: name, expected: "an IP address or localhost (e.g. 127.0.0.1, 0.0.0.0, ::1)")
    }

    /// 0-65535; 0 asks for an ephemeral port.
    static func port(_ text: String, name: String) throws(ConfigurationError) -> Int {
        guard let port = decimal(text), port <= 65_535 else {
            throw .invalidValue(text, for: name, expected: "a port number (0-65535)")
        }
        return port
    }

    /// A plain decimal within `range`; `unit` names it in the error, e.g. "a size in bytes".
    static func integer(
        _ text: String,
        name: String,
        in range: ClosedRange<Int>,
        unit: String
    ) throws(ConfigurationError) -> Int {
        guard let value = decimal(text), range.contains(value) else {
            throw .invalidValue(text, for: name, expected: "\(unit) (\(range.lowerBound)-\(range.upperBound))")
        }
        return value
    }

    /// `1000,5000` → `[1000, 5000]`; an empty text or `none` means no retries.
    static func retryDelays(_ text: String, name: String) throws(ConfigurationError) -> [Int] {
        let trimmed = Substring(text).trimmingSpaces
        if trimmed.isEmpty || trimmed.lowercased() == "none" { return [] }
        let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= maxRetryCount else {
            throw .invalidValue(text, for: name, because: "has more than \(maxRetryCount) delays")
        }
        var delays: [Int] = []
        for part in parts {
            let item = part.trimmingSpaces
            guard let delay = decimal(item), delay <= maxRetryDelayMs else {
                throw .invalidValue(
                    text,
                    for: name,
                    expected: "a comma-separated list of delays in milliseconds (each 0-\(maxRetryDelayMs))"
                )
            }
            delays.append(delay)
        }
        return delays
    }

    /// `1`/`true`/`yes` or `0`/`false`/`no`, in any case.
    static func boolean(_ text: String, name: String) throws(ConfigurationError) -> Bool {
        switch text.lowercased() {
        case "1", "true", "yes": return true
        case "0", "false", "no": return false
        default: throw .invalidValue(text, for: name, expected: "a boolean (1, true, yes, 0, false, no)")
        }
    }

    /// One of a closed set of words such as `text|json`, in any case.
    static func choice<Choice: CaseIterable & RawRepresentable<String>>(
        _ text: String,
        name: String,
        as type: Choice.Type
    ) throws(ConfigurationError) -> Choice {
        if let choice = Choice(rawValue: text.lowercased()) { return choice }
        let choices = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        throw .invalidValue(text, for: name, expected: "one of \(choices)")
    }

    /// Any non-empty text; whether it exists is checked where it is used.
    static func path(_ text: String, name: String) throws(ConfigurationError) -> String {
        guard !text.isEmpty else { throw .invalidValue(text, for: name, expected: "a path") }
        return text
    }

    /// An absolute URL whose scheme is in `schemes`, without user, query or fragment; trailing slashes removed.
    static func baseURL(_ text: String, name: String, schemes: [String]) throws(ConfigurationError) -> String {
        let kind = schemes.map { "\($0)://" }.joined(separator: " or ")
        guard let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), schemes.contains(scheme),
            let host = components.host, !host.isEmpty, text.contains("://")
        else {
            throw .invalidValue(text, for: name, expected: "an absolute \(kind) URL")
        }
        if components.user != nil || components.password != nil {
            throw .invalidValue(text, for: name, because: "must not contain a user or password")
        }
        if components.query != nil || components.fragment != nil {
            throw .invalidValue(text, for: name, because: "must not have a query or fragment")
        }
        if let port = components.port, !(0...65_535).contains(port) {
            throw .invalidValue(text, for: name, because: "has a port outside 0-65535")
        }
        var url = Substring(text)
        while url.hasSuffix("/") { url = url.dropLast() }
        return String(url)
    }

    /// A plain decimal number: ASCII digits only (no sign, spaces or `0x`), at most 10 of them.
    static func decimal<Text: StringProtocol>(_ text: Text) -> Int? {
        guard !text.isEmpty, text.count <= 10, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
