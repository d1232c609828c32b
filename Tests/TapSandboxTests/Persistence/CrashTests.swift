import Foundation
import Synchronization
import Testing

@testable import TapSandbox

/// The binary under concurrent load, killed with SIGKILL at a random moment and restarted on the same
/// `--data-dir`, five times: every object whose creation was answered 200 is still there, byte for byte as
/// its last answered GET showed it (CONTRACT.md §1: "every acknowledged write survives a crash or kill -9").
@Suite(.timeLimit(.minutes(3))) struct CrashTests {
    static let workers = 6
    static let policies: [FsyncPolicy] = [.always, .batch, .never, .always, .batch]

    @Test func killDash9_UnderLoad_LosesNoAcknowledgedObject() throws {
        let folder = try TemporaryFolder()
        let ledger = CrashLedger()
        // Refunds are part of the load once this build has them.
        let refunds = try TestSandbox().sandbox.app.router.routes.contains("POST /v2/refunds")
        for (round, policy) in Self.policies.enumerated() {
            let process = try SandboxProcess([
                "--port", "0", "--quiet", "--data-dir", folder.path, "--fsync", policy.rawValue,
                "--public-url", "http://sandbox.test",
            ])
            let port = try process.waitForListening()
            try ledger.verify(port: port)
            let before = ledger.count
            let group = DispatchGroup()
            for worker in 0..<Self.workers {
                DispatchQueue.global().async(group: group) {
                    CrashWorker(
                        port: port, name: "\(round)-\(worker)", key: "sk_test_crash\(worker % 3)", refunds: refunds,
                        ledger: ledger
                    ).run()
                }
            }
            // The kill lands at a random moment once the round has some acknowledged objects (the machine
            // may be busy with other tests, so "some" is waited for rather than assumed).
            let deadline = Date().addingTimeInterval(20)
            while ledger.count < before + 20 && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.8))
            kill(process.process.processIdentifier, SIGKILL)
            #expect(group.wait(timeout: .now() + 30) == .success)
            #expect(process.finish().status != 0)
            #expect(ledger.count > before, "round \(round) acknowledged nothing before the kill")
        }
        let process = try SandboxProcess([
            "--port", "0", "--quiet", "--data-dir", folder.path, "--public-url", "http://sandbox.test",
        ])
        try ledger.verify(port: try process.waitForListening())
    }
}

/// SIGTERM stops the binary gracefully (CONTRACT.md §1): requests finish, the journal is synced, exit 0.
@Suite struct GracefulStopTests {
    @Test(arguments: [SIGTERM, SIGINT])
    func stopSignal_SyncsTheJournal_Exits0_AndARestartHasEverything(signal: Int32) throws {
        let folder = try TemporaryFolder()
        let arguments = ["--port", "0", "--quiet", "--data-dir", folder.path, "--public-url", "http://sandbox.test"]
        let first = try SandboxProcess(arguments + ["--fsync", "never"])
        let client = try RawClient(port: try first.waitForListening())
        var bodies: [String: [UInt8]] = [:]
        for _ in 0..<10 {
            let created = try CrashWorker.send(
                client, "POST", "/v2/charges", key: TestSandbox.key, body: TestSandbox.chargeBody())
            let path = "/v2/charges/\(CrashWorker.id(created) ?? "")"
            bodies[path] = try CrashWorker.send(client, "GET", path, key: TestSandbox.key).body
        }
        kill(first.process.processIdentifier, signal)
        #expect(first.finish().status == 0)
        let second = try SandboxProcess(arguments)
        let restarted = try RawClient(port: try second.waitForListening())
        for (path, body) in bodies {
            #expect(try CrashWorker.send(restarted, "GET", path, key: TestSandbox.key).body == body)
        }
    }
}

/// What the clients were told: for each object, its last answered GET, or only that it exists when a
/// change to it was in flight at the kill (that change may or may not have been made durable).
final class CrashLedger: Sendable {
    enum Expectation: Sendable {
        case exactly([UInt8])
        case exists
    }

    private let entries = Mutex<[String: (key: String, expected: Expectation)]>([:])

    var count: Int { entries.withLock { $0.count } }

    func record(_ path: String, key: String, _ expected: Expectation) {
        entries.withLock { $0[path] = (key, expected) }
    }

    /// Checks every object on a restarted sandbox.
    func verify(port: Int) throws {
        let client = try RawClient(port: port)
        for (path, entry) in entries.withLock({ $0 }) {
            let response = try CrashWorker.send(client, "GET", path, key: entry.key)
            #expect(response.status == 200, "\(path) lost: \(response.text)")
            if case .exactly(let body) = entry.expected {
                #expect(
                    response.body == body,
                    "\(path) changed:\n\(String(decoding: body, as: UTF8.self))\n\(response.text)")
            }
        }
    }
}

