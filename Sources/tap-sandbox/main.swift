import TapSandbox

print("tap-sandbox \(SandboxVersion.current)")
