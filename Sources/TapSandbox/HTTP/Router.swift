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
    /// hold itself inline. A node has a handful of literal children and methods, so both are short arrays
    /// searched by comparing bytes: cheaper on every request than hashing the segment into a dictionary.
    private struct Node: Sendable {
        var literals: [(bytes: [UInt8], node: Node)] = []
        /// The longest literal child, in bytes: longer segments (ids) skip the literal lookup.
        var longestLiteral = 0
        var parameterName: String?
        var parameterChild: [Node] = []
        var handlers: [(method: HTTPMethod, handler: Handler)] = []

        func handler(for method: HTTPMethod) -> Handler? {
            handlers.first { $0.method == method }?.handler
        }

        func literal(_ segment: UnsafeRawBufferPointer) -> Node? {
            literals.first { $0.bytes.elementsEqual(segment) }?.node
        }

        mutating func insert(_ segments: ArraySlice<Route.Segment>, route: Route, handler: Handler) {
            guard let segment = segments.first else {
                precondition(self.handler(for: route.method) == nil, "Duplicate route \(route)")
                handlers.append((route.method, handler))
                return
            }
            switch segment {
            case .literal(let text):
                longestLiteral = max(longestLiteral, text.utf8.count)
                let bytes = Array(text.utf8)
                if let index = literals.firstIndex(where: { $0.bytes == bytes }) {
                    literals[index].node.insert(segments.dropFirst(), route: route, handler: handler)
                } else {
                    var child = Node()
                    child.insert(segments.dropFirst(), route: route, handler: handler)
                    literals.append((bytes, child))
                }
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
        var path = path
        return path.withUTF8 { bytes in match(method: method, bytes: UnsafeRawBufferPointer(bytes)) }
    }

    /// Matching on the path's bytes: segments are byte ranges, and only segments short enough to be a
    /// literal become (small, unallocated) strings for the lookup.
    private func match(method: HTTPMethod, bytes: UnsafeRawBufferPointer) -> Match {
        var segments: [Range<Int>] = []
        segments.reserveCapacity(8)
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index > start { segments.append(start..<index) }
            start = index + 1
        }
        var allowed: [HTTPMethod] = []
        var captured: [(String, Range<Int>)] = []
        let context = SearchContext(bytes: bytes, method: method)
        guard let handler = search(root, segments[...], context, captured: &captured, allowed: &allowed) else {
            return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed)
        }
        var parameters: [String: String] = [:]
        for (name, range) in captured {
            let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
            let text = String(decoding: raw, as: UTF8.self)
            parameters[name] = raw.contains(UInt8(ascii: "%")) ? PercentDecoding.decode(Substring(text)) ?? text : text
        }
        return .found(handler, parameters: parameters)
    }

    private struct SearchContext {
        let bytes: UnsafeRawBufferPointer
        let method: HTTPMethod
    }

    private func search(
        _ node: Node, _ segments: ArraySlice<Range<Int>>, _ context: SearchContext,
        captured: inout [(String, Range<Int>)], allowed: inout [HTTPMethod]
    ) -> Handler? {
        guard let segment = segments.first else {
            let method = context.method
            if let handler = node.handler(for: method) ?? (method == .head ? node.handler(for: .get) : nil) {
                return handler
            }
            for known in node.handlers.map(\.method) where !allowed.contains(known) { allowed.append(known) }
            return nil
        }
        let rest = segments.dropFirst()
        if segment.count <= node.longestLiteral,
            let next = node.literal(UnsafeRawBufferPointer(rebasing: context.bytes[segment])),
            let handler = search(next, rest, context, captured: &captured, allowed: &allowed)
        {
            return handler
        }
        if let name = node.parameterName, let next = node.parameterChild.first {
            captured.append((name, segment))
            if let handler = search(next, rest, context, captured: &captured, allowed: &allowed) {
                return handler
            }
            captured.removeLast()
        }
        return nil
    }
}
