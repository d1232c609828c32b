import Foundation

/// A new empty folder under the system's temporary folder, removed with its contents on deinit.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/tap-sandbox-test-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let created else { throw RawClient.Failure(description: "mkdtemp failed: errno \(errno)") }
        path = created
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var url: URL { URL(fileURLWithPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    /// The names of the files in the folder, sorted.
    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    func read(_ name: String) -> [UInt8] {
        FileManager.default.contents(atPath: file(name)).map { Array($0) } ?? []
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    /// Copies every file (not the lock) into `other`.
    func copy(to other: TemporaryFolder) throws {
        for name in names() where name != "lock" { try other.write(name, read(name)) }
    }
}
