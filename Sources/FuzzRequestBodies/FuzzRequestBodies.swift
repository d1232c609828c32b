import TapSandboxFuzzing

/// The in-process sandbox every input goes to; made once, as libFuzzer runs inputs on one thread.
let requestBodies: RequestBodyProperty = {
    do {
        return try RequestBodyProperty()
    } catch {
        fatalError("cannot start the sandbox: \(error)")
    }
}()

/// libFuzzer's entry point: a broken property is a crash the fuzzer records (NOTES.md "Fuzzing").
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestBodies(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    if let problem = requestBodies.check(FuzzMain.bytes(data, count)) { fatalError(problem) }
    return 0
}

/// libFuzzer under scripts/fuzz.sh; in a normal build, `FuzzRequestBodies FILE_OR_FOLDER...` replays inputs.
@main enum Main {
    static func main() {
        FuzzMain.run(fuzzRequestBodies, check: requestBodies.check)
    }
}
