import Foundation
import Testing

@testable import TapSandbox

/// What a crash leaves at the end of the newest journal is dropped cleanly (the file is cut back to the
/// last whole record); nothing else is (DamagedDataTests).
@Suite struct TornTailTests {
    @Test func tornLastRecord_AtEveryByteOffset_StartsWithTheRecordsBefore() throws {
        let folder = try TemporaryFolder()
        let journal = try folder.journalOfCharges(3)
        let last = try #require(journal.recordStarts.last)
        try folder.write(JournalBytes.firstJournal, Array(journal.bytes[..<last]))
        let expected = try folder.restoredState()
        #expect(expected.accounts.first?.value.charges.count == 2)
        // Each start syncs the cut file (milliseconds on a real disk): starts run side by side, one folder each.
        let cuts = Array(last..<journal.bytes.count)
        DispatchQueue.concurrentPerform(iterations: 16) { lane in
            for cut in stride(from: lane, to: cuts.count, by: 16).map({ cuts[$0] }) {
                #expect(throws: Never.self, "cut at \(cut)") {
                    let copy = try TemporaryFolder()
                    try copy.write(JournalBytes.firstJournal, Array(journal.bytes[..<cut]))
                    let (persistence, store) = try copy.restore()
                    persistence.close()
                    #expect(PersistedState(store: store) == expected, "cut at \(cut)")
                    #expect(copy.read(JournalBytes.firstJournal).count == last, "cut at \(cut)")
                    #expect(persistence.recoveryNotes.count == (cut == last ? 0 : 1), "cut at \(cut)")
                }
            }
        }
    }

    @Test func checksumMismatch_InTheLastRecord_IsDroppedAsTorn() throws {
        let folder = try TemporaryFolder()
        var journal = try folder.journalOfCharges(2)
        let last = try #require(journal.recordStarts.last)
        journal.bytes[journal.payload(1).upperBound - 1] ^= 0xFF
        try folder.write(JournalBytes.firstJournal, journal.bytes)
        let (persistence, store) = try folder.restore()
        persistence.close()
        #expect(store.allAccounts.first?.read { $0.charges.count } == 1)
        #expect(folder.read(JournalBytes.firstJournal).count == last)
        #expect(persistence.recoveryNotes.first?.contains("byte \(last)") == true)
    }

    @Test(arguments: [1, 7, 4096])
    func zerosAfterTheLastRecord_AreDropped(count: Int) throws {
        let folder = try TemporaryFolder()
        let journal = try folder.journalOfCharges(2)
        let expected = try folder.restoredState()
        try folder.write(JournalBytes.firstJournal, journal.bytes + [UInt8](repeating: 0, count: count))
        #expect(try folder.restoredState() == expected)
        #expect(folder.read(JournalBytes.firstJournal).count == journal.bytes.count)
    }

    @Test func journalWithATornHeader_StartsEmptyAndIsRewritten() throws {
        let folder = try TemporaryFolder()
        try folder.write(JournalBytes.firstJournal, Array("TAPSB".utf8))
        #expect(try folder.restoredState() == PersistedState(store: Store()))
        #expect(folder.read(JournalBytes.firstJournal) == RecordFraming.fileHeader(.journal, generation: 1))
    }

    @Test func afterATornTail_NewRecordsFollowTheLastGoodOne() throws {
        let folder = try TemporaryFolder()
        let journal = try folder.journalOfCharges(2)
        try folder.write(JournalBytes.firstJournal, Array(journal.bytes.dropLast(3)))
        var sandbox = try TestSandbox.persistent(folder)
        #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).status == 200)
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.storedCount() == 2)
    }
}