/// One client: creates charges (hosted, idempotent), customers, tokens and token charges (and refunds of
/// them when the build has refunds), authorizes and voids, each followed by a GET, until the connection dies.
struct CrashWorker {
    let port: Int
    let name: String
    let key: String
    let refunds: Bool
    let ledger: CrashLedger

    func run() {
        guard let client = try? RawClient(port: port, timeoutSeconds: 10) else { return }
        var step = 0
        while (try? runStep(step, client)) == true { step += 1 }
    }

    /// One operation and the GETs after it; false when the sandbox did not answer as it should.
    private func runStep(_ step: Int, _ client: RawClient) throws -> Bool {
        switch step % 4 {
        case 0:
            let body = TestSandbox.chargeBody(["reference": #"{"idempotent":"\#(name)-\#(step)"}"#])
            return try create(client, "/v2/charges", body, get: "/v2/charges/")
        case 1:
            return try create(
                client, "/v2/customers", #"{"first_name":"Crash","email":"c\#(step)@example.com"}"#,
                get: "/v2/customers/")
        case 2:
            guard let token = try createToken(client) else { return false }
            ledger.record("/v2/tokens/\(token)", key: key, .exists)
            let body = TestSandbox.chargeBody(["source": #"{"id":"\#(token)"}"#, "threeDSecure": "false"])
            let charge = try Self.send(client, "POST", "/v2/charges", key: key, body: body)
            guard charge.status == 200, let id = Self.id(charge) else { return false }
            ledger.record("/v2/charges/\(id)", key: key, .exists)
            guard try get(client, "/v2/charges/\(id)"), try get(client, "/v2/tokens/\(token)") else { return false }
            return try !refunds || refund(client, charge: id)
        default:
            guard let token = try createToken(client) else { return false }
            let body = TestSandbox.chargeBody(["source": #"{"id":"\#(token)"}"#, "threeDSecure": "false"])
            let created = try Self.send(client, "POST", "/v2/authorize", key: key, body: body)
            guard created.status == 200, let id = Self.id(created) else { return false }
            let path = "/v2/authorize/\(id)"
            ledger.record(path, key: key, .exists)
            guard try get(client, path) else { return false }
            ledger.record(path, key: key, .exists)
            guard try Self.send(client, "POST", path + "/void", key: key, body: "{}").status == 200 else {
                return false
            }
            return try get(client, path)
        }
    }

    private func create(_ client: RawClient, _ path: String, _ body: String, get prefix: String) throws -> Bool {
        let created = try Self.send(client, "POST", path, key: key, body: body)
        guard created.status == 200, let id = Self.id(created) else { return false }
        ledger.record(prefix + id, key: key, .exists)
        return try get(client, prefix + id)
    }

    /// Refunds half the charge. Both then change on the sandbox clock (the refund settles 5 s later), so
    /// only their existence is checked.
    private func refund(_ client: RawClient, charge id: String) throws -> Bool {
        ledger.record("/v2/charges/\(id)", key: key, .exists)
        let body = #"{"charge_id":"\#(id)","amount":0.5,"currency":"KWD","reason":"requested_by_customer"}"#
        let refund = try Self.send(client, "POST", "/v2/refunds", key: key, body: body)
        guard refund.status == 200, let refundID = Self.id(refund) else { return false }
        ledger.record("/v2/refunds/\(refundID)", key: key, .exists)
        return true
    }

    private func createToken(_ client: RawClient) throws -> String? {
        let created = try Self.send(client, "POST", "/v2/tokens", key: key, body: TestSandbox.cardTokenBody())
        return created.status == 200 ? Self.id(created) : nil
    }

    private func get(_ client: RawClient, _ path: String) throws -> Bool {
        let response = try Self.send(client, "GET", path, key: key)
        guard response.status == 200 else { return false }
        ledger.record(path, key: key, .exactly(response.body))
        return true
    }

    static func id(_ response: RawClient.Response) -> String? {
        (try? JSONParser.parse(response.body))?["id"]?.stringValue
    }

    static func send(_ client: RawClient, _ method: String, _ path: String, key: String, body: String = "")
        throws -> RawClient.Response
    {
        try client.send(
            "\(method) \(path) HTTP/1.1\r\nAuthorization: Bearer \(key)\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
        return try client.readResponse()
    }
}
