@testable import TapSandbox

/// What a parser produced from a byte stream, in a form tests can compare.
enum Parsed: Equatable {
    case request(method: String, path: String, query: String?, body: String)
    case continueExpected
    case failure(Int)
}

/// Feeds `bytes` to a parser in pieces of `chunk` bytes (0 = all at once), the way a connection does:
/// unconsumed bytes stay buffered and are offered again with the next piece.
func parseStream(_ bytes: [UInt8], chunk: Int = 0, limits: HTTPRequestParser.Limits = .init()) -> (events: [Parsed], leftover: Int) {
    var parser = HTTPRequestParser(limits: limits)
    var buffered: [UInt8] = []
    var events: [Parsed] = []
    var offset = 0
    let step = chunk == 0 ? max(bytes.count, 1) : chunk
    repeat {
        let end = min(bytes.count, offset + step)
        buffered.append(contentsOf: bytes[offset..<end])
        offset = end
        while true {
            let (consumed, event) = buffered.withUnsafeBytes { parser.parse($0) }
            buffered.removeFirst(consumed)
            if let event {
                switch event {
                case .request(let request):
                    events.append(.request(
                        method: request.method.rawValue, path: request.path, query: request.query,
                        body: String(decoding: request.body, as: UTF8.self)))
                case .continueExpected:
                    events.append(.continueExpected)
                case .failure(let failure):
                    events.append(.failure(failure.status.code))
                    return (events, buffered.count)
                }
            } else if consumed == 0 {
                break
            }
        }
    } while offset < bytes.count
    return (events, buffered.count)
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
