import Dispatch
import Glibc

/// What `tap-sandbox` does with its arguments; `main.swift` only calls `run`. Exit statuses: 0 done,
/// 1 lint errors or unhealthy or cannot listen, 2 bad usage (CONTRACT.md §1).
public enum CommandLineTool {
    public static func run(arguments: [String], environment: [String: String]) -> Never {
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments: arguments, environment: environment)
        } catch {
            fail("tap-sandbox: \(error)", status: 2)
        }
        switch invocation {
        case .help(let text):
            print(text)
            exit(0)
        case .version:
            print("tap-sandbox \(SandboxVersion.current)")
            exit(0)
        case .health(let url, let timeoutMs):
            exit(HealthCheck.run(url: url, timeoutMs: timeoutMs) ? 0 : 1)
        case .lintScenarios:
            fail("tap-sandbox: scenario files are not supported by this build yet", status: 2)
        case .serve(let configuration):
            serve(configuration)
        }
    }

    private static func serve(_ configuration: Configuration) -> Never {
        let sandbox: Sandbox
        do {
            sandbox = try Sandbox(configuration: configuration)
        } catch {
            fail("tap-sandbox: cannot listen on \(configuration.host):\(configuration.port): \(error)", status: 1)
        }
        // CONTRACT.md §1: the first stdout line, exactly, once the socket accepts connections.
        sandbox.logger.write("tap-sandbox listening on \(sandbox.listeningURL)", to: STDOUT_FILENO)
        let sources = stopGracefully(sandbox, on: [SIGINT, SIGTERM])
        withExtendedLifetime(sources) { dispatchMain() }
    }

    /// SIGINT/SIGTERM: stop accepting, finish requests in flight, exit 0 (CONTRACT.md §1).
    private static func stopGracefully(_ sandbox: Sandbox, on signals: [Int32]) -> [any DispatchSourceSignal] {
        signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                sandbox.stop()
                exit(0)
            }
            source.resume()
            return source
        }
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        Logger(format: .text, quiet: false).write(message, to: STDERR_FILENO)
        exit(status)
    }
}
