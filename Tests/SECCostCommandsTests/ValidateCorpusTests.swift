import Foundation
import SECCostTestSupport
import Testing

@Suite("seccost validate on broken ledgers")
struct ValidateCorpusTests {
  static let directory = packageRoot.appendingPathComponent(
    "Tests/SECCostCommandsTests/Fixtures/invalid")

  static var cases: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".csv") }.sorted()
  }

  @Test("the corpus is there")
  func corpus() {
    #expect(Self.cases.count >= 12)
  }

  @Test("every problem, FILE:LINE: column: message, exit 1", arguments: cases)
  func brokenFile(name: String) throws {
    let expectedURL = Self.directory.appendingPathComponent(
      String(name.dropLast(4)) + ".expected")
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    let result = Seccost.run(["validate", name], in: Self.directory)
    #expect(result.stderr + "exit \(result.status)\n" == expected)
    #expect(result.stdout.isEmpty)
  }

  @Test("every command that reads a ledger refuses an invalid one the same way")
  func everyCommandValidates() throws {
    for command in [["totals"], ["export"], ["totals", "--format", "json"]] {
      let result = Seccost.run(command + ["money-errors.csv"], in: Self.directory)
      #expect(result.status == 1)
      #expect(result.stdout.isEmpty)
      #expect(
        result.errors.hasPrefix("money-errors.csv:2: low: \"1.34E+06\" is in scientific notation"))
      #expect(!result.stderr.contains("Fatal error"))
    }
  }
}
