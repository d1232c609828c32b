import Foundation

/// The `main` of a fuzz target. SwiftPM links every executable with `main` aliased to its own entry point,
/// so libFuzzer's `main` never runs: with `-DFUZZING` (scripts/fuzz.sh) this hands the command line to
/// libFuzzer's driver instead; in a normal build it replays the files given (`FuzzReplay`).
public enum FuzzMain {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func run(_ testOneInput: TestOneInput, check: ([UInt8]) -> String?) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        FuzzTally.reportAtExit()
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
        exit(FuzzReplay.run(arguments: Array(CommandLine.arguments.dropFirst()), check: check))
        #endif
    }

    /// The bytes libFuzzer hands over, as an array (it passes a null pointer for an empty input).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let data else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: count))
    }
}

#if FUZZING
/// compiler-rt's FuzzerInterface.h: `int LLVMFuzzerRunDriver(int *argc, char ***argv,
/// int (*UserCb)(const uint8_t *Data, size_t Size))`, linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzMain.TestOneInput
) -> CInt
#endif
