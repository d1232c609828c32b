import TapSandbox

/// Feeds bytes to an `HTTPRequestParser` the way `Connection` does: each piece is appended to the bytes
/// not consumed yet, and the parser runs until it needs more. Reports what it saw, or a broken rule.
enum ParserFeed {
    struct Problem: Error {
        var text: String
    }

    /// The events of parsing `bytes` delivered in `pieces` (sizes; the rest comes as one last piece).
    /// Feeding stops at the first failure, as the connection closes then.
    static func events(of bytes: [UInt8], limits: HTTPRequestParser.Limits, pieces: [Int])
        -> Result<[ParserEvent], Problem>
    {
        var parser = HTTPRequestParser(limits: limits)
        var pending: [UInt8] = []
        var events: [ParserEvent] = []
        var offset = 0
        var sizes = pieces[...]
        while offset < bytes.count {
            let size = min(sizes.popFirst() ?? bytes.count, bytes.count - offset)
            pending.append(contentsOf: bytes[offset..<(offset + size)])
            offset += size
            switch drain(&pending, parser: &parser, into: &events) {
            case .failure(let problem): return .failure(problem)
            case .success(let failed) where failed: return .success(events)
            case .success: continue
            }
        }
        return .success(events)
    }

    /// Parses `pending` until the parser needs more bytes; removes what it consumed. True after a failure.
    private static func drain(_ pending: inout [UInt8], parser: inout HTTPRequestParser, into events: inout [ParserEvent])
        -> Result<Bool, Problem>
    {
        var start = 0
        // Each step consumes a byte or reports an event, so more steps than this means the parser spins.
        var steps = 2 * pending.count + 8
        defer { pending.removeFirst(min(start, pending.count)) }
        while steps > 0 {
            steps -= 1
            let available = pending.count - start
            let (consumed, event) = pending.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0[start...])) }
            guard consumed >= 0, consumed <= available else {
                return .failure(Problem(text: "consumed \(consumed) of \(available) bytes"))
            }
            start += consumed
            switch event {
            case nil:
                if consumed == 0 { return .success(false) }
            case .request(let request)?:
                events.append(.request(ParsedRequest(request)))
            case .continueExpected?:
                events.append(.continueExpected)
            case .failure(let failure)?:
                events.append(.failure(status: failure.status.code, message: failure.message))
                return .success(true)
            }
        }
        return .failure(Problem(text: "the parser made no progress on \(pending.count - start) bytes"))
    }

    /// Piece sizes of 1-64 bytes, derived from the bytes themselves so a crash reproduces exactly.
    static func pieces(for bytes: [UInt8]) -> [Int] {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes.prefix(64) { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var sizes: [Int] = []
        var total = 0
        while total < bytes.count {
            // xorshift64: cheap and good enough to spread the cuts.
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            let size = Int(state % 64) + 1
            sizes.append(size)
            total += size
        }
        return sizes
    }
}
