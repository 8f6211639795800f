import Foundation
import SECCostTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Whether headless Chromium, chromedriver and selenium are here, or must be
/// (SECCOST_REQUIRE_CHROMIUM=1, as in CI, makes a missing one a failure instead of a skip).
enum BrowserDriver {
  static var isInstalled: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
  }

  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["SECCOST_REQUIRE_CHROMIUM"] == "1"
  }
}

/// The workbench as a person uses it: the real `seccost serve` on a loopback port, driven by
/// headless Chromium through selenium (`Fixtures/browser/workbench_user.py`): open a release,
/// edit a figure, edit from a page that is out of date, and watch a file change on disk.
@Suite(
  "seccost serve in a real browser",
  .enabled(if: BrowserDriver.isInstalled || BrowserDriver.isRequired), .serialized)
struct WorkbenchBrowserTests {
  @Test(
    "totals as `totals` prints them, an edit saved and valid, a conflict that loses nothing, a change on disk seen",
    .tags(.endToEnd))
  func personAtTheBrowser() throws {
    try #require(BrowserDriver.isInstalled, "apt-get install chromium chromium-driver")
    let directory = try TemporaryDirectory.make(prefix: "seccost-browser")
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledger = directory.appendingPathComponent("2022-11-sec-release.csv").path
    try FileManager.default.copyItem(
      atPath: SeccostBinary.packageRoot.appendingPathComponent("Ledgers/2022-11-sec-release.csv")
        .path, toPath: ledger)
    let before = try Self.releaseTotal(ledger)

    let server = try LiveServer(arguments: ["serve", ledger, "--port", "0", "--allow", "edit"])
    defer { server.stop() }
    let script = SeccostBinary.packageRoot.appendingPathComponent(
      "Tests/SECCostServeTests/Fixtures/browser/workbench_user.py")
    let run = try Self.python([script.path, server.url, ledger])
    try #require(run.status == 0, "workbench_user.py: \(run.output)")
    let seen = try JSONDecoder().decode(
      [String: String].self, from: Data(run.output.split(separator: "\n").last.map(String.init)?.utf8 ?? "".utf8))

    // The page's first total is the command's.
    #expect(seen["before"] == before)
    // Both edits are on disk, the file is canonical and valid, and the pages' totals after
    // each edit are the command's totals of the file at that moment.
    let text = try String(contentsOfFile: ledger, encoding: .utf8)
    #expect(text.contains("700000.00,700000.00"), "the first page's edit is on disk")
    #expect(text.contains("edited from a page that was out of date"), "the kept edit was sent")
    #expect(seen["conflict"]?.contains("changed on disk") == true, "\(seen)")
    #expect(seen["banner"]?.isEmpty == false, "the open page saw the file change")
    let validate = try SeccostBinary.run(["validate", ledger])
    #expect(validate.status == 0, "\(validate.stderr)")
    // The banner test appended a v0.5 line after the edits: take it away again to compare.
    let edited = text.replacingOccurrences(
      of: "November 2022,\"0.5\",DCC,MP141,SRV Visibility for Devices on SSI,sit,firm,,"
        + "70000.00,70000.00,,,,changed on disk\n", with: "")
    try edited.write(toFile: ledger, atomically: true, encoding: .utf8)
    #expect(seen["resent"] == (try Self.releaseTotal(ledger)))
    #expect(seen["after"] != seen["before"])
  }

  /// The Total row of `seccost totals --release "November 2022"` for `ledger`.
  static func releaseTotal(_ ledger: String) throws -> String {
    let result = try SeccostBinary.run(["totals", ledger, "--release", "November 2022"])
    try #require(result.status == 0, "\(result.stderr)")
    let row = try #require(
      result.stdout.split(separator: "\n").first { $0.hasPrefix("Total ") }, "\(result.stdout)")
    // "Total   £… + 8 TBC + 6 not provided   £firm   £estimate …": the second column.
    let cells = String(row).components(separatedBy: "  ")
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    return cells[1]
  }

  /// Runs Python (selenium from PyPI; `.ci/run` installs it) with `arguments`.
  static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// `seccost serve …` in a process of its own, on the port the system chose (`--port 0`).
final class LiveServer {
  let process = Process()
  let url: String
  private let log: URL

  init(arguments: [String]) throws {
    let executable = try #require(SeccostBinary.url, "seccost was not built beside the tests")
    log = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seccost-serve-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    process.executableURL = executable
    process.arguments = arguments
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    var found: String?
    for _ in 0..<600 where found == nil {
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
        found = String(text[range])
      } else if !process.isRunning {
        break
      } else {
        usleep(100_000)
      }
    }
    guard let found else {
      process.terminate()
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      throw ServerDidNotStart(log: text)
    }
    url = found
  }

  struct ServerDidNotStart: Error, CustomStringConvertible {
    let log: String
    var description: String { "seccost serve did not start: \(log)" }
  }

  /// Stops the server as Ctrl-C does.
  func stop() {
    if process.isRunning {
      kill(process.processIdentifier, SIGINT)
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(at: log)
  }
}
