import Glibc
import Synchronization

/// The composition root: builds the store, the scheduler, the route table and the HTTP server from a
/// configuration, and starts serving. Tests make one on port 0 with a manual time source.
public final class Sandbox: Sendable {
    public let configuration: Configuration
    public let store: Store
    public let context: SandboxContext
    public let logger: Logger
    let scheduler: Scheduler
    let webhooks: WebhookDispatcher
    let server: HTTPServer
    /// `--data-dir`; nil keeps everything in memory and touches no file.
    let persistence: Persistence?
    private let stopped = Atomic(false)
    /// The request handler, for in-process tests that skip the sockets.
    public let app: App

    /// The port the server is bound to.
    public var port: Int { server.port }

    /// Starts the sandbox, restoring the state of `--data-dir` first; it accepts connections when this
    /// returns.
    /// - Parameter scenarios: the scenarios of `--scenarios` (`ScenarioLoader.load`), in file order.
    public init(
        configuration: Configuration, time: any TimeSource = SystemTimeSource(),
        ids: IdentifierGenerator = IdentifierGenerator(), serverOptions: HTTPServerOptions? = nil,
        scenarios: [Scenario] = [], persistenceOptions: PersistenceOptions? = nil
    ) throws(SandboxStartError) {
        self.configuration = configuration
        let logger = Logger(format: configuration.logFormat, quiet: configuration.quiet)
        self.logger = logger
        let store = Store(time: time, ids: ids)
        self.store = store
        let persistence = try configuration.dataDir.map { (path) throws(SandboxStartError) -> Persistence in
            var options = persistenceOptions ?? PersistenceOptions()
            options.policy = configuration.fsync
            do throws(PersistenceError) {
                return try Persistence(path: path, store: store, options: options, logger: logger) { error in
                    // Fail-stop: a write that cannot be made durable must not be acknowledged.
                    logger.error("tap-sandbox: cannot write the journal, stopping: \(error)")
                    exit(1)
                }
            } catch {
                throw .dataDirectory(error)
            }
        }
        self.persistence = persistence
        var options = serverOptions ?? HTTPServerOptions()
        options.host = configuration.host
        options.port = configuration.port
        options.limits.maxBodyBytes = configuration.maxBodyBytes
        if !configuration.quiet {
            options.accessLog = { record in logger.access(record, time: time.nowMilliseconds()) }
        }
        let server: HTTPServer
        do {
            server = try HTTPServer(options: options)
        } catch {
            persistence?.close()
            throw .listen(error)
        }
        self.server = server
        let context = SandboxContext(
            store: store, configuration: configuration,
            publicURL: configuration.effectivePublicURL(boundPort: server.port),
            scenarios: ScenarioLibrary(files: scenarios))
        self.context = context
        let webhooks = WebhookDispatcher(
            store: store, settings: WebhookSettings(configuration: configuration), publicURL: context.publicURL,
            logger: logger)
        self.webhooks = webhooks
        let scheduler = Scheduler(store: store, runner: SandboxTaskRunner(context: context, webhooks: webhooks))
        self.scheduler = scheduler
        store.connect(observer: webhooks, scheduler: scheduler)
        store.attach(recorder: persistence)
        if persistence != nil { webhooks.resumeInterrupted() }
        scheduler.start()
        let app = App(router: Self.routes(context, webhooks: webhooks), store: store, scenarios: context.scenarios)
        self.app = app
        server.start(handler: app)
    }

    /// The route table of every Tap and control endpoint.
    static func routes(_ context: SandboxContext, webhooks: WebhookDispatcher) -> APIRouter {
        var router = APIRouter()
        ControlRoutes(context: context).register(on: &router)
        OpenAPIRoutes().register(on: &router)
        WebhookRoutes(context: context, webhooks: webhooks).register(on: &router)
        ScenarioRoutes(context: context).register(on: &router)
        ChargeRoutes(context: context).register(on: &router)
        AuthorizeRoutes(context: context).register(on: &router)
        PaymentListRoutes(context: context).register(on: &router)
        TokenRoutes(context: context).register(on: &router)
        CustomerRoutes(context: context).register(on: &router)
        CardRoutes(context: context).register(on: &router)
        RefundRoutes(context: context).register(on: &router)
        PayoutRoutes(context: context).register(on: &router)
        PayoutControlRoutes(context: context).register(on: &router)
        HostedPageRoutes(context: context).register(on: &router)
        ReviewRoutes(context: context, webhooks: webhooks).register(on: &router)
        DashboardRoutes(context: context).register(on: &router)
        return router
    }

    /// `http://HOST:PORT` as bound.
    public var listeningURL: String { configuration.listeningURL(boundPort: port) }

    /// Stops accepting, finishes requests in flight, stops the scheduler and the webhook threads, then
    /// flushes and syncs the journal (CONTRACT.md §1). Later calls do nothing.
    public func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        server.stop()
        scheduler.stop()
        webhooks.stop()
        persistence?.close()
    }
}

/// Why a sandbox could not start (exit status 1).
public enum SandboxStartError: Error, CustomStringConvertible {
    case listen(SocketError)
    case dataDirectory(PersistenceError)

    public var description: String {
        switch self {
        case .listen(let error): "\(error)"
        case .dataDirectory(let error): "--data-dir: \(error)"
        }
    }
}
