/// Something wrong in a scenario file, as `tap-sandbox scenarios lint` prints it: `file:location: message`,
/// where the location is a JSON path (`$.scenarios[2].status`) or, for broken JSON, `line:column`.
public struct ScenarioProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var location: String
    public var message: String

    public init(file: String, location: String, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String { "\(file):\(location): \(message)" }
}

/// A JSONPath expression (RFC 9535 normalized form, with the `.name` shorthand for plain names) naming a
/// value inside a scenario file.
struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    private(set) var description = "$"

    static let root = JSONPath()

    func key(_ name: String) -> JSONPath {
        var path = self
        let plain =
            name.first.map { $0.isLetter || $0 == "_" || $0 == "$" } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") }
        if plain {
            path.description += "." + name
        } else {
            path.description += "[" + JSONValue.string(name).description + "]"
        }
        return path
    }

    func index(_ index: Int) -> JSONPath {
        var path = self
        path.description += "[\(index)]"
        return path
    }
}
