/// A decoded form field name split into its base and bracket segments: `a[b][]` is `a` + `[b]`, `[]`.
struct FormKeyPath {
    enum Segment {
        /// `[name]`: a member of an object.
        case member(String)
        /// `[]`: a new element at the end of an array.
        case append
    }

    var base: String
    var segments: [Segment]

    /// Splits `name`; anything not of the form `base[seg]…[seg]` with a non-empty base stays one literal key.
    init(_ name: String) {
        base = name
        segments = []
        let utf8 = Array(name.utf8)
        guard let open = utf8.firstIndex(of: UInt8(ascii: "[")), open > 0 else { return }
        var parsed: [Segment] = []
        var index = open
        while index < utf8.count {
            guard utf8[index] == UInt8(ascii: "["),
                let close = utf8[(index + 1)...].firstIndex(of: UInt8(ascii: "]"))
            else { return }
            let inner = utf8[(index + 1)..<close]
            parsed.append(inner.isEmpty ? .append : .member(String(decoding: inner, as: UTF8.self)))
            index = close + 1
        }
        base = String(decoding: utf8[..<open], as: UTF8.self)
        segments = parsed
    }
}

/// An object under construction, with a hash index so that many fields stay linear to insert.
struct FormMap {
    private var keys: [String] = []
    private var nodes: [FormNode] = []
    private var index: [String: Int] = [:]

    /// Stores `value` at `path` below the member `name`, creating or replacing containers on the way.
    mutating func assign(_ value: String, to name: String, along path: ArraySlice<FormKeyPath.Segment>) {
        if let position = index[name] {
            nodes[position].assign(value, along: path)
            return
        }
        var node = FormNode.leaf("")
        node.assign(value, along: path)
        index[name] = keys.count
        keys.append(name)
        nodes.append(node)
    }

    var jsonObject: JSONObject {
        JSONObject(keys: keys[...], values: nodes.map(\.jsonValue)[...])
    }
}

/// A node of a form tree under construction.
enum FormNode {
    case leaf(String)
    case list([FormNode])
    case map(FormMap)

    /// Stores `value` at `path` below this node. Recursion is bounded by the caller's depth limit.
    mutating func assign(_ value: String, along path: ArraySlice<FormKeyPath.Segment>) {
        guard let segment = path.first else {
            self = .leaf(value)
            return
        }
        switch segment {
        case .append:
            var list: [FormNode] = []
            if case .list(let existing) = self { list = existing }
            // Drop our reference first so `list` is uniquely owned and appends in place.
            self = .leaf("")
            var element = FormNode.leaf("")
            element.assign(value, along: path.dropFirst())
            list.append(element)
            self = .list(list)
        case .member(let name):
            var map = FormMap()
            if case .map(let existing) = self { map = existing }
            self = .leaf("")
            map.assign(value, to: name, along: path.dropFirst())
            self = .map(map)
        }
    }

    var jsonValue: JSONValue {
        switch self {
        case .leaf(let string): .string(string)
        case .list(let elements): .array(elements.map(\.jsonValue))
        case .map(let map): .object(map.jsonObject)
        }
    }
}
