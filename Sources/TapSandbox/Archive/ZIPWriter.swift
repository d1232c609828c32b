/// Builds a ZIP archive of stored (uncompressed) entries in memory (PKWARE APPNOTE 6.3.10): for each entry a
/// local file header and the data, then the central directory and its end record. Foundation has no ZIP
/// writer, and the files it is for (CSV sheets of a few kilobytes) gain nothing worth a deflate encoder.
///
/// No ZIP64: an archive is limited to 65,535 entries and 4 GiB, and `append` refuses anything beyond.
public struct ZIPWriter: Sendable {
    /// Why an entry was refused.
    public enum Failure: Error, Equatable, Sendable {
        /// More entries or bytes than a ZIP without the ZIP64 extension can describe.
        case tooLarge
    }

    /// One entry as the central directory describes it.
    private struct Entry {
        var name: [UInt8]
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
        var time: DOSDateTime
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// What the central directory and end record will add to `bytes`.
    private var trailerSize = 22

    public init() {}

    /// Adds a file. `name` is stored as UTF-8 (general purpose flag bit 11).
    public mutating func append(name: String, data: [UInt8], modified: DOSDateTime) throws(Failure) {
        let nameBytes = Array(name.utf8)
        let total = bytes.count + trailerSize + 30 + 46 + 2 * nameBytes.count + data.count
        guard entries.count < Int(UInt16.max), nameBytes.count <= Int(UInt16.max), total <= Int(UInt32.max)
        else { throw .tooLarge }
        let entry = Entry(
            name: nameBytes, crc: CRC32.checksum(data), size: UInt32(data.count), offset: UInt32(bytes.count),
            time: modified)
        appendLocalHeader(entry)
        bytes.append(contentsOf: data)
        entries.append(entry)
        trailerSize += 46 + nameBytes.count
    }

    /// The finished archive: the entries, the central directory and the end of central directory record.
    public func finish() -> [UInt8] {
        var archive = bytes
        let directoryOffset = UInt32(archive.count)
        for entry in entries { Self.appendCentralHeader(entry, to: &archive) }
        let directorySize = UInt32(archive.count) - directoryOffset
        archive.appendLE(UInt32(0x0605_4B50))  // end of central directory signature
        archive.appendLE(UInt16(0))  // number of this disk
        archive.appendLE(UInt16(0))  // disk where the central directory starts
        archive.appendLE(UInt16(entries.count))  // entries on this disk
        archive.appendLE(UInt16(entries.count))  // entries in all
        archive.appendLE(directorySize)
        archive.appendLE(directoryOffset)
        archive.appendLE(UInt16(0))  // comment length
        return archive
    }

    /// Version 1.0 is enough to extract a stored entry (APPNOTE §4.4.3.2); bit 11 marks UTF-8 names.
    private static let versionNeeded: UInt16 = 10
    private static let utf8Names: UInt16 = 1 << 11

    private mutating func appendLocalHeader(_ entry: Entry) {
        bytes.appendLE(UInt32(0x0403_4B50))  // local file header signature
        bytes.appendLE(Self.versionNeeded)
        bytes.appendLE(Self.utf8Names)
        bytes.appendLE(UInt16(0))  // compression method: stored
        bytes.appendLE(entry.time.time)
        bytes.appendLE(entry.time.date)
        bytes.appendLE(entry.crc)
        bytes.appendLE(entry.size)  // compressed size
        bytes.appendLE(entry.size)  // uncompressed size
        bytes.appendLE(UInt16(entry.name.count))
        bytes.appendLE(UInt16(0))  // extra field length
        bytes.append(contentsOf: entry.name)
    }

    private static func appendCentralHeader(_ entry: Entry, to archive: inout [UInt8]) {
        archive.appendLE(UInt32(0x0201_4B50))  // central file header signature
        archive.appendLE(UInt16(3 << 8 | 20))  // made by: Unix, APPNOTE 2.0, so the permissions below count
        archive.appendLE(versionNeeded)
        archive.appendLE(utf8Names)
        archive.appendLE(UInt16(0))  // compression method: stored
        archive.appendLE(entry.time.time)
        archive.appendLE(entry.time.date)
        archive.appendLE(entry.crc)
        archive.appendLE(entry.size)
        archive.appendLE(entry.size)
        archive.appendLE(UInt16(entry.name.count))
        archive.appendLE(UInt16(0))  // extra field length
        archive.appendLE(UInt16(0))  // file comment length
        archive.appendLE(UInt16(0))  // disk number start
        archive.appendLE(UInt16(0))  // internal attributes
        archive.appendLE(UInt32(0o100644) << 16)  // external attributes: a regular file, rw-r--r--
        archive.appendLE(entry.offset)
        archive.append(contentsOf: entry.name)
    }
}

/// A moment in MS-DOS date and time format, as ZIP headers carry it (APPNOTE §4.4.6): a calendar date and time
/// without a zone, two-second resolution, years 1980-2107.
public struct DOSDateTime: Equatable, Sendable {
    /// Bits 15-11 hour, 10-5 minute, 4-0 seconds / 2.
    public let time: UInt16
    /// Bits 15-9 years since 1980, 8-5 month, 4-0 day.
    public let date: UInt16

    /// Packs a calendar moment; one before 1980 or after 2107 is clamped to the format's first or last.
    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        if year < 1980 {
            (time, date) = (0, 1 << 5 | 1)
        } else if year > 2107 {
            (time, date) = (23 << 11 | 59 << 5 | 29, 127 << 9 | 12 << 5 | 31)
        } else {
            time = UInt16(hour << 11 | minute << 5 | second / 2)
            date = UInt16((year - 1980) << 9 | month << 5 | day)
        }
    }
}

extension [UInt8] {
    /// Appends `value` least significant byte first, as every ZIP field is stored.
    fileprivate mutating func appendLE<Value: FixedWidthInteger>(_ value: Value) {
        var rest = value.littleEndian
        Swift.withUnsafeBytes(of: &rest) { append(contentsOf: $0) }
    }
}
