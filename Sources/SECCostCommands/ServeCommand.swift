import ArgumentParser
import Foundation
import SECCostServe
import Synchronization

/// `seccost serve`: the cost workbench in a browser.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the ledgers as a workbench in a browser, with a JSON API.",
    discussion: """
      Pages for the releases, a release, a modification, the variance and the problems, the \
      release's downloads, and the JSON API under /api/ (described at /api/openapi.json). \
      Binds to 127.0.0.1 unless --host says otherwise: only this machine can connect. --allow \
      view (the default) serves only; --allow edit lets figures be changed: each edit is \
      validated as `seccost validate` reads the ledgers, refused if the file changed since it \
      was read, and written back whole in canonical form, atomically. A file changed on disk is \
      read again on the next request. Ctrl-C stops the server (exit 0).
      """
  )

  @Argument(help: "Ledger CSV files, or directories whose *.csv files are the ledgers.")
  var ledgers: [String] = []

  @Option(help: "Scope register CSV (the releases' scope).")
  var scope: String?

  @Option(help: "The address to bind to.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0: any free port).")
  var port = 8080

  @Option(help: "view (read only) or edit (figures may be changed).")
  var allow: ServeAccess = .view

  @OptionGroup var input: InputOptions

  func validate() throws {
    guard !ledgers.isEmpty else { throw ValidationError("give the ledger files or a directory") }
    guard (0...65535).contains(port) else { throw ValidationError("--port: 0 to 65535") }
    for path in ledgers where LedgerFiles.isWorkbook(path) {
      throw ValidationError(
        "\(path): serve reads ledger CSV files; make one with"
          + " `seccost import \(path) -o LEDGER.csv`")
    }
  }

  func run() throws {
    let files = try Self.ledgerFiles(ledgers)
    if let scope { _ = try ScopeInput.load(scope) }
    let configuration = WorkbenchConfiguration(
      ledgers: files, scope: scope, host: host, port: port, allowsEdits: allow == .edit,
      readerOptions: input.readerOptions)
    let streams = StandardStreams.current
    let access = allow == .edit ? "figures may be edited" : "view only"
    let reach =
      ["127.0.0.1", "localhost", "::1"].contains(host)
      ? "only this machine can connect" : "other machines may connect"
    let failure = Mutex<String?>(nil)
    let finished = DispatchSemaphore(value: 0)
    Task {
      do {
        try await WorkbenchServer.run(configuration) { url in
          streams.write(
            Array(
              "seccost serve: \(url) (\(access); bound to \(host): \(reach)); Ctrl-C stops\n"
                .utf8))
        }
      } catch {
        failure.withLock { $0 = "serve: \(host):\(port): \(error)" }
      }
      finished.signal()
    }
    finished.wait()
    if let message = failure.withLock({ $0 }) {
      StandardStreams.printError(message)
      throw ExitStatus.inputOutput
    }
  }

  /// The ledger files `paths` name: a file as given, a directory's `*.csv` files in name order.
  /// A path that names nothing exits with code 3.
  static func ledgerFiles(_ paths: [String]) throws(ExitCode) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        StandardStreams.printError("\(path): no such file or directory")
        throw ExitStatus.inputOutput
      }
      if isDirectory.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let ledgers = names.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }
          .sorted()
        guard !ledgers.isEmpty else {
          StandardStreams.printError("\(path): no .csv ledger files in this directory")
          throw ExitStatus.inputOutput
        }
        files += ledgers.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
      } else {
        files.append(path)
      }
    }
    var seen = Set<String>()
    return files.filter { seen.insert($0).inserted }
  }
}

/// `--allow` of `seccost serve`.
enum ServeAccess: String, CaseIterable, ExpressibleByArgument {
  /// Pages and the API; every edit refused.
  case view
  /// Figures may be changed.
  case edit
}
