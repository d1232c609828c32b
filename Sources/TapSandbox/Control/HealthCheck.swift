/// `tap-sandbox health`: one GET to the health URL, for container health checks that have no curl.
enum HealthCheck {
    /// True when `url` (http or https) answers 2xx within `timeoutMs`.
    static func run(url: String, timeoutMs: Int) -> Bool {
        let client = HTTPClient(options: HTTPClientOptions(timeoutMs: timeoutMs))
        guard case .success(let response) = client.send(HTTPClientRequest(method: .get, url: url)) else { return false }
        return response.status.isSuccess
    }
}
