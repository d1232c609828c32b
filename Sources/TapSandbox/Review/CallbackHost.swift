/// Tells a test host from one that looks like production, for the `urls.not_production` check.
///
/// Tap's "Before going live" list says POST.URL and REDIRECT.URL must point at production URLs once live;
/// in a sandbox the question turns around: test traffic must not reach production. The sandbox cannot know
/// the merchant's production hosts, so a host counts as a test host when it is
/// 1. the sandbox's own host (its `--public-url`);
/// 2. an IP address that is not routed on the internet: loopback, private (RFC 1918), shared (RFC 6598),
///    link-local or unspecified; IPv6 loopback, unique local (fc00::/7) or link-local (fe80::/10);
/// 3. a name without a dot: `localhost`, a Docker Compose service, a machine on the local network;
/// 4. under a special-use or private top-level domain: `.test`, `.example`, `.invalid`, `.localhost`
///    (RFC 6761), `.local` (RFC 6762), `.home.arpa` (RFC 8375), `.internal`, `.lan`, `.localdomain`; or
///    `example.com`, `.net`, `.org` (RFC 2606);
/// 5. a tunnel or request-inspection service made for development: ngrok, webhook.site, localtunnel,
///    Cloudflare quick tunnels, Pipedream;
/// 6. a name with a label, other than the top-level domain, naming a non-production environment, whole or
///    as a dash-separated part: dev, test, staging, stage, qa, uat, sandbox, preprod, local
///    (`staging.shop.com`, `shop-dev.herokuapp.com`).
/// Anything else, a public IP address or a public name, looks like production.
enum CallbackHost {
    enum Verdict: Sendable, Equatable {
        case test(String)
        case production

        var reason: String {
            switch self {
            case .test(let reason): reason
            case .production: "looks like production"
            }
        }
    }

    static let privateTopLevelDomains: Set = [
        "test", "example", "invalid", "localhost", "local", "internal", "lan", "localdomain",
    ]
    static let reservedDomains = ["example.com", "example.net", "example.org", "home.arpa"]
    static let developmentServices = [
        "ngrok.io", "ngrok.app", "ngrok-free.app", "ngrok-free.dev", "webhook.site", "loca.lt",
        "trycloudflare.com", "pipedream.net",
    ]
    static let environmentWords: Set = ["dev", "test", "staging", "stage", "qa", "uat", "sandbox", "preprod", "local"]

    static func classify(_ host: String, sandboxHost: String?) -> Verdict {
        let name = host.lowercased().trimmingSuffix(".")
        if name == sandboxHost?.lowercased() { return .test("the sandbox itself") }
        if let address = IPv4Address(name) {
            return address.isInternal ? .test("an internal IP address") : .production
        }
        if name.contains(":") {
            return isInternalIPv6(name) ? .test("an internal IP address") : .production
        }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count > 1, let topLevel = labels.last else { return .test("a name without a dot") }
        if privateTopLevelDomains.contains(String(topLevel)) { return .test("a special-use domain") }
        if reservedDomains.contains(where: { name == $0 || name.hasSuffix("." + $0) }) {
            return .test("a special-use domain")
        }
        if developmentServices.contains(where: { name == $0 || name.hasSuffix("." + $0) }) {
            return .test("a development tunnel or inspection service")
        }
        let words = labels.dropLast().flatMap { $0.split(separator: "-") }
        if words.contains(where: { environmentWords.contains(String($0)) }) {
            return .test("names a test environment")
        }
        return .production
    }

    /// `::1`, `::`, fc00::/7 and fe80::/10, and IPv4-mapped internal addresses.
    static func isInternalIPv6(_ address: String) -> Bool {
        if address == "::1" || address == "::" { return true }
        if address.hasPrefix("::ffff:"), let mapped = IPv4Address(String(address.dropFirst(7))) {
            return mapped.isInternal
        }
        let first = address.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        guard first.count == 4, let value = UInt16(first, radix: 16) else { return false }
        return value & 0xFE00 == 0xFC00 || value & 0xFFC0 == 0xFE80
    }
}

/// A dotted-quad IPv4 address.
struct IPv4Address: Sendable, Equatable {
    var octets: [UInt8]

    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCIIDigit), let value = UInt8(part) else {
                return nil
            }
            octets.append(value)
        }
        self.octets = octets
    }

    /// Not routed on the internet: 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.168/16.
    var isInternal: Bool {
        let (a, b) = (octets[0], octets[1])
        return a == 0 || a == 10 || a == 127 || (a == 100 && b & 0xC0 == 64) || (a == 169 && b == 254)
            || (a == 172 && b & 0xF0 == 16) || (a == 192 && b == 168)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
