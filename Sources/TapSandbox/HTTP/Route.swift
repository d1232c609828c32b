/// A method and path pattern such as `"POST /v2/authorize/:id/void"`; `:name` segments capture values.
public struct Route: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public enum Segment: Hashable, Sendable {
        case literal(String)
        case parameter(String)
    }

    public var method: HTTPMethod
    public var segments: [Segment]

    public init(stringLiteral value: String) {
        let parts = value.split(separator: " ", maxSplits: 1)
        precondition(parts.count == 2 && parts[1].hasPrefix("/"), "A route looks like \"GET /path\": \(value)")
        method = HTTPMethod(rawValue: String(parts[0]))
        segments = parts[1].split(separator: "/").map { part in
            part.hasPrefix(":") ? .parameter(String(part.dropFirst())) : .literal(String(part))
        }
    }

    /// The path pattern, e.g. `/v2/charges/:id`.
    public var pattern: String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter(let name): ":" + name
            }
        }.joined(separator: "/")
    }

    public var description: String { "\(method) \(pattern)" }
}
