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
        // Robustness (docs/robustness.md): the properties the fuzzers check, and their libFuzzer entry points.
        // A normal build makes the entry points plain corpus-replaying tools; scripts/fuzz.sh rebuilds them
        // with -sanitize=fuzzer,address into .build-fuzz, so the sanitizers never reach a normal build.
        .target(name: "TapSandboxFuzzing", dependencies: ["TapSandbox"], swiftSettings: .strict),
        .executableTarget(name: "FuzzHTTPParser", dependencies: ["TapSandboxFuzzing"], swiftSettings: .strict),
        .executableTarget(name: "FuzzRequestBodies", dependencies: ["TapSandboxFuzzing"], swiftSettings: .strict),
        .testTarget(
            name: "TapSandboxTests", dependencies: ["TapSandbox", "TapSandboxFuzzing"], swiftSettings: .strict),
    ]
)

extension Array where Element == SwiftSetting {
    static var strict: [SwiftSetting] {
        [.enableUpcomingFeature("ExistentialAny"), .swiftLanguageMode(.v6)]
    }
}
