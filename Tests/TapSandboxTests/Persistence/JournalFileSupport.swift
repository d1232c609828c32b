import Foundation
import Testing

@testable import TapSandbox

/// A journal file's bytes and where its records start, for tests that damage it.
struct JournalBytes {
    static let firstJournal = DataDirectory.journalName(1)

    var bytes: [UInt8]
    /// The offset of each record's header, in order.
    let recordStarts: [Int]

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        let file = try RecordFile(path: "test", bytes: bytes, kind: .journal, mayBeTorn: false, generation: 1)
        recordStarts = file.payloads.map { $0.lowerBound - RecordFraming.recordHeaderSize }
    }

    /// Where the payload of record `index` lies (version byte first).
    func payload(_ index: Int) -> Range<Int> {
        let start = recordStarts[index] + RecordFraming.recordHeaderSize
        let length = Int(RecordFraming.readUInt32(bytes, at: recordStarts[index]))
        return start..<(start + length)
    }

    /// The file with record `index`'s payload replaced by `change(payload)`, framed with a correct length
    /// and checksum: damage the checksum cannot see.
    func rewriting(record index: Int, _ change: ([UInt8]) -> [UInt8]) -> [UInt8] {
        let range = payload(index)
        let payload = change(Array(bytes[range]))
        var frame: [UInt8] = []
        for value in [UInt32(payload.count), CRC32C.checksum(payload)] {
            for shift in stride(from: 0, to: 32, by: 8) { frame.append(UInt8(truncatingIfNeeded: value >> shift)) }
        }
        return Array(bytes[..<recordStarts[index]]) + frame + payload + Array(bytes[range.upperBound...])
    }
}

extension TemporaryFolder {
    /// Opens the folder as a data directory into a new store, as a start would.
    func restore() throws(PersistenceError) -> (Persistence, Store) {
        let store = Store(time: ManualTimeSource())
        let persistence = try Persistence(
            path: path, store: store, options: PersistenceOptions(), logger: nil, failure: { _ in })
        return (persistence, store)
    }

    /// The state a start restores from this folder (the persistence is closed again).
    func restoredState() throws(PersistenceError) -> PersistedState {
        let (persistence, store) = try restore()
        defer { persistence.close() }
        return PersistedState(store: store)
    }

    /// A journal made by creating `count` charges (and their customer) in a sandbox on this folder.
    func journalOfCharges(_ count: Int) throws -> JournalBytes {
        let sandbox = try TestSandbox.persistent(self)
        for index in 0..<count {
            let body = TestSandbox.chargeBody(["reference": #"{"order":"ord_\#(index)"}"#])
            try #require(sandbox.call(.post, "/v2/charges", body).status == 200)
        }
        sandbox.sandbox.stop()
        return try JournalBytes(read(JournalBytes.firstJournal))
    }
}
