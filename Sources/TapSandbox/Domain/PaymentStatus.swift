/// The status of a charge or an authorize (spec §4.5, §5.3).
public enum PaymentStatus: String, Sendable, CaseIterable, Codable {
    case initiated = "INITIATED"
    case inProgress = "IN_PROGRESS"
    case abandoned = "ABANDONED"
    case cancelled = "CANCELLED"
    case failed = "FAILED"
    case declined = "DECLINED"
    case restricted = "RESTRICTED"
    case captured = "CAPTURED"
    case authorized = "AUTHORIZED"
    case void = "VOID"
    case timedOut = "TIMEDOUT"
    case unknown = "UNKNOWN"

    /// Whether the object waits for a customer (hosted page, 3-D Secure) or an asynchronous method.
    public var isPending: Bool { self == .initiated || self == .inProgress }

    /// Whether a webhook is posted on entering this status (CONTRACT.md §7: never INITIATED or ABANDONED).
    public var firesWebhook: Bool { !isPending && self != .abandoned }

    /// The response code an object gets on entering this status when nothing more specific applies.
    public var defaultResponseCode: String {
        switch self {
        case .initiated: "100"
        case .inProgress: "200"
        case .abandoned: "301"
        case .cancelled: "302"
        case .failed: "401"
        case .declined: "501"
        case .restricted: "701"
        case .captured: "000"
        case .authorized: "001"
        case .void: "601"
        case .timedOut: "801"
        case .unknown: "901"
        }
    }
}

/// Tap's charge and authorize response codes and their messages (spec §4.6).
public enum ResponseCode {
    public static let messages: [String: String] = [
        "000": "Captured", "001": "Authorized", "100": "Initiated", "200": "In Progress", "301": "Abandoned",
        "302": "Cancelled", "303": "Deferred", "304": "Expired", "401": "Failed", "402": "Failed, Invalid Parameter",
        "403": "Failed, Duplicate", "404": "Failed, Locked", "405": "Failed, Invalid Card No",
        "406": "Failed, Invalid Expiry", "407": "Failed, Expired Card", "408": "Failed, Unspecified Failure",
        "501": "Declined", "502": "Declined, Incorrect CSC/CVV", "503": "Declined, 3D Security - Incorrect",
        "504": "Declined, 3D Security - Card not Enrolled", "505": "Declined, Insufficient Funds",
        "506": "Declined, Transaction Type Not Supported", "507": "Declined, Card Issuer",
        "508": "Declined, Card Issuer - No Reply", "509": "Declined, Card Issuer - Do not Contact",
        "510": "Declined, Card Issuer - Referral Response", "511": "Declined, Card Issuer - Error",
        "512": "Declined, Not Authenticated", "513": "Declined, Card Acquirer - Error",
        "514": "Declined, Card Issuer - Risk Check", "515": "Declined, Tap", "516": "Declined, Authentication Failed",
        "601": "Void", "701": "Restricted", "702": "Restricted, Retry Limit Exceeded", "703": "Restricted, Bank",
        "704": "Restricted, Tap", "801": "Timed Out", "901": "Unknown",
    ]

    /// The message of `code`, or a generic one for codes outside Tap's table (scenarios may invent them).
    public static func message(for code: String) -> String {
        messages[code] ?? "Response \(code)"
    }

    /// The status a code belongs with (spec §4.6), used to check scenario files.
    public static func status(for code: String) -> PaymentStatus? {
        guard let first = code.first, code.count == 3 else { return nil }
        switch first {
        case "0": return code == "001" ? .authorized : .captured
        case "1": return .initiated
        case "2": return .inProgress
        case "3": return code == "302" ? .cancelled : .abandoned
        case "4": return .failed
        case "5": return .declined
        case "6": return .void
        case "7": return .restricted
        case "8": return .timedOut
        case "9": return .unknown
        default: return nil
        }
    }
}
