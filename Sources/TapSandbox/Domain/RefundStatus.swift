/// The status of a refund (spec §6.4). A refund is PENDING when created and settles into one of the others.
public enum RefundStatus: String, Sendable, CaseIterable, Codable {
    case pending = "PENDING"
    case inProgress = "IN_PROGRESS"
    case refunded = "REFUNDED"
    case cancelled = "CANCELLED"
    case failed = "FAILED"
    case declined = "DECLINED"
    case restricted = "RESTRICTED"
    case timedOut = "TIMEDOUT"
    case unknown = "UNKNOWN"

    /// Whether the refund still waits for Tap (and the bank) to settle it.
    public var isPending: Bool { self == .pending || self == .inProgress }

    /// Whether the refund takes money off its charge. Spec §6.5: "the sum of non-failed refunds" may not
    /// exceed the charge; a refund whose fate is unknown or timed out counts, so the charge can never be
    /// refunded twice over while nobody knows.
    public var holdsAmount: Bool {
        switch self {
        case .pending, .inProgress, .refunded, .timedOut, .unknown: true
        case .cancelled, .failed, .declined, .restricted: false
        }
    }

    /// Tap's refund response code for this status when nothing more specific applies (spec §6.4).
    public var defaultResponseCode: String {
        switch self {
        case .refunded: "000"
        case .pending: "100"
        case .inProgress: "200"
        case .cancelled: "301"
        case .failed: "401"
        case .declined: "501"
        case .restricted: "601"
        case .timedOut: "701"
        case .unknown: "801"
        }
    }
}

/// Tap's refund response codes and their messages (spec §6.4); they differ from the charge codes (601 is
/// Restricted here, Void there).
public enum RefundResponseCode {
    public static let messages: [String: String] = [
        "000": "Refunded", "100": "Pending", "200": "In Progress", "301": "Canceled", "401": "Failed",
        "402": "Failed, Invalid Parameter", "403": "Failed, Duplicate", "501": "Declined",
        "502": "Declined, Insufficient Balance", "503": "Declined, Refund not Supported",
        "504": "Declined, Partial Refund not Supported", "601": "Restricted", "602": "Restricted, Bank",
        "701": "Timed Out", "801": "Unknown",
    ]

    /// The message of `code`, or a generic one for codes outside Tap's table (scenarios may invent them).
    public static func message(for code: String) -> String {
        messages[code] ?? "Response \(code)"
    }

    /// The status a code of Tap's refund table belongs with (its first digit, as for charges); nil for a
    /// code outside the table, which scenario files may not use (a charge code such as 505 is a likely slip).
    public static func status(for code: String) -> RefundStatus? {
        guard messages[code] != nil, let first = code.first else { return nil }
        switch first {
        case "0": return .refunded
        case "1": return .pending
        case "2": return .inProgress
        case "3": return .cancelled
        case "4": return .failed
        case "5": return .declined
        case "6": return .restricted
        case "7": return .timedOut
        case "8": return .unknown
        default: return nil
        }
    }

    /// The codes of the table that go with `status`, in order.
    public static func codes(for status: RefundStatus) -> [String] {
        messages.keys.filter { self.status(for: $0) == status }.sorted()
    }
}
