/// Where the hosted page sends the customer back: `redirect.url` with `tap_id={id}` added to its query
/// (spec §10.2: "When the user is redirected to your redirect_url, you'll receive tap_id"). An existing
/// query is kept (CONTRACT.md §5) and the parameter goes before any `#fragment` (RFC 3986 §3.5).
enum RedirectLocation {
    static func url(_ redirectURL: String, tapID: String) -> String {
        let fragmentStart = redirectURL.firstIndex(of: "#") ?? redirectURL.endIndex
        let head = redirectURL[..<fragmentStart]
        let separator: String
        if !head.contains("?") {
            separator = "?"
        } else if head.hasSuffix("?") || head.hasSuffix("&") {
            separator = ""
        } else {
            separator = "&"
        }
        return head + separator + "tap_id=" + queryEncoded(tapID) + redirectURL[fragmentStart...]
    }

    /// Percent-encodes all but RFC 3986 unreserved characters; Tap's ids never need it, but ids are text.
    static func queryEncoded(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                encoded += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
            }
        }
        return encoded
    }
}
