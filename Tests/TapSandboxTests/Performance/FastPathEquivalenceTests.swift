import Foundation
import Testing

@testable import TapSandbox

/// The hot paths were rewritten for speed (byte scanning through `memchr`, digits and ids written straight
/// into a byte buffer, a cache of rendered JSON). Each test here pits one of them against a plain, obviously
/// correct reference over many generated inputs: speed must never change an answer.
@Suite struct FastPathEquivalenceTests {
    // MARK: head scanning

    /// The head end found by a byte-by-byte walk: the first LF preceded by LF or by CR LF.
    private static func referenceEndOfHead(_ bytes: [UInt8], from: Int) -> Int? {
        for index in from..<max(from, bytes.count) where bytes[index] == 0x0A {
            if index >= 1 && bytes[index - 1] == 0x0A { return index + 1 }
            if index >= 2 && bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A { return index + 1 }
        }
        return nil
    }

    /// Lines split at LF, one CR before it dropped; any other CR or a NUL fails the line.
    private static func referenceLines(_ bytes: [UInt8]) -> [Result<Range<Int>, HTTPFailure>] {
        var lines: [Result<Range<Int>, HTTPFailure>] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            if bytes[start..<end].contains(0x0D) {
                lines.append(.failure(.malformed("a bare CR inside a header line")))
            } else if bytes[start..<end].contains(0) {
                lines.append(.failure(.malformed("a NUL byte in the request head")))
            } else {
                lines.append(.success(start..<end))
            }
            start = next
        }
        return lines
    }

    @Test(arguments: 0..<4)
    func headScanning_AgreesWithByteByByteReference(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed))
        let alphabet: [UInt8] = Array("a:\r\n\n \u{0}".utf8)
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 0..<48, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let from = Int.random(in: 0...bytes.count, using: &generator)
            bytes.withUnsafeBytes { buffer in
                #expect(HeadScanner.endOfHead(buffer, from: from) == Self.referenceEndOfHead(bytes, from: from))
                var iterator = LineIterator(buffer: buffer)
                var lines: [Result<Range<Int>, HTTPFailure>] = []
                while let line = iterator.next() { lines.append(line) }
                #expect(lines.map(Self.describe) == Self.referenceLines(bytes).map(Self.describe), "\(bytes)")
            }
        }
    }

    private static func describe(_ line: Result<Range<Int>, HTTPFailure>) -> String {
        switch line {
        case .success(let range): "\(range)"
        case .failure(let failure): failure.message
        }
    }

    // MARK: numbers, amounts, dates and ids

    @Test func digits_EqualStringFormatting() {
        var generator = SeededGenerator(state: 11)
        for _ in 0..<5_000 {
            let value = UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator)
            let width = Int.random(in: 0...22, using: &generator)
            var buffer = ByteBuffer(capacity: 8)
            buffer.appendDigits(value, minimumWidth: width)
            let plain = String(value)
            #expect(buffer.string == String(repeating: "0", count: max(0, width - plain.count)) + plain)
        }
    }

    @Test func amounts_EqualDecimalArithmeticOfFoundation() {
        var generator = SeededGenerator(state: 12)
        for _ in 0..<5_000 {
            let currency = Currency.all.randomElement(using: &generator)!
            let minor = Int64.random(in: -1_000_000_000_000_000...1_000_000_000_000_000, using: &generator)
                >> Int64.random(in: 0...60, using: &generator)
            let amount = Amount(minorUnits: minor, currency: currency)
            // Foundation's Decimal, fixed to the currency's decimals, as the reference.
            let decimal = Decimal(minor) / pow(Decimal(10), currency.decimals)
            let reference = String(
                format: "%.\(currency.decimals)f", locale: Locale(identifier: "en_US_POSIX"),
                NSDecimalNumber(decimal: decimal).doubleValue)
            if abs(minor) < 1 << 50 {  // within Double's exact integers, so the reference itself is exact
                #expect(amount.formatted == reference, "\(minor) \(currency.code)")
            }
            #expect(Decimal(string: amount.formatted, locale: Locale(identifier: "en_US_POSIX")) == decimal)
        }
    }

    @Test func utcDates_EqualFoundationsGregorianCalendar() {
        var generator = SeededGenerator(state: 13)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for _ in 0..<5_000 {
            let milliseconds = Int64.random(in: 0...4_102_444_800_000, using: &generator)  // 1970 to 2100
            let date = UTCDate(epochMilliseconds: milliseconds)
            let parts = calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second],
                from: Date(timeIntervalSince1970: TimeInterval(milliseconds / 1000)))
            #expect(
                [date.year, date.month, date.day, date.hour, date.minute, date.second]
                    == [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map { $0! })
        }
    }

    @Test func identifiers_WrittenInPlace_EqualTheirPatternBuiltWithStrings() {
        var generator = SeededGenerator(state: 14)
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        for _ in 0..<3_000 {
            let serial = Int64.random(in: 0...Int64.max, using: &generator) >> Int64.random(in: 0...62, using: &generator)
            let created = Int64.random(in: 0...4_102_444_800_000, using: &generator)
            let time = UTCDate(epochMilliseconds: created)
            var rest = UInt64(serial)
            func take(_ radix: UInt64) -> Int {
                defer { rest /= radix }
                return Int(rest % radix)
            }
            let last3 = take(1000)
            let alnum = (0..<4).map { _ in alphabet[take(62)] }
            let first2 = take(100)
            let second2 = take(100)
            let letter = alphabet[10 + Int(rest % 26)]
            let reference =
                "chg_TS" + String(format: "%02d", first2) + String(letter) + String(format: "%02d", second2)
                + String(format: "%04d%02d%02d", time.year, time.hour, time.minute) + String(alnum)
                + String(format: "%02d%02d%03d", time.day, time.month, last3)
            #expect(Identifier.make("chg_", serial: serial, createdAt: created) == reference)
        }
    }

    // MARK: stores

    @Test func shardedDictionary_BehavesAsADictionary_OverRandomOperations() {
        var generator = SeededGenerator(state: 17)
        var sharded = ShardedDictionary<String, Int>()
        var reference: [String: Int] = [:]
        for step in 0..<20_000 {
            let key = "chg_\(Int.random(in: 0..<3_000, using: &generator))"
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: #expect(sharded.removeValue(forKey: key) == reference.removeValue(forKey: key))
            case 1: #expect(sharded[key] == reference[key])
            default: #expect(sharded.updateValue(step, forKey: key) == reference.updateValue(step, forKey: key))
            }
            #expect(sharded.count == reference.count)
        }
        #expect(Set(sharded.keys) == Set(reference.keys))
        #expect(sharded.values.sorted() == reference.values.sorted())
        var copy = sharded
        #expect(copy == sharded)
        copy[reference.keys.first!] = -1
        #expect(copy != sharded)
    }

    // MARK: rendered JSON

    /// Random charges through the API, then random changes; every retrieval (served from the render cache
    /// when unchanged) must equal a fresh render of the stored object and agree with the model.
    @Test func retrievals_EqualFreshRenders_AndTheModel() throws {
        let sandbox = try TestSandbox()
        var generator = SeededGenerator(state: 15)
        var random = RandomJSON(generator: SeededGenerator(state: 16))
        let account = sandbox.store.account(TestSandbox.key)
        var ids: [String] = []
        for round in 0..<150 {
            if ids.isEmpty || Int.random(in: 0..<3, using: &generator) == 0 {
                let currency = Currency.all.randomElement(using: &generator)!
                let minor = Int64.random(in: 1...99_999_999, using: &generator)
                let amount = Amount(minorUnits: minor, currency: currency).formatted
                let description = JSONValue.string(random.string()).encoded()
                let metadata = JSONValue.object(JSONObject([("k\(round)", .string(random.string()))])).encoded()
                let body =
                    #"{"amount":\#(amount),"currency":"\#(currency.code)","source":{"id":"src_card"},"#
                    + #""customer":{"first_name":"T","email":"t@example.com"},"redirect":{"url":"http://127.0.0.1:9/r"},"#
                    + #""description":\#(String(decoding: description, as: UTF8.self)),"#
                    + #""metadata":\#(String(decoding: metadata, as: UTF8.self))}"#
                let created = sandbox.call(.post, "/v2/charges", body)
                #expect(created.status == 200, "\(created.text)")
                try ids.append(#require(created.string("id")))
            } else {
                let id = ids.randomElement(using: &generator)!
                switch Int.random(in: 0..<3, using: &generator) {
                case 0:
                    let description = String(decoding: JSONValue.string(random.string()).encoded(), as: UTF8.self)
                    _ = sandbox.call(.put, "/v2/charges/\(id)", #"{"description":\#(description)}"#)
                case 1: _ = sandbox.call(.post, "/_sandbox/pay/\(id)", #"{"action":"approve"}"#, key: nil)
                default: sandbox.advance(seconds: 600)
                }
            }
            for id in ids.shuffled(using: &generator).prefix(3) {
                let served = sandbox.call(.get, "/v2/charges/\(id)")
                let stored = try #require(account.read { $0.charges[id] })
                let fresh = stored.json(sandbox.sandbox.context.renderContext(account, method: "GET"))
                #expect(served.body == fresh, "charge \(id) after round \(round)")
                let parsed = try JSONParser.parse(served.body)
                #expect(parsed["amount"]?.numberValue?.text == stored.amount.formatted)
                #expect(parsed["currency"]?.stringValue == stored.amount.currency.code)
                #expect(parsed["description"]?.stringValue == stored.description)
                #expect(parsed["status"]?.stringValue == stored.status.rawValue)
                #expect(try JSONSerialization.jsonObject(with: Data(served.body)) is [String: Any])
            }
        }
    }
}
