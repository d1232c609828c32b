import Foundation
import Synchronization

/// How many inputs a fuzz run tried and how many of them were refused (the parser failed them, or the
/// sandbox answered 4xx): libFuzzer counts executions, not what they were. docs/robustness.md reports both.
public enum FuzzTally {
    private static let tried = Atomic<Int>(0)
    private static let refused = Atomic<Int>(0)

    static func record(refused wasRefused: Bool) {
        tried.add(1, ordering: .relaxed)
        if wasRefused { refused.add(1, ordering: .relaxed) }
    }

    static var counts: (tried: Int, refused: Int) {
        (tried.load(ordering: .relaxed), refused.load(ordering: .relaxed))
    }

    /// The summary line scripts/fuzz.sh reads from the log.
    static var summary: String {
        let (tried, refused) = counts
        return "tally: \(tried) inputs tried, \(refused) refused\n"
    }

    /// libFuzzer ends a timed run with `exit`, so the summary is written from an exit handler (to stderr,
    /// where libFuzzer writes its own statistics).
    static func reportAtExit() {
        atexit { FileHandle.standardError.write(Data(FuzzTally.summary.utf8)) }
    }
}
