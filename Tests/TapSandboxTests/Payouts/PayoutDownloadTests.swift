import Foundation
import Testing

@testable import TapSandbox

/// `POST /v2/payouts/download` (spec §8): a ZIP of each payout's sheets, read back with Python's `zipfile`.
@Suite struct PayoutDownloadTests {
    @Test func download_IsAZipOfTheChargesRefundsAndSummarySheets() throws {
        let sandbox = try TestSandbox()
        let kept = try sandbox.capturedChargeID(amount: "10", ["reference": #"{"transaction":"=txn,1"}"#])
        let refunded = try sandbox.capturedChargeID(amount: "2.5")
        let refund = try #require(sandbox.refund(refunded, amount: "1.25").string("id"))
        sandbox.advance(seconds: 5)
        let payout = try #require(sandbox.settlePayouts().value("payouts.0"))
        let id = try #require(payout.string("id"))
        #expect(payout["amount"]?.numberValue?.text == "11.250")

        let response = sandbox.call(.post, "/v2/payouts/download", #"{"payouts":{"payout_id":["\#(id)"]}}"#)
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "application/zip")
        #expect(response.headers["content-disposition"] == "attachment; filename=\"\(id).zip\"")
        let files = try Self.unzip(response.body)
        let day = PayoutArchive.fileDate(try #require(payout.int("date")))
        let number = id.dropFirst("payout_".count)
        #expect(day.count == 8)
        #expect(files.map(\.name) == [
            "\(day)  - CHARGES \(number).csv", "\(day)  - REFUNDS \(number).csv",
            "\(day)  - PAYOUT SUMMARY \(number).csv",
        ])
        let charges = files[0].text.split(separator: "\r\n")
        #expect(charges.count == 3)
        #expect(charges[0].hasPrefix("id,status,amount,currency"))
        #expect(charges[1].hasPrefix("\(kept),CAPTURED,10.000,KWD"))
        #expect(charges[1].contains("\"'=txn,1\""))
        #expect(charges[2].hasPrefix("\(refunded),CAPTURED,2.500,KWD"))
        let refunds = files[1].text.split(separator: "\r\n")
        #expect(refunds.count == 2)
        #expect(refunds[1].hasPrefix("\(refund),\(refunded),REFUNDED,1.250,KWD"))
        let summary = files[2].text.split(separator: "\r\n")
        #expect(summary[0] == Substring(PayoutArchive.summaryColumns.joined(separator: ",")))
        #expect(summary[1].hasPrefix("\(id),\(payout.int("date") ?? 0),PAID_OUT,KWD,2,12.500,1,1.250,0.000,11.250,"))
    }

    @Test func download_OfSeveralPayouts_HoldsEachOnesSheets() throws {
        let sandbox = try TestSandbox()
        let ids = try PayoutListTests.payouts(sandbox, ["1", "2"])
        let body = #"{"payouts":{"payout_id":["\#(ids[0])","\#(ids[1])","\#(ids[0])"]}}"#
        let response = sandbox.call(.post, "/v2/payouts/download", body)
        #expect(response.headers["content-disposition"] == "attachment; filename=\"payouts.zip\"")
        let files = try Self.unzip(response.body)
        #expect(files.count == 6)
        #expect(files.filter { $0.name.contains("PAYOUT SUMMARY") }.map { $0.name.suffix(18) } == [
            "\(ids[0].dropFirst(7)).csv", "\(ids[1].dropFirst(7)).csv",
        ])
    }

    @Test func download_RefusesMissingUnknownAndOtherAccountsPayouts() throws {
        let sandbox = try TestSandbox()
        let other = "sk_test_PayoutDownloadOther"
        let theirs = try PayoutListTests.payouts(sandbox, ["1"], key: other)
        for body in ["{}", #"{"payouts":{"payout_id":[]}}"#] {
            let response = sandbox.call(.post, "/v2/payouts/download", body)
            #expect(response.status == 400)
            #expect(response.errorCode == "1103")
        }
        for id in ["payout_00000000000001", theirs[0]] {
            let response = sandbox.call(.post, "/v2/payouts/download", #"{"payouts":{"payout_id":["\#(id)"]}}"#)
            #expect(response.status == 400)
            #expect(response.string("errors.0.description") == "Payout not found")
        }
        let many = (0...PayoutRoutes.maxDownload).map { "\"payout_\($0)\"" }.joined(separator: ",")
        let tooMany = sandbox.call(.post, "/v2/payouts/download", #"{"payouts":{"payout_id":[\#(many)]}}"#)
        #expect(tooMany.errorCode == "1103")
    }

    /// The archive's files as Python's `zipfile` reads them, after `testzip()` found every CRC right.
    static func unzip(_ archive: [UInt8]) throws -> [(name: String, text: String)] {
        let path = try ZIPWriterTests.write(archive)
        let script = """
            import json, sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                assert z.testzip() is None
                print(json.dumps([[i.filename, z.read(i).decode()] for i in z.infolist()]))
            """
        let output = try ZIPWriterTests.run("/usr/bin/env", ["python3", "-c", script, path])
        let files = try #require(try JSONParser.parse(output).arrayValue)
        return files.compactMap { file in
            guard let name = file.string("0"), let text = file.string("1") else { return nil }
            return (name, text)
        }
    }
}
