import Foundation

/// What a fuzz entry point does in a normal build, where libFuzzer is not linked: runs each input file
/// (or every file in each folder) given on the command line through the property and reports the broken
/// ones. Also how a crash found by `scripts/fuzz.sh` is replayed without the sanitizers.
public enum FuzzReplay {
    /// Returns the exit status: 0 when every input keeps the property, 1 otherwise, 2 on bad usage.
    public static func run(arguments: [String], check: ([UInt8]) -> String?) -> Int32 {
        guard !arguments.isEmpty else {
            print("usage: \(CommandLine.arguments.first ?? "fuzz") FILE_OR_FOLDER...")
            return 2
        }
        var failures = 0
        var count = 0
        for file in arguments.flatMap(files(at:)) {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("cannot read \(file)")
                return 2
            }
            count += 1
            if let problem = check(Array(data)) {
                failures += 1
                print("\(file): \(problem)")
            }
        }
        print("\(count) input(s), \(failures) broke the property")
        return failures == 0 ? 0 : 1
    }

    /// The regular files at `path`, sorted: the file itself, or a folder's files (not recursive).
    public static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [path] }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }
}
