/// What the request journal (`GET /_sandbox/requests`) keeps of a body: at most `maxBytes`, then a note of
/// how much was left out. The journal holds 1,000 exchanges per account; without a cap a client repeating
/// 1 MiB bodies or CSV downloads of every charge made it hold that many copies (hundreds of MB, measured
/// in docs/robustness.md) and made one `GET /_sandbox/requests` take seconds.
enum JournalBody {
    static let maxBytes = 64 * 1024

    static func kept(_ body: [UInt8]) -> [UInt8] {
        guard body.count > maxBytes else { return body }
        return Array(body[0..<maxBytes]) + Array("… (\(body.count - maxBytes) more bytes not kept)".utf8)
    }
}
