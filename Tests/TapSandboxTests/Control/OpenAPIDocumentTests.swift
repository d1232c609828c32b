import Foundation
import Testing

@testable import TapSandbox

/// `openapi.json` tells the truth about the router: every route is documented with the security its access
/// needs, nothing documented is missing, and the binary serves the same bytes as the file.
@Suite struct OpenAPIDocumentTests {
    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("openapi.json")

    @Test func embeddedText_EqualsOpenAPIJSONFile() throws {
        let file = try String(contentsOf: Self.fileURL, encoding: .utf8)
        #expect(
            OpenAPIDocument.text == file,
            "Sources/TapSandbox/Control/OpenAPIDocument.swift is out of date: run python3 scripts/embed_openapi.py")
    }

    @Test func document_IsOpenAPI31_ForThisVersion() throws {
        let document = try OpenAPIOperations.document()
        #expect(document["openapi"]?.stringValue == "3.1.0")
        #expect(document["info"]?["version"]?.stringValue == SandboxVersion.current)
    }

    /// The list printed on failure is what to add to (or remove from) `paths` in openapi.json.
    @Test func routes_EqualDocumentedOperations() throws {
        let sandbox = try TestSandbox()
        let routed = Set(sandbox.sandbox.app.router.routes.map(OpenAPIOperations.name(of:)))
        let documented = Set(try OpenAPIOperations.all().map(\.name))
        let undocumented = routed.subtracting(documented).sorted()
        let unrouted = documented.subtracting(routed).sorted()
        #expect(
            undocumented.isEmpty,
            "Routes missing from openapi.json \"paths\":\n\(undocumented.joined(separator: "\n"))")
        #expect(unrouted.isEmpty, "Operations in openapi.json with no route:\n\(unrouted.joined(separator: "\n"))")
    }

    /// Open routes declare `security: []`; optional-key ones `[{}, {"bearer": []}]`; the rest need the bearer key.
    @Test func security_MatchesEachRoutesAccess() throws {
        let sandbox = try TestSandbox()
        let router = sandbox.sandbox.app.router
        let operations = Dictionary(try OpenAPIOperations.all().map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let bearer: JSONValue = ["bearer": []]
        for route in router.routes {
            guard let operation = operations[OpenAPIOperations.name(of: route)] else { continue }
            let path = "/" + route.segments.map { segment -> String in
                if case .literal(let text) = segment { return text }
                return "x"
            }.joined(separator: "/")
            guard case .found(let endpoint, _) = router.match(method: route.method, path: path) else {
                Issue.record("\(route) does not match itself")
                continue
            }
            let expected: [JSONValue]
            switch endpoint.access {
            case .open: expected = []
            case .optionalSecretKey: expected = [[:], bearer]
            case .secretKey, .anyKey: expected = [bearer]
            }
            #expect(operation.security == expected, "security of \(operation.name)")
        }
    }

    /// A keyed route can answer 401 and a route with an id in its path 404: the document must say so.
    @Test func responses_IncludeTheErrorsOfEachRoute() throws {
        let sandbox = try TestSandbox()
        let router = sandbox.sandbox.app.router
        let operations = Dictionary(try OpenAPIOperations.all().map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for route in router.routes {
            guard let operation = operations[OpenAPIOperations.name(of: route)] else { continue }
            let responses = operation.operation["responses"]?.objectValue ?? JSONObject()
            #expect(responses["200"] != nil || responses["302"] != nil, "\(operation.name) documents no success")
            if operation.security != [] {
                #expect(responses["401"] != nil, "\(operation.name) needs a 401 response")
            }
            if route.segments.contains(where: { if case .parameter = $0 { true } else { false } }) {
                #expect(responses["404"] != nil, "\(operation.name) needs a 404 response")
            }
        }
    }

    @Test func references_AllResolve() throws {
        let document = try OpenAPIOperations.document()
        var references: [String] = []
        OpenAPIOperations.collectReferences(in: document, into: &references)
        #expect(!references.isEmpty)
        for reference in Set(references) {
            var target: JSONValue? = document
            for part in reference.dropFirst(2).split(separator: "/") { target = target?[String(part)] }
            #expect(reference.hasPrefix("#/") && target != nil, "unresolved $ref \(reference)")
        }
    }

    @Test func operationIDs_AreUnique() throws {
        let ids = try OpenAPIOperations.all().map { $0.operation["operationId"]?.stringValue ?? "" }
        #expect(!ids.contains(""))
        #expect(Set(ids).count == ids.count)
    }

    @Test func get_ServesTheFile_WithoutKey() throws {
        let sandbox = try TestSandbox()
        let response = sandbox.call(.get, "/_sandbox/openapi.json", key: nil)
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "application/json")
        #expect(response.body == Array(try Data(contentsOf: Self.fileURL)))
    }
}

/// The operations of openapi.json, named like routes: `POST /v2/charges/{id}`.
enum OpenAPIOperations {
    struct Operation {
        var name: String
        var operation: JSONValue
        /// The operation's `security`, or the document's when it has none.
        var security: [JSONValue]
    }

    static let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

    static func document() throws -> JSONValue {
        try JSONParser.parse(OpenAPIDocument.text)
    }

    static func all() throws -> [Operation] {
        let document = try document()
        let global = document["security"]?.arrayValue ?? []
        var operations: [Operation] = []
        for (path, item) in document["paths"]?.objectValue ?? JSONObject() {
            for method in methods {
                guard let operation = item[method] else { continue }
                operations.append(
                    Operation(
                        name: "\(method.uppercased()) \(path)", operation: operation,
                        security: operation["security"]?.arrayValue ?? global))
            }
        }
        return operations
    }

    /// `GET /v2/charges/:id` → `GET /v2/charges/{id}`.
    static func name(of route: Route) -> String {
        let path = route.segments.map { segment -> String in
            switch segment {
            case .literal(let text): text
            case .parameter(let name): "{\(name)}"
            }
        }
        return "\(route.method.rawValue) /\(path.joined(separator: "/"))"
    }

    static func collectReferences(in value: JSONValue, into references: inout [String]) {
        switch value {
        case .object(let object):
            for (key, member) in object {
                if key == "$ref", let text = member.stringValue { references.append(text) }
                collectReferences(in: member, into: &references)
            }
        case .array(let items):
            for item in items { collectReferences(in: item, into: &references) }
        default:
            break
        }
    }
}
