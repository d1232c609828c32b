/// Finds the handler for a method and path. Literal segments win over `:parameter` segments, a trailing
/// slash is ignored, HEAD falls back to GET, and a path known under other methods is told apart (405).
public struct Router<Handler: Sendable>: Sendable {
    /// The outcome of a lookup.
    public enum Match {
        case found(Handler, parameters: [String: String])
        case methodNotAllowed(allowed: [HTTPMethod])
        case notFound
    }

    /// A value-type trie; the parameter child sits in a 0-or-1 element array because a struct cannot
    /// hold itself inline.
    private struct Node: Sendable {
        var literals: [String: Node] = [:]
        var parameterName: String?
        var parameterChild: [Node] = []
        var handlers: [HTTPMethod: Handler] = [:]

        mutating func insert(_ segments: ArraySlice<Route.Segment>, route: Route, handler: Handler) {
            guard let segment = segments.first else {
                precondition(handlers[route.method] == nil, "Duplicate route \(route)")
                handlers[route.method] = handler
                return
            }
            switch segment {
            case .literal(let text):
                literals[text, default: Node()].insert(segments.dropFirst(), route: route, handler: handler)
            case .parameter(let name):
                precondition(parameterName == nil || parameterName == name, "Conflicting parameter at \(route)")
                parameterName = name
                if parameterChild.isEmpty { parameterChild.append(Node()) }
                parameterChild[0].insert(segments.dropFirst(), route: route, handler: handler)
            }
        }
    }

    private var root = Node()
    /// Every route added, in order.
    public private(set) var routes: [Route] = []

    public init() {}

    public mutating func add(_ route: Route, _ handler: Handler) {
        root.insert(route.segments[...], route: route, handler: handler)
        routes.append(route)
    }

    public func match(method: HTTPMethod, path: String) -> Match {
        let segments = path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
        var allowed: [HTTPMethod] = []
        var captured: [(String, Substring)] = []
        if let handler = search(root, segments[...], method: method, captured: &captured, allowed: &allowed) {
            var parameters: [String: String] = [:]
            for (name, raw) in captured {
                parameters[name] = PercentDecoding.decode(raw) ?? String(raw)
            }
            return .found(handler, parameters: parameters)
        }
        return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed)
    }

    private func search(
        _ node: Node, _ segments: ArraySlice<Substring>, method: HTTPMethod,
        captured: inout [(String, Substring)], allowed: inout [HTTPMethod]
    ) -> Handler? {
        guard let segment = segments.first else {
            if let handler = node.handlers[method] ?? (method == .head ? node.handlers[.get] : nil) {
                return handler
            }
            for known in node.handlers.keys where !allowed.contains(known) { allowed.append(known) }
            return nil
        }
        let rest = segments.dropFirst()
        if let next = node.literals[String(segment)],
            let handler = search(next, rest, method: method, captured: &captured, allowed: &allowed)
        {
            return handler
        }
        if let name = node.parameterName, let next = node.parameterChild.first {
            captured.append((name, segment))
            if let handler = search(next, rest, method: method, captured: &captured, allowed: &allowed) {
                return handler
            }
            captured.removeLast()
        }
        return nil
    }
}
