// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tap-sandbox",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tap-sandbox", targets: ["tap-sandbox"]),
        .library(name: "TapSandbox", targets: ["TapSandbox"]),
    ],
    targets: [
        // libcrypto (HMAC-SHA256 for webhook signatures) and libssl (TLS to https webhook receivers).
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libssl",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        // Linux headers that Glibc does not export to Swift (epoll, eventfd).
        .systemLibrary(name: "CSystem"),
        .target(name: "TapSandbox", dependencies: ["COpenSSL", "CSystem"], swiftSettings: .strict),
        .executableTarget(name: "tap-sandbox", dependencies: ["TapSandbox"], swiftSettings: .strict),
        .testTarget(name: "TapSandboxTests", dependencies: ["TapSandbox"], swiftSettings: .strict),
    ]
)

extension Array where Element == SwiftSetting {
    static var strict: [SwiftSetting] {
        [.enableUpcomingFeature("ExistentialAny"), .swiftLanguageMode(.v6)]
    }
}
