import Foundation
import Testing

@testable import TapSandbox

/// Compaction writes the whole state as a snapshot and drops the journals it covers; a crash at any step
/// still restarts into exactly the acknowledged state.
@Suite struct CompactionTests {
    /// Compaction after every 4 KiB of journal, snapshot records of 3 objects.
    static var small: PersistenceOptions {
        var options = PersistenceOptions()
        options.compactionMinimumBytes = 4096
        options.snapshotChunk = 3
        return options
    }

    @Test func compaction_KeepsTheStateIdentical() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let paths = try sandbox.buildEveryKindOfState()
        let state = sandbox.persistedState
        let responses = sandbox.snapshotOfResponses(paths)
        let persistence = try #require(sandbox.persistence)
        try persistence.compactor.compact(writer: persistence.writer)
        #expect(folder.names() == [DataDirectory.journalName(2), "lock", DataDirectory.snapshotName])
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.persistedState == state)
        for (after, before) in zip(sandbox.snapshotOfResponses(paths), responses) { #expect(after == before) }
    }

    @Test(arguments: [
        Compactor.Step.rotated, Compactor.Step.snapshotWritten, Compactor.Step.snapshotInstalled,
        Compactor.Step.journalsRemoved,
    ])
    func crashAfterACompactionStep_RestartsWithTheAcknowledgedState(step: Compactor.Step) throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder)
        let paths = try sandbox.buildEveryKindOfState()
        let persistence = try #require(sandbox.persistence)
        try persistence.compactor.compact(writer: persistence.writer, stoppingAfter: step)
        // Writes after the rotation go to the new journal, whatever the snapshot holds.
        let customer = sandbox.customer()
        #expect(sandbox.call(.delete, "/v2/customers/\(customer)").status == 200)
        let charge = sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).string("id") ?? ""
        let state = sandbox.persistedState
        let responses = sandbox.snapshotOfResponses(paths + ["/v2/charges/\(charge)"])
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.persistedState == state)
        let after = sandbox.snapshotOfResponses(paths + ["/v2/charges/\(charge)"])
        for (restored, before) in zip(after, responses) { #expect(restored == before) }
        #expect(!folder.names().contains(DataDirectory.snapshotTemporaryName))
        // Until the snapshot is installed the old journal is still needed; after, a start removes it.
        #expect(folder.names().contains(JournalBytes.firstJournal) == (step < .snapshotInstalled))
    }

    @Test func growingJournal_IsCompactedOnItsOwn() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder, options: Self.small)
        for index in 0..<60 {
            let body = TestSandbox.chargeBody(["reference": #"{"order":"o\#(index)"}"#])
            try #require(sandbox.call(.post, "/v2/charges", body).status == 200)
        }
        let deadline = Date().addingTimeInterval(10)
        while !folder.names().contains(DataDirectory.snapshotName) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let state = sandbox.persistedState
        sandbox = try sandbox.restarted(folder, options: Self.small)
        #expect(folder.names().contains(DataDirectory.snapshotName))
        #expect(!folder.names().contains(JournalBytes.firstJournal))
        #expect(sandbox.persistedState == state)
        #expect(sandbox.storedCount() == 60)
    }

    @Test func leftoverTemporarySnapshot_IsRemovedAtStart() throws {
        let folder = try TemporaryFolder()
        _ = try folder.journalOfCharges(2)
        let expected = try folder.restoredState()
        try folder.write(DataDirectory.snapshotTemporaryName, Array("half a snapshot".utf8))
        #expect(try folder.restoredState() == expected)
        #expect(!folder.names().contains(DataDirectory.snapshotTemporaryName))
    }

    @Test func snapshotWithoutItsEndRecord_RefusesTheStart() throws {
        let folder = try TemporaryFolder()
        let sandbox = try TestSandbox.persistent(folder)
        _ = try sandbox.buildEveryKindOfState()
        let persistence = try #require(sandbox.persistence)
        try persistence.compactor.compact(writer: persistence.writer)
        sandbox.sandbox.stop()
        let full = folder.read(DataDirectory.snapshotName)
        let file = try RecordFile(
            path: "snapshot", bytes: full, kind: .snapshot, mayBeTorn: false, generation: 0)
        let lastStart = try #require(file.payloads.last).lowerBound - RecordFraming.recordHeaderSize
        try folder.write(DataDirectory.snapshotName, Array(full[..<lastStart]))
        #expect {
            try folder.restoredState()
        } throws: { error in
            guard case .corrupt(let path, _, let reason) = error as? PersistenceError else { return false }
            return path == folder.file(DataDirectory.snapshotName) && reason.contains("end record")
        }
    }
}
