import Foundation

/// The built `tap-sandbox` binary run as a child process, as users and CI run it. `swift test` builds the
/// executable next to the test bundle, so it is found beside this process's own executable.
final class SandboxProcess {
    let process = Process()
    let stdout = Pipe()
    let stderr = Pipe()
    /// The first stdout line (`tap-sandbox listening on http://HOST:PORT`), once `waitForListening` returned.
    private(set) var firstLine = ""

    static var binaryURL: URL {
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [testBundle, testBundle.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("tap-sandbox")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: ".build/debug/tap-sandbox")
    }

    init(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil) throws {
        process.executableURL = Self.binaryURL
        process.currentDirectoryURL = directory
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Reads stdout up to the first newline and returns the port it announces.
    func waitForListening() throws -> Int {
        var bytes: [UInt8] = []
        let handle = stdout.fileHandleForReading
        while !bytes.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            bytes.append(contentsOf: chunk)
        }
        firstLine = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        guard let port = firstLine.split(separator: ":").last.flatMap({ Int($0) }) else {
            throw RawClient.Failure(description: "no listening line, got \(firstLine.debugDescription)")
        }
        return port
    }

    /// Waits (at most `timeout` seconds, then kills it) for the process to exit; returns its status and
    /// everything it wrote to stderr. A killed process reports status -9.
    func finish(timeout: TimeInterval = 15) -> (status: Int32, stderr: String) {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return (-9, "killed after \(timeout) s")
        }
        process.waitUntilExit()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, errors)
    }
}
