import Foundation
import SECCostTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Exit statuses have one home (`ExitStatus`), and every command exits 3 when its standard
/// output cannot be written, `report` as much as the others.
@Suite("exit statuses")
struct ExitStatusTests {
  private static let november = "Ledgers/2022-11-sec-release.csv"

  @Test(
    "standard output that cannot be written: exit 3 and the reason, for every command",
    arguments: [
      ["totals", november], ["totals", november, "--format", "csv"], ["validate", november],
      ["export", november], ["import", november], ["risk", november, "--simulations", "100"],
      ["scope", "Ledgers/scope/scope-register.csv"], ["variance", november, november],
      ["report", november], ["report", november, "--format", "html"], ["--help"],
    ])
  func outputFailure(arguments: [String]) {
    let result = Seccost.run(arguments, failingOutputWith: ENOSPC)
    #expect(result.status == 3)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasSuffix("standard output: cannot write: No space left on device\n"))
    // The same command succeeds when its output can be written.
    #expect(Seccost.run(arguments).status == 0)
  }

  @Test("no ExitCode( is written outside ExitStatus.swift")
  func oneHome() throws {
    let sources = packageRoot.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    var offenders: [String] = []
    for case let file as String in files where file.hasSuffix(".swift") {
      guard !file.hasSuffix("/ExitStatus.swift") else { continue }
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      if text.contains("ExitCode(") { offenders.append(file) }
    }
    #expect(offenders.isEmpty, "\(offenders)")
  }
}
