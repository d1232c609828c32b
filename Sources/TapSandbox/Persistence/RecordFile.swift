import Dispatch
import Foundation
import Synchronization

/// The records of one data file, checked: every record's length and checksum, the file header, and what
/// a crash can leave at the end of the newest journal.
struct RecordFile: Sendable {
    let path: String
    let bytes: [UInt8]
    /// The generation in the file's header.
    let generation: UInt64
    /// Where each good record's payload lies (version byte first), in order.
    let payloads: [Range<Int>]
    /// Where the good records end: the file's length, or the start of a torn final record.
    let validEnd: Int

    /// Reads `bytes` as a file of `kind`. Only the newest journal (`mayBeTorn`) may end in a record that a
    /// crash cut short: short header, short payload, or a checksum mismatch with nothing but zeros after.
    /// Anything else is damage and throws, naming the file and the offset.
    init(path: String, bytes: [UInt8], kind: RecordFraming.FileKind, mayBeTorn: Bool, generation fallback: UInt64)
        throws(PersistenceError)
    {
        self.path = path
        self.bytes = bytes
        if bytes.count < RecordFraming.fileHeaderSize && mayBeTorn {
            // Created, but the crash came before its header reached the disk.
            generation = fallback
            payloads = []
            validEnd = 0
            return
        }
        guard let generation = RecordFraming.generation(ofHeader: bytes[...], kind) else {
            throw .corrupt(file: path, offset: 0, reason: "not a tap-sandbox \(kind) file (bad header)")
        }
        self.generation = generation
        var payloads: [Range<Int>] = []
        var offset = RecordFraming.fileHeaderSize
        while offset < bytes.count {
            switch Self.check(bytes, at: offset) {
            case .record(let payload):
                payloads.append(payload)
                offset = payload.upperBound
            case .torn(let reason):
                guard mayBeTorn else { throw .corrupt(file: path, offset: offset, reason: reason) }
                self.payloads = payloads
                validEnd = offset
                return
            case .damaged(let reason):
                throw .corrupt(file: path, offset: offset, reason: reason)
            }
        }
        self.payloads = payloads
        validEnd = bytes.count
    }

    private enum Check {
        case record(Range<Int>)
        /// What a crash mid-write leaves: tolerated at the end of the newest journal.
        case torn(String)
        case damaged(String)
    }

    private static func check(_ bytes: [UInt8], at offset: Int) -> Check {
        let remaining = bytes.count - offset
        guard remaining >= RecordFraming.recordHeaderSize else {
            return .torn("a record header cut short (\(remaining) of \(RecordFraming.recordHeaderSize) bytes)")
        }
        let length = Int(RecordFraming.readUInt32(bytes, at: offset))
        let start = offset + RecordFraming.recordHeaderSize
        guard length > 0, length <= RecordFraming.maxPayloadSize else {
            return onlyZeros(bytes, from: offset)
                ? .torn("zeros where a record should start") : .damaged("impossible record length \(length)")
        }
        guard length <= bytes.count - start else {
            return .torn("a record cut short (\(bytes.count - start) of \(length) bytes)")
        }
        let end = start + length
        let stored = RecordFraming.readUInt32(bytes, at: offset + 4)
        let actual = bytes.withUnsafeBufferPointer { CRC32C.update(0, UnsafeBufferPointer(rebasing: $0[start..<end])) }
        guard stored == actual else {
            let reason = "checksum mismatch in a record of \(length) bytes"
            return onlyZeros(bytes, from: end)
                ? .torn(reason) : .damaged("\(reason), and \(bytes.count - end) more bytes follow it")
        }
        return .record(start..<end)
    }

    private static func onlyZeros(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes[start...].allSatisfy { $0 == 0 }
    }

    /// Every record's entry, in order, decoded on all cores (decoding is most of a start's work). A record
    /// that cannot be decoded throws, the first one in file order.
    func entries() throws(PersistenceError) -> [JournalEntry] {
        let lanes = min(payloads.count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
        let decoded = Mutex([Int: Result<[JournalEntry], PersistenceError>]())
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let range = (payloads.count * lane / lanes)..<(payloads.count * (lane + 1) / lanes)
            var part: [JournalEntry] = []
            part.reserveCapacity(range.count)
            let result = Result { () throws(PersistenceError) -> [JournalEntry] in
                for index in range { part.append(try entry(index)) }
                return part
            }
            decoded.withLock { $0[lane] = result }
        }
        var entries: [JournalEntry] = []
        entries.reserveCapacity(payloads.count)
        for lane in 0..<lanes {
            guard let result = decoded.withLock({ $0[lane] }) else { continue }
            entries += try result.get()
        }
        return entries
    }

    /// The entry of the record at `index`: its version must be this build's and its payload decodable.
    func entry(_ index: Int) throws(PersistenceError) -> JournalEntry {
        let payload = payloads[index]
        let offset = payload.lowerBound - RecordFraming.recordHeaderSize
        guard bytes[payload.lowerBound] == RecordFraming.version else {
            throw .corrupt(
                file: path, offset: offset,
                reason: "record format version \(bytes[payload.lowerBound]) (this build reads version "
                    + "\(RecordFraming.version)); it was written by another tap-sandbox version")
        }
        do {
            return try BinaryDecoder.decode(
                JournalEntry.self, from: Array(bytes[(payload.lowerBound + 1)..<payload.upperBound]))
        } catch {
            throw .corrupt(file: path, offset: offset, reason: "undecodable record: \(error)")
        }
    }
}
