import Foundation
import Testing

@testable import TapSandbox

/// One process per data directory: a second is refused with the folder and the holder's pid.
@Suite struct DataDirectoryLockTests {
    @Test func secondSandbox_OnTheSameFolder_IsRefused() throws {
        let folder = try TemporaryFolder()
        let first = try TestSandbox.persistent(folder)
        #expect {
            try TestSandbox.persistent(folder)
        } throws: { error in
            guard case .dataDirectory(.locked(let directory, let pid)) = error as? SandboxStartError else {
                return false
            }
            return directory == folder.path && pid == getpid()
        }
        #expect(first.call(.post, "/v2/charges", TestSandbox.chargeBody()).status == 200)
    }

    @Test func stoppedSandbox_ReleasesTheFolder() throws {
        let folder = try TemporaryFolder()
        let first = try TestSandbox.persistent(folder)
        first.sandbox.stop()
        let second = try TestSandbox.persistent(folder)
        #expect(second.call(.get, "/_sandbox/health").status == 200)
    }

    @Test func secondProcess_Exits1_NamingTheFolderAndTheHolder() throws {
        let folder = try TemporaryFolder()
        let first = try SandboxProcess(["--port", "0", "--quiet", "--data-dir", folder.path])
        _ = try first.waitForListening()
        let second = try SandboxProcess(["--port", "0", "--quiet", "--data-dir", folder.path])
        let (status, errors) = second.finish()
        #expect(status == 1)
        #expect(errors.contains(folder.path), "\(errors)")
        #expect(errors.contains("pid \(first.process.processIdentifier)"), "\(errors)")
    }
}
