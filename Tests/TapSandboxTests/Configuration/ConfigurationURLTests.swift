import Testing

@testable import TapSandbox

struct ConfigurationURLTests {
    @Test(
        arguments: [
            ("127.0.0.1", nil, 54321, "http://127.0.0.1:54321"),
            ("0.0.0.0", nil, 8080, "http://127.0.0.1:8080"),
            ("::", nil, 80, "http://[::1]:80"),
            ("::1", nil, 80, "http://[::1]:80"),
            ("fe80::1", nil, 1, "http://[fe80::1]:1"),
            ("localhost", nil, 7800, "http://localhost:7800"),
            ("0.0.0.0", "https://pay.example.com/sandbox", 8080, "https://pay.example.com/sandbox"),
        ] as [(String, String?, Int, String)]
    )
    func effectivePublicURL_UsesPublicURLOrReachableHost(host: String, publicURL: String?, port: Int, expected: String)
    {
        let configuration = makeConfiguration {
            $0.host = host
            $0.publicURL = publicURL
        }
        #expect(configuration.effectivePublicURL(boundPort: port) == expected)
    }

    @Test(arguments: [
        ("127.0.0.1", 54321, "http://127.0.0.1:54321"),
        ("0.0.0.0", 8080, "http://0.0.0.0:8080"),
        ("::", 80, "http://[::]:80"),
        ("localhost", 1, "http://localhost:1"),
    ])
    func listeningURL_ShowsBoundHostAndPort(host: String, port: Int, expected: String) {
        let configuration = makeConfiguration {
            $0.host = host
            $0.publicURL = "https://ignored.example"
        }
        #expect(configuration.listeningURL(boundPort: port) == expected)
    }
}
