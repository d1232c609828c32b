import CSystem

/// The sandbox's own calls under `/_sandbox` (CONTRACT.md §8): health, reset, the request journal and the clock.
struct ControlRoutes {
    let context: SandboxContext

    func register(on router: inout APIRouter) {
        router.add("GET /_sandbox/health", .open) { _ throws(TapError) in health() }
        router.add("POST /_sandbox/reset", .optionalSecretKey) { request throws(TapError) in reset(request) }
        router.add("GET /_sandbox/requests", .optionalSecretKey) { request throws(TapError) in try requests(request) }
        router.add("GET /_sandbox/clock", .optionalSecretKey) { request throws(TapError) in clock(request) }
        router.add("POST /_sandbox/clock/advance", .optionalSecretKey) { request throws(TapError) in
            try advance(&request)
        }
    }

    func health() -> HTTPResponse {
        var writer = JSONWriter(capacity: 64)
        writer.beginObject()
        writer.field("status", "ok")
        writer.field("version", SandboxVersion.current)
        writer.endObject()
        return .json(writer.bytes)
    }

    func reset(_ request: APIRequest) -> HTTPResponse {
        let key = request.optionalAccount?.key
        let gate = context.store.reset(key: key)
        context.scenarios.forget(accountKey: key)
        // glibc keeps freed memory for reuse: without a trim a sandbox stays at its high-water mark after a
        // reset (docs/robustness.md: 118 MB after a hostile run, 24 MB once trimmed; the baseline was 22 MB).
        // This request still holds the caller's account, now out of the store: empty it first, so its memory
        // is freed before the trim rather than after it.
        if let account = request.optionalAccount {
            account.requests.withLock { $0.removeAll() }
            account.state.withLock { $0 = AccountState() }
        }
        _ = malloc_trim(0)
        var writer = JSONWriter(capacity: 64)
        writer.beginObject()
        writer.field("reset", key == nil ? "all" : "account")
        writer.endObject()
        var response = HTTPResponse.json(writer.bytes)
        response.gate = gate
        return response
    }

    func requests(_ request: APIRequest) throws(TapError) -> HTTPResponse {
        let accounts = request.optionalAccount.map { [$0] } ?? context.store.allAccounts
        var records: [(String, RequestRecord)] = []
        for account in accounts {
            records += account.requests.withLock { log in log.records.map { (account.merchant.id, $0) } }
        }
        records.sort { $0.1.time < $1.1.time }
        var writer = JSONWriter(capacity: 4096)
        writer.beginObject()
        writer.field("object", "list")
        writer.field("count", records.count)
        writer.key("requests")
        writer.beginArray()
        for (merchant, record) in records { record.write(to: &writer, merchant: merchant) }
        writer.endArray()
        writer.endObject()
        return .json(writer.bytes)
    }

    func clock(_ request: APIRequest) -> HTTPResponse {
        var writer = JSONWriter(capacity: 256)
        if let account = request.optionalAccount {
            writeClock(of: account, to: &writer)
        } else {
            writer.beginObject()
            writer.field("now", context.store.time.nowMilliseconds())
            writer.key("accounts")
            writer.beginArray()
            for account in context.store.allAccounts { writeClock(of: account, to: &writer) }
            writer.endArray()
            writer.endObject()
        }
        return .json(writer.bytes)
    }

    private func writeClock(of account: Account, to writer: inout JSONWriter) {
        let offset = account.read { $0.clockOffsetMs }
        let now = context.store.time.nowMilliseconds() + offset
        writer.beginObject()
        writer.field("merchant_id", account.merchant.id)
        writer.field("now", now)
        writer.field("iso", UTCDate(epochMilliseconds: now).iso8601)
        writer.field("offset_ms", offset)
        writer.endObject()
    }

    /// `{"seconds": N}` (or `"milliseconds"`): moves the caller's clock, or every clock without a key.
    func advance(_ request: inout APIRequest) throws(TapError) -> HTTPResponse {
        let fields = Fields(try request.bodyObject())
        let milliseconds: Int64
        if let seconds = try fields.string("seconds") {
            guard let value = Double(seconds), value >= 0, value <= 3.2e9 else {
                throw .invalid("1103", "seconds must be a non-negative number of seconds")
            }
            milliseconds = Int64((value * 1000).rounded())
        } else if let ms = try fields.integer("milliseconds", in: 0...Int(Int32.max) * 1000, code: "1103",
            description: "milliseconds must be a non-negative integer")
        {
            milliseconds = Int64(ms)
        } else {
            throw .invalid("1103", "give the time to advance as {\"seconds\": N}")
        }
        let accounts = request.optionalAccount.map { [$0] } ?? context.store.allAccounts
        let gates = accounts.compactMap { context.store.advanceClock($0, byMilliseconds: milliseconds) }
        var response = clock(request)
        response.gate = gates.isEmpty ? nil : ResponseGate.all(gates)
        return response
    }
}

extension RequestRecord {
    func write(to writer: inout JSONWriter, merchant: String) {
        writer.beginObject()
        writer.field("time", time)
        writer.field("merchant_id", merchant)
        writer.field("method", method)
        writer.field("path", path)
        writer.field("query", query)
        writer.field("status", status)
        writer.field("scenario", scenario)
        writer.key("body")
        writer.value(Self.readable(requestBody))
        writer.key("response")
        writer.value(Self.readable(responseBody))
        writer.endObject()
    }

    /// A body as JSON when it is JSON, else as text (forms, CSV), else null when empty.
    static func readable(_ bytes: [UInt8]) -> JSONValue {
        if bytes.isEmpty { return .null }
        if let value = try? JSONParser.parse(bytes) { return value }
        return .string(String(decoding: bytes, as: UTF8.self))
    }
}
