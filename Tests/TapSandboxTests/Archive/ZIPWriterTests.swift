import Foundation
import Testing

@testable import TapSandbox

/// The ZIP writer, read back by independent readers: Python's `zipfile` (names, contents, CRCs through
/// `testzip()`, dates) and Info-ZIP's `unzip -t`.
@Suite struct ZIPWriterTests {
    static let modified = DOSDateTime(year: 2026, month: 9, day: 21, hour: 18, minute: 13, second: 21)

    static func archive(_ files: [(String, String)]) throws -> [UInt8] {
        var writer = ZIPWriter()
        for (name, text) in files { try writer.append(name: name, data: Array(text.utf8), modified: modified) }
        return writer.finish()
    }

    @Test func pythonZipfile_ReadsNamesContentsAndDates() throws {
        let files = [
            ("29102023  - CHARGES 33271023375023.csv", "id,amount\r\nchg_1,1.500\r\n"),
            ("empty.csv", ""),
            ("عربي.txt", "نص\n"),
        ]
        let path = try Self.write(try Self.archive(files))
        let script = """
            import json, sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                print(json.dumps({"bad": z.testzip(), "files": [
                    [i.filename, z.read(i).decode(), i.date_time, i.compress_type] for i in z.infolist()]}))
            """
        let output = try Self.run("/usr/bin/env", ["python3", "-c", script, path])
        let result = try JSONParser.parse(output)
        #expect(result["bad"] == .null)
        let read = try #require(result["files"]?.arrayValue)
        #expect(read.count == files.count)
        for (entry, file) in zip(read, files) {
            #expect(entry.string("0") == file.0)
            #expect(entry.string("1") == file.1)
            #expect(entry.at("2")?.description == "[2026,9,21,18,13,20]")
            #expect(entry.int("3") == 0)
        }
    }

    @Test func unzip_TestsTheArchiveWithoutErrors() throws {
        let unzip = "/usr/bin/unzip"
        try #require(FileManager.default.isExecutableFile(atPath: unzip), "Info-ZIP unzip is not installed")
        let files = [("a.csv", "x,y\r\n1,2\r\n"), ("b.csv", String(repeating: "z", count: 70_000))]
        let path = try Self.write(try Self.archive(files))
        let output = try Self.run(unzip, ["-t", path])
        #expect(output.contains("No errors detected in compressed data"))
    }

    @Test func corruptedByte_IsCaughtByPythonsCRCCheck() throws {
        var bytes = try Self.archive([("a.csv", "hello, world")])
        let data = try #require(bytes.firstIndex(of: UInt8(ascii: "h")))
        bytes[data] = UInt8(ascii: "j")
        let script = "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())"
        #expect(try Self.run("/usr/bin/env", ["python3", "-c", script, try Self.write(bytes)]) == "a.csv\n")
    }

    @Test func layout_HasLocalHeaderCentralDirectoryAndEndRecord() throws {
        let bytes = try Self.archive([("a", "1")])
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        // Local header 30 + name 1 + data 1 = 32: the central directory starts there.
        #expect(Array(bytes[32..<36]) == [0x50, 0x4B, 0x01, 0x02])
        let end = bytes.suffix(22)
        #expect(Array(end.prefix(4)) == [0x50, 0x4B, 0x05, 0x06])
        #expect(bytes.count == 32 + 46 + 1 + 22)
    }

    /// (year, month, day, hour, minute, second) → DOS time and date words (APPNOTE §4.4.6).
    @Test(arguments: [
        ([1979, 12, 31, 23, 59, 59], 0, 0x21),
        ([1980, 1, 1, 0, 0, 0], 0, 0x21),
        ([2026, 9, 21, 18, 13, 21], 18 << 11 | 13 << 5 | 10, 46 << 9 | 9 << 5 | 21),
        ([2108, 1, 1, 0, 0, 0], 23 << 11 | 59 << 5 | 29, 127 << 9 | 12 << 5 | 31),
    ] as [([Int], Int, Int)])
    func dosDateTime_PacksAndClamps(moment: [Int], time: Int, date: Int) {
        let packed = DOSDateTime(
            year: moment[0], month: moment[1], day: moment[2], hour: moment[3], minute: moment[4], second: moment[5])
        #expect(Int(packed.time) == time)
        #expect(Int(packed.date) == date)
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString).zip").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs a program to completion and returns its standard output; a non-zero exit is an error.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestFailure("\(program) \(arguments.first ?? "") exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
