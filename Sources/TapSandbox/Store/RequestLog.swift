/// One API request as `GET /_sandbox/requests` shows it (CONTRACT.md §8).
public struct RequestRecord: Sendable {
    public var time: Int64
    public var method: String
    public var path: String
    public var query: String?
    public var status: Int
    public var requestBody: [UInt8]
    public var responseBody: [UInt8]
    public var scenario: String?
}

/// The most recent requests of an account, oldest dropped first.
public struct RequestLog: Sendable {
    public static let capacity = 1000
    private var ring: [RequestRecord] = []
    private var next = 0
    /// Requests ever recorded, including those dropped from the ring.
    public private(set) var total = 0

    public mutating func append(_ record: RequestRecord) {
        total += 1
        if ring.count < Self.capacity {
            ring.append(record)
        } else {
            ring[next] = record
            next = (next + 1) % Self.capacity
        }
    }

    /// Oldest first.
    public var records: [RequestRecord] {
        Array(ring[next...] + ring[..<next])
    }

    public mutating func removeAll() {
        ring = []
        next = 0
    }
}
