/// Valid request bodies the fuzz fixtures and seed corpus start from (shapes of spec §4 examples).
enum FuzzSeeds {
    /// A create-charge/authorize body paying with `source` (`src_all`: the hosted page).
    static func paymentBody(source: String = "src_all", threeDSecure: Bool = true) -> String {
        #"{"amount":1.5,"currency":"KWD","threeDSecure":\#(threeDSecure),"source":{"id":"\#(source)"},"#
            + #""customer":{"first_name":"Fuzz","email":"fuzz@example.com"},"#
            + #""reference":{"transaction":"txn_1","order":"ord_1"},"redirect":{"url":"http://127.0.0.1:9/return"}}"#
    }

    /// A refund of 0.5 KWD of the charge `charge` (spec §6.1).
    static func refundBody(charge: String) -> String {
        #"{"charge_id":"\#(charge)","amount":0.5,"currency":"KWD","reason":"fuzz"}"#
    }
}
