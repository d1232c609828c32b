import Foundation
import Synchronization
import Testing

@testable import TapSandbox

/// `--fsync always|batch|never`: when journal writes reach the disk, and what a response waits for.
@Suite struct FsyncPolicyTests {
    @Test(arguments: FsyncPolicy.allCases)
    func everyPolicy_KeepsAcknowledgedWrites_AcrossARestart(policy: FsyncPolicy) throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder, fsync: policy)
        let paths = try sandbox.buildEveryKindOfState()
        let state = sandbox.persistedState
        let responses = sandbox.snapshotOfResponses(paths)
        sandbox = try sandbox.restarted(folder)
        #expect(sandbox.persistedState == state)
        #expect(sandbox.snapshotOfResponses(paths) == responses)
    }

    /// What the journal had written and synced at the moment a response's gate opened.
    private static func journalWhenTheGateOpens(_ sandbox: TestSandbox, _ folder: TemporaryFolder) throws
        -> (size: Int, syncs: Int)
    {
        let writer = try #require(sandbox.persistence?.writer)
        let response = sandbox.sandbox.app.respond(
            to: HTTPRequest(
                method: .post, path: "/v2/charges",
                headers: ["authorization": "Bearer \(TestSandbox.key)", "content-type": "application/json"],
                body: Array(TestSandbox.chargeBody().utf8)))
        let gate = try #require(response.gate)
        let seen = Mutex<(size: Int, syncs: Int)?>(nil)
        let opened = DispatchSemaphore(value: 0)
        gate.whenOpen {
            let size = folder.read(JournalBytes.firstJournal).count
            seen.withLock { $0 = (size, writer.syncs.load(ordering: .relaxed)) }
            opened.signal()
        }
        #expect(opened.wait(timeout: .now() + 10) == .success)
        return try #require(seen.withLock { $0 })
    }

    @Test(arguments: FsyncPolicy.allCases)
    func everyPolicy_WritesTheRecordBeforeTheResponseGateOpens(policy: FsyncPolicy) throws {
        let folder = try TemporaryFolder()
        let sandbox = try TestSandbox.persistent(folder, fsync: policy)
        let (size, syncs) = try Self.journalWhenTheGateOpens(sandbox, folder)
        // The record is in the file (so it survives the process being killed)...
        #expect(try JournalBytes(Array(folder.read(JournalBytes.firstJournal).prefix(size))).recordStarts.count == 1)
        // ...and, unless the policy is `never`, synced (so it survives the machine going down).
        #expect(syncs == (policy == .never ? 0 : 1))
    }

    @Test func batch_GroupsRecordsArrivingTogether_IntoOneWriteAndOneSync() throws {
        let folder = try TemporaryFolder()
        var options = PersistenceOptions(policy: .batch)
        options.batchWindowMicroseconds = 300_000
        let store = Store(time: ManualTimeSource())
        let persistence = try Persistence(path: folder.path, store: store, options: options, logger: nil) { _ in }
        defer { persistence.close() }
        let gates = (0..<50).compactMap { index in persistence.writer.append(.reset(key: "sk_test_batch\(index)")) }
        #expect(gates.count == 50)
        let opened = DispatchSemaphore(value: 0)
        for gate in gates { gate.whenOpen { opened.signal() } }
        for _ in gates { #expect(opened.wait(timeout: .now() + 10) == .success) }
        #expect(persistence.writer.batches.load(ordering: .relaxed) == 1)
        #expect(persistence.writer.syncs.load(ordering: .relaxed) == 1)
    }

    @Test func never_WritesBeforeAnswering_ButSyncsOnlyAtStop() throws {
        let folder = try TemporaryFolder()
        var sandbox = try TestSandbox.persistent(folder, fsync: .never)
        let writer = try #require(sandbox.persistence?.writer)
        for _ in 0..<5 { #expect(sandbox.call(.post, "/v2/charges", TestSandbox.chargeBody()).status == 200) }
        #expect(writer.syncs.load(ordering: .relaxed) == 0)
        #expect(folder.read(JournalBytes.firstJournal).count > RecordFraming.fileHeaderSize)
        sandbox = try sandbox.restarted(folder)
        #expect(writer.syncs.load(ordering: .relaxed) == 1)
        #expect(sandbox.storedCount() == 5)
    }
}
