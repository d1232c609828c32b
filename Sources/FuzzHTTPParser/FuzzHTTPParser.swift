import TapSandboxFuzzing

/// libFuzzer's entry point: a broken property is a crash the fuzzer records (NOTES.md "Fuzzing").
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPParser(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    if let problem = HTTPParserProperty.check(FuzzMain.bytes(data, count)) { fatalError(problem) }
    return 0
}

/// libFuzzer under scripts/fuzz.sh; in a normal build, `FuzzHTTPParser FILE_OR_FOLDER...` replays inputs.
@main enum Main {
    static func main() {
        FuzzMain.run(fuzzHTTPParser, check: HTTPParserProperty.check)
    }
}
