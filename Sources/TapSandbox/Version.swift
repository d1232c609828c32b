/// The version reported by `--version`, `GET /_sandbox/health` and the `tap-sandbox-version` header.
public enum SandboxVersion {
    public static let current = "0.1.0"
}
