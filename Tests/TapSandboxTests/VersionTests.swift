import Testing
@testable import TapSandbox

@Test func version_IsSemantic() {
    #expect(SandboxVersion.current.split(separator: ".").count == 3)
}
