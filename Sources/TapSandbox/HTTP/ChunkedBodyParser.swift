/// Decodes a chunked request body incrementally (RFC 9112 §7.1): size lines in hex with optional
/// extensions (ignored), data, CRLF, a last zero-size chunk and optional trailer fields (ignored).
struct ChunkedBodyParser: Sendable {
    enum Outcome {
        case needMore
        case complete
        case failure(HTTPFailure)
    }

    private enum Phase: Sendable {
        case size(value: Int, digits: Int, inExtension: Bool)
        case sizeLF(value: Int, digits: Int)
        case data(remaining: Int)
        case dataCR
        case dataLF
        case trailerLineStart
        case trailerLine
        case trailerLF(emptyLine: Bool)
    }

    /// Bytes of size lines and trailers together, so an endless extension or trailer cannot grow forever.
    private static let maxOverheadBytes = 16 * 1024
    private var phase = Phase.size(value: 0, digits: 0, inExtension: false)
    private var overheadBytes = 0

    mutating func parse(_ buffer: UnsafeRawBufferPointer, into body: inout [UInt8], maxBodyBytes: Int)
        -> (consumed: Int, outcome: Outcome)
    {
        var index = 0
        while index < buffer.count {
            if case .data(let remaining) = phase {
                let take = min(remaining, buffer.count - index)
                body.append(contentsOf: buffer[index..<(index + take)])
                index += take
                phase = take == remaining ? .dataCR : .data(remaining: remaining - take)
                continue
            }
            let byte = buffer[index]
            index += 1
            overheadBytes += 1
            if overheadBytes > Self.maxOverheadBytes {
                return (index, .failure(.malformed("chunk size lines or trailers are too long")))
            }
            switch step(byte, bodyCount: body.count, maxBodyBytes: maxBodyBytes) {
            case .needMore: continue
            case .complete: return (index, .complete)
            case .failure(let failure): return (index, .failure(failure))
            }
        }
        return (index, .needMore)
    }

    private mutating func step(_ byte: UInt8, bodyCount: Int, maxBodyBytes: Int) -> Outcome {
        switch phase {
        case .size(let value, let digits, let inExtension):
            if byte == .cr {
                phase = .sizeLF(value: value, digits: digits)
            } else if byte == .lf {
                return endOfSizeLine(value, digits: digits, bodyCount: bodyCount, maxBodyBytes: maxBodyBytes)
            } else if inExtension {
                break
            } else if let digit = PercentDecoding.hexValue(byte) {
                guard digits < 15 else { return .failure(.malformed("chunk size too large")) }
                phase = .size(value: value << 4 | Int(digit), digits: digits + 1, inExtension: false)
            } else if byte == UInt8(ascii: ";") || byte == .space || byte == .tab, digits > 0 {
                phase = .size(value: value, digits: digits, inExtension: true)
            } else {
                return .failure(.malformed("invalid chunk size"))
            }
        case .sizeLF(let value, let digits):
            guard byte == .lf else { return .failure(.malformed("chunk size line not ended by CRLF")) }
            return endOfSizeLine(value, digits: digits, bodyCount: bodyCount, maxBodyBytes: maxBodyBytes)
        case .data:
            break
        case .dataCR:
            if byte == .lf { phase = .size(value: 0, digits: 0, inExtension: false); break }
            guard byte == .cr else { return .failure(.malformed("chunk data not followed by CRLF")) }
            phase = .dataLF
        case .dataLF:
            guard byte == .lf else { return .failure(.malformed("chunk data not followed by CRLF")) }
            phase = .size(value: 0, digits: 0, inExtension: false)
        case .trailerLineStart:
            if byte == .cr { phase = .trailerLF(emptyLine: true) } else if byte == .lf { return .complete } else {
                phase = .trailerLine
            }
        case .trailerLine:
            if byte == .cr { phase = .trailerLF(emptyLine: false) } else if byte == .lf { phase = .trailerLineStart }
        case .trailerLF(let emptyLine):
            guard byte == .lf else { return .failure(.malformed("a bare CR in the chunked trailer")) }
            if emptyLine { return .complete }
            phase = .trailerLineStart
        }
        return .needMore
    }

    private mutating func endOfSizeLine(_ size: Int, digits: Int, bodyCount: Int, maxBodyBytes: Int) -> Outcome {
        guard digits > 0 else { return .failure(.malformed("missing chunk size")) }
        if size == 0 {
            phase = .trailerLineStart
            return .needMore
        }
        guard size <= maxBodyBytes - bodyCount else {
            return .failure(HTTPFailure(status: .contentTooLarge, message: "the request body exceeds \(maxBodyBytes) bytes"))
        }
        phase = .data(remaining: size)
        return .needMore
    }
}
