import TapSandbox

/// The shape every answer must have, whatever was asked (CONTRACT.md §1a, §3): never 5xx; header fields
/// that cannot split the response; every `/v2` body JSON (a download's 200 is CSV, or ZIP for payouts) and
/// every error Tap's envelope `{"errors":[{"code":"1234","description":"…"}]}`. Pages for people
/// (`/_sandbox/pay`) may answer HTML, errors included.
enum ResponseRule {
    static func problem(with response: HTTPResponse, path: String) -> String? {
        let status = response.status.code
        let text = String(decoding: response.body.prefix(200), as: UTF8.self)
        if status >= 500 { return "status \(status): \(text)" }
        for field in response.headers.fields {
            let bytes = Array(field.name.utf8) + Array(field.value.utf8)
            if bytes.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) {
                return "header \(field.name) holds CR, LF or NUL: \(field.value.prefix(80))"
            }
        }
        let isAPI = path.hasPrefix("/v2")
        if status < 400 && !isAPI { return nil }
        let contentType = response.headers["content-type"] ?? ""
        if contentType.hasPrefix("text/html") { return isAPI ? "HTML from an API route" : nil }
        if contentType.hasPrefix("text/csv") || contentType.hasPrefix("application/zip") {
            return status == 200 && path.hasSuffix("/download") ? nil : "unexpected \(contentType), status \(status)"
        }
        guard let json = try? JSONParser.parse(response.body) else { return "not JSON (\(status)): \(text)" }
        guard status >= 400 else { return nil }
        guard let errors = json["errors"]?.arrayValue, let first = errors.first?.objectValue,
            json.objectValue?.count == 1,
            let code = first["code"]?.stringValue, !code.isEmpty, code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            first["description"]?.stringValue?.isEmpty == false
        else { return "not Tap's envelope (\(status)): \(text)" }
        return nil
    }
}
