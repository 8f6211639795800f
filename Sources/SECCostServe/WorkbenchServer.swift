import Hummingbird
import Logging
import NIOCore

/// `seccost serve`: the cost workbench over HTTP, on Hummingbird.
public enum WorkbenchServer {
  /// The router of a workbench: the request guard (Host, Origin), the JSON API and the pages.
  /// `HEAD` of every `GET` route answers as `GET` does, without the body.
  package static func router(_ workbench: Workbench) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(
      middleware: RequestGuard(
        configuration: workbench.configuration, boundPort: workbench.boundPort))
    APIRoutes.add(to: router, workbench: workbench)
    PageRoutes.add(to: router, workbench: workbench)
    return router
  }

  /// Serves the ledgers of `configuration` until the process gets SIGINT or SIGTERM, then
  /// returns. `running` is told the URL once the server listens (the bound port, if 0 was asked).
  public static func run(
    _ configuration: WorkbenchConfiguration, running: @escaping @Sendable (String) -> Void
  ) async throws {
    let workbench = Workbench(configuration: configuration)
    var logger = Logger(label: "seccost.serve")
    logger.logLevel = .warning
    let host = configuration.host
    let app = Application(
      router: router(workbench),
      configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? configuration.port
        workbench.boundPort.set(port)
        let shown = host.contains(":") ? "[\(host)]" : host
        running("http://\(shown):\(port)/")
      },
      logger: logger)
    try await app.runService()
  }
}
