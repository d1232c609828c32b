import Foundation
import Testing

@testable import TapSandbox

/// Damage other than a torn final record stops the start with the file and the byte offset, never
/// silently (the issue's "any other corruption").
@Suite struct DamagedDataTests {
    private func expectRefusal(_ folder: TemporaryFolder, file: String, offset: Int, reason: String) {
        do {
            _ = try folder.restoredState()
            Issue.record("the start was not refused")
        } catch {
            guard case .corrupt(let path, let at, let why) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == folder.file(file))
            #expect(at == offset)
            #expect(why.contains(reason), "\(why)")
        }
    }

    @Test func checksumMismatch_BeforeTheLastRecord_RefusesTheStart() throws {
        let folder = try TemporaryFolder()
        var journal = try folder.journalOfCharges(3)
        journal.bytes[journal.payload(0).lowerBound + 5] ^= 0x01
        try folder.write(JournalBytes.firstJournal, journal.bytes)
        expectRefusal(
            folder, file: JournalBytes.firstJournal, offset: journal.recordStarts[0], reason: "checksum mismatch")
        #expect(folder.read(JournalBytes.firstJournal) == journal.bytes, "the damaged file was changed")
    }

    @Test func impossibleLength_RefusesTheStart() throws {
        let folder = try TemporaryFolder()
        var journal = try folder.journalOfCharges(2)
        journal.bytes[journal.recordStarts[1] + 3] = 0x7F
        try folder.write(JournalBytes.firstJournal, journal.bytes)
        expectRefusal(folder, file: JournalBytes.firstJournal, offset: journal.recordStarts[1], reason: "length")
    }

    @Test func unknownRecordVersion_RefusesTheStart_EvenInTheLastRecord() throws {
        let folder = try TemporaryFolder()
        let journal = try folder.journalOfCharges(2)
        try folder.write(JournalBytes.firstJournal, journal.rewriting(record: 1) { [9] + $0.dropFirst() })
        expectRefusal(folder, file: JournalBytes.firstJournal, offset: journal.recordStarts[1], reason: "version 9")
    }

    @Test func undecodablePayload_RefusesTheStart_EvenInTheLastRecord() throws {
        let folder = try TemporaryFolder()
        let journal = try folder.journalOfCharges(2)
        try folder.write(JournalBytes.firstJournal, journal.rewriting(record: 1) { [$0[0], 0x08, 0x42] })
        expectRefusal(folder, file: JournalBytes.firstJournal, offset: journal.recordStarts[1], reason: "undecodable")
    }

    @Test func tornRecord_InAnOlderJournal_RefusesTheStart() throws {
        let folder = try TemporaryFolder()
        let journal = try folder.journalOfCharges(2)
        try folder.write(JournalBytes.firstJournal, Array(journal.bytes.dropLast(1)))
        try folder.write(DataDirectory.journalName(2), RecordFraming.fileHeader(.journal, generation: 2))
        expectRefusal(
            folder, file: JournalBytes.firstJournal, offset: journal.recordStarts[1], reason: "cut short")
    }

    @Test func missingJournal_BetweenOthers_RefusesTheStart() throws {
        let folder = try TemporaryFolder()
        _ = try folder.journalOfCharges(1)
        try folder.write(DataDirectory.journalName(3), RecordFraming.fileHeader(.journal, generation: 3))
        expectRefusal(folder, file: DataDirectory.journalName(2), offset: 0, reason: "missing")
    }

    @Test func foreignFile_RefusesTheStart() throws {
        let folder = try TemporaryFolder()
        try folder.write(JournalBytes.firstJournal, Array("this is not a journal at all".utf8))
        expectRefusal(folder, file: JournalBytes.firstJournal, offset: 0, reason: "bad header")
    }

    @Test func damagedJournal_MakesTheBinaryExit1_NamingFileAndOffset() throws {
        let folder = try TemporaryFolder()
        var journal = try folder.journalOfCharges(3)
        journal.bytes[journal.payload(1).lowerBound + 9] ^= 0x10
        try folder.write(JournalBytes.firstJournal, journal.bytes)
        let process = try SandboxProcess(["--port", "0", "--data-dir", folder.path])
        let (status, errors) = process.finish()
        #expect(status == 1)
        #expect(errors.contains(folder.file(JournalBytes.firstJournal)), "\(errors)")
        #expect(errors.contains("byte \(journal.recordStarts[1])"), "\(errors)")
        #expect(errors.split(separator: "\n").count == 1, "\(errors)")
    }
}
