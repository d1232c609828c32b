import Glibc

/// What `tap-sandbox` does with its arguments; `main.swift` only calls `run`. Exit statuses: 0 done,
/// 1 lint errors or unhealthy or cannot listen, 2 bad usage (CONTRACT.md §1).
public enum CommandLineTool {
    public static func run(arguments: [String], environment: [String: String]) -> Never {
        // Block SIGINT/SIGTERM before anything can start a thread (threads inherit the mask); `serve` takes
        // them with sigwait on a thread of its own. The other commands are short and bounded by timeouts.
        var stopSignals = Self.stopSignals
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        pthread_sigmask(SIG_BLOCK, &stopSignals, nil)
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
        case .lintScenarios(let paths):
            lint(paths)
        case .serve(let configuration):
            serve(configuration)
        }
    }

    /// `tap-sandbox scenarios lint PATH...`: one line per problem on stdout and status 1, or a summary and 0.
    private static func lint(_ paths: [String]) -> Never {
        switch ScenarioLoader.load(paths) {
        case .success(let scenarios):
            let count = "\(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s")"
            print("\(count) in \(paths.joined(separator: " ")): no problems")
            exit(0)
        case .failure(let failure):
            for problem in failure.problems { print(problem) }
            exit(1)
        }
    }

    private static func serve(_ configuration: Configuration) -> Never {
        // CONTRACT.md §1, §6: a broken scenario file refuses the start, naming the file and each problem.
        let scenariosPath = ScenarioLoader.startupPath(configured: configuration.scenariosPath)
        var scenarios: [Scenario] = []
        if let scenariosPath {
            switch ScenarioLoader.load([scenariosPath]) {
            case .success(let loaded): scenarios = loaded
            case .failure(let failure):
                let lines = failure.problems.map { "tap-sandbox: cannot load scenarios: \($0)" }
                fail(lines.joined(separator: "\n"), status: 2)
            }
        }
        // With the stop signals blocked everywhere (see `run`), sigwait takes them whatever mask or
        // dispositions a parent (a test runner, a CI agent) handed us, and one arriving during start-up
        // waits instead of killing us.
        let sandbox: Sandbox
        do {
            sandbox = try Sandbox(configuration: configuration, scenarios: scenarios)
        } catch .listen(let error) {
            fail("tap-sandbox: cannot listen on \(configuration.host):\(configuration.port): \(error)", status: 1)
        } catch {
            fail("tap-sandbox: \(error)", status: 1)
        }
        // CONTRACT.md §1: the first stdout line, exactly, once the socket accepts connections.
        sandbox.logger.write("tap-sandbox listening on \(sandbox.listeningURL)", to: STDOUT_FILENO)
        if let scenariosPath { sandbox.logger.info("loaded \(scenarios.count) scenarios from \(scenariosPath)") }
        // The main thread has nothing else to do: it waits for a stop signal (not dispatchMain, which
        // resets the main thread's signal mask on Linux).
        var signals = Self.stopSignals
        var received: Int32 = 0
        sigwait(&signals, &received)
        // CONTRACT.md §1: stop accepting, finish requests in flight, flush persistence, exit 0.
        sandbox.stop()
        exit(0)
    }

    private static var stopSignals: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        Logger(format: .text, quiet: false).write(message, to: STDERR_FILENO)
        exit(status)
    }
}
