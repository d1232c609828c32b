import Synchronization
import Testing

@testable import TapSandbox

/// The hosted page over a real socket, and the events its settlements announce to the webhook layer.
@Suite struct HostedPageLiveTests {
    @Test func formPost_OverTheWire_Answers302WithLocation() throws {
        let sandbox = try TestSandbox()
        let id = try sandbox.createCharge(["redirect": #"{"url":"http://shop.test/back?order=7"}"#])
        let client = try RawClient(port: sandbox.port)
        try client.send("GET /_sandbox/pay/\(id) HTTP/1.1\r\nHost: x\r\n\r\n")
        let page = try client.readResponse()
        #expect(page.status == 200)
        #expect(page.text.contains("<form id=\"pay-form\" method=\"post\" action=\"/_sandbox/pay/\(id)\">"))
        let body = "step=card&action=approve&card_number=5111111111111118&expiry=01%2F39&cvv=100"
        try client.send(
            "POST /_sandbox/pay/\(id) HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
        let redirect = try client.readResponse()
        #expect(redirect.status == 302)
        #expect(redirect.headers["location"] == "http://shop.test/back?order=7&tap_id=\(id)")
        // 5111… is not enrolled and the charge asks for 3-D Secure (spec §12.2).
        #expect(sandbox.retrieve(id).string("response.code") == "504")
    }

    @Test func settlement_AnnouncesTheNewStatusOnce_SoItsWebhookFires() throws {
        let sandbox = try TestSandbox()
        let recorder = EventRecorder()
        sandbox.store.connect(observer: recorder, scheduler: sandbox.sandbox.scheduler)
        let id = try sandbox.createCharge()
        sandbox.page(id)
        #expect(recorder.statuses.isEmpty)
        sandbox.submitForm(id, "action=approve")
        sandbox.submitForm(id, "action=approve")
        #expect(recorder.statuses == [.captured])
    }
}

/// Records the payment statuses that committed transactions announce.
final class EventRecorder: TransactionObserver {
    private let events = Mutex<[PaymentStatus]>([])

    var statuses: [PaymentStatus] { events.withLock { $0 } }

    func willCommit(_ state: inout AccountState, _ transaction: inout Transaction, account: Account) {}

    func didCommit(account: Account, changes: [ObjectKey], events: [DomainEvent]) -> ResponseGate? {
        for case .payment(let payment) in events { self.events.withLock { $0.append(payment.status) } }
        return nil
    }
}
