import Synchronization

/// Hands out serial numbers and turns them into Tap-shaped identifiers.
///
/// Real test-mode ids look like `chg_TS05A4120230736x9K22710693` (spec §1.1): `TS`, two digits, a letter,
/// two digits, the creation year and time (YYYYHHMM, UTC), four alphanumerics, the day and month, three
/// digits. The free slots here carry the serial bijectively, so ids are unique for 1.4e14 serials, and
/// every secondary reference of an object (track, payment, gateway, receipt ...) is derived from the same
/// serial instead of being stored.
public final class IdentifierGenerator: Sendable {
    private let counter: Atomic<Int64>

    /// Serials start at `firstSerial`; production picks a random start so ids differ between runs.
    public init(firstSerial: Int64) {
        counter = Atomic(firstSerial)
    }

    public convenience init() {
        self.init(firstSerial: Int64.random(in: 0..<1_000_000_000_000))
    }

    /// A fresh serial number.
    public func nextSerial() -> Int64 {
        counter.wrappingAdd(1, ordering: .relaxed).oldValue
    }

    /// The last serial handed out (the journal's high-water mark).
    public var lastSerial: Int64 {
        counter.load(ordering: .relaxed) - 1
    }

    /// Makes sure later serials are above `serial` (after restoring persisted objects).
    public func reserve(through serial: Int64) {
        var current = counter.load(ordering: .relaxed)
        while current <= serial {
            let (exchanged, original) = counter.compareExchange(
                expected: current, desired: serial + 1, ordering: .relaxed)
            if exchanged { return }
            current = original
        }
    }
}

/// Pure formatting of identifiers from a serial and a creation time.
public enum Identifier {
    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// `prefix` + `TS…` in Tap's test-mode pattern, e.g. `chg_TS12A3420261126105207xYz42611001`.
    public static func make(_ prefix: StaticString, serial: Int64, createdAt: Int64) -> String {
        var buffer = ByteBuffer(capacity: 40)
        write(prefix, serial: serial, createdAt: createdAt, to: &buffer)
        return buffer.string
    }

    /// Writes what `make` returns, straight into `buffer` (rendering writes ids without allocating them).
    public static func write(_ prefix: StaticString, serial: Int64, createdAt: Int64, to buffer: inout ByteBuffer) {
        var rest = UInt64(bitPattern: serial)
        func take(_ radix: UInt64) -> UInt64 {
            defer { rest /= radix }
            return rest % radix
        }
        let time = UTCDate(epochMilliseconds: createdAt)
        buffer.append(prefix)
        buffer.append("TS")
        let last3 = take(1000)
        let alnum = (take(62), take(62), take(62), take(62))
        let first2 = take(100)
        let second2 = take(100)
        buffer.appendDigits(first2, minimumWidth: 2)
        buffer.append(alphabet[10 + Int(rest % 26)])
        buffer.appendDigits(second2, minimumWidth: 2)
        buffer.appendDigits(UInt64(time.year), minimumWidth: 4)
        buffer.appendDigits(UInt64(time.hour), minimumWidth: 2)
        buffer.appendDigits(UInt64(time.minute), minimumWidth: 2)
        buffer.append(alphabet[Int(alnum.0)])
        buffer.append(alphabet[Int(alnum.1)])
        buffer.append(alphabet[Int(alnum.2)])
        buffer.append(alphabet[Int(alnum.3)])
        buffer.appendDigits(UInt64(time.day), minimumWidth: 2)
        buffer.appendDigits(UInt64(time.month), minimumWidth: 2)
        buffer.appendDigits(last3, minimumWidth: 3)
    }

    /// A string of `count` decimal digits derived from `serial` and a `salt`, e.g. for `reference.payment`
    /// (19 digits) or `receipt.id` (18 digits). Distinct salts give unrelated-looking numbers.
    public static func digits(_ count: Int, serial: Int64, salt: UInt64) -> String {
        var buffer = ByteBuffer(capacity: count)
        writeDigits(count, serial: serial, salt: salt, to: &buffer)
        return buffer.string
    }

    /// Writes what `digits` returns, straight into `buffer`.
    public static func writeDigits(_ count: Int, serial: Int64, salt: UInt64, to buffer: inout ByteBuffer) {
        var state = UInt64(bitPattern: serial) &* 0x9E37_79B9_7F4A_7C15 &+ salt
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digit = UInt8((state >> 33) % 10)
            buffer.append(UInt8(ascii: "0") + (index == 0 && digit == 0 ? 1 : digit))
        }
    }
}

/// A UTC calendar date and time from epoch milliseconds (civil-from-days, H. Hinnant's algorithm).
public struct UTCDate: Equatable, Sendable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    public init(epochMilliseconds: Int64) {
        let seconds = Int(epochMilliseconds.floorDivided(by: 1000))
        let days = seconds.floorDivided(by: 86_400)
        let secondOfDay = seconds - days * 86_400
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// `2026-11-26T10:52:07Z`-style text (ISO 8601, seconds precision).
    public var iso8601: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))Z"
    }
}

extension BinaryInteger {
    /// Division rounding toward negative infinity.
    func floorDivided(by divisor: Self) -> Self {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
