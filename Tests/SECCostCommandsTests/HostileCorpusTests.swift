import Foundation
import SECCostTestSupport
import Testing

/// The hostile-input corpus: every file in `Fixtures/hostile/` is run through the built binary
/// (`seccost validate FILE`, or the arguments in `NAME.args` followed by the file), and what it
/// prints on standard output, then standard error, then `exit N`, must equal `NAME.expected`.
@Suite("seccost on hostile input")
struct HostileCorpusTests {
  static let directory = packageRoot.appendingPathComponent(
    "Tests/SECCostCommandsTests/Fixtures/hostile")

  static var cases: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".csv") }.sorted()
  }

  @Test("the corpus has at least 40 files, each with its expected result")
  func corpus() {
    #expect(Self.cases.count >= 40)
    for name in Self.cases {
      let expected = Self.directory.appendingPathComponent(String(name.dropLast(4)) + ".expected")
      #expect(FileManager.default.fileExists(atPath: expected.path), "\(name) has no .expected")
    }
  }

  @Test("the exact messages and exit code", arguments: cases)
  func hostileFile(name: String) throws {
    let stem = String(name.dropLast(4))
    let expected = try String(
      contentsOf: Self.directory.appendingPathComponent(stem + ".expected"), encoding: .utf8)
    let argumentsURL = Self.directory.appendingPathComponent(stem + ".args")
    var arguments = ["validate"]
    if let text = try? String(contentsOf: argumentsURL, encoding: .utf8) {
      arguments = text.split(separator: "\n").map(String.init)
    }
    let result = Seccost.run(arguments + [name], in: Self.directory)
    #expect(result.stdout + result.stderr + "exit \(result.status)\n" == expected)
    if result.status != 0 { #expect(result.stdout.isEmpty) }
    #expect(!result.stderr.contains("Fatal error"))
    #expect(!result.stderr.contains("Current stack trace"))
  }
}

extension HostileCorpusTests {
  @Test(
    "the same output on every run, near the limits of Money too (no hash-order dependence)")
  func deterministic() throws {
    for arguments in [
      ["totals", "--format", "csv", "totals-near-limit.csv"],
      ["totals", "--by", "modification", "--format", "json", "totals-near-limit.csv"],
      ["totals", "totals-overflow.csv"],
    ] {
      let first = Seccost.run(arguments, in: Self.directory)
      for _ in 0..<9 {
        let again = Seccost.run(arguments, in: Self.directory)
        #expect(again.stdout == first.stdout && again.stderr == first.stderr, "\(arguments)")
        #expect(again.status == first.status)
      }
    }
  }
}

/// Hostile files too big to keep in the repository, made in a temporary directory at test time.
@Suite("seccost on generated hostile input")
struct GeneratedHostileInputTests {
  static let header =
    "release,version,party,modification,title,phase,basis,low,high,likely,days,day_rate,note\n"

  static func row(modification: String = "MP078", title: String = "", low: String = "1") -> String {
    "November 2022,0.4,DCC,\(modification),\(title),sit,firm,\(low),,,,,\n"
  }

  /// Writes `parts` one after another to `name` in a fresh directory, without building the whole
  /// file in memory.
  static func write(_ name: String, in directory: URL, _ parts: [(String, repeating: Int)]) throws
    -> URL
  {
    let url = directory.appendingPathComponent(name)
    // Opened next, which fails if it was not made.
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    for (text, count) in parts {
      let perBlock = max(1, min(count, (1 << 20) / max(text.utf8.count, 1)))
      let block = Data(String(repeating: text, count: perBlock).utf8)
      var left = count
      while left >= perBlock {
        handle.write(block)
        left -= perBlock
      }
      if left > 0 { handle.write(Data(String(repeating: text, count: left).utf8)) }
    }
    return url
  }

  @Test(
    "a 100 MB field stops at the field limit, and reads whole when the limit is raised")
  func hugeField() throws {
    try TemporaryDirectory.with { directory in
      _ = try Self.write(
        "huge-field.csv", in: directory,
        [
          (Self.header + "November 2022,0.4,DCC,MP078,\"", 1), ("x", 100 << 20),
          ("\",sit,firm,1,,,,,\n", 1),
        ])
      let refused = Seccost.run(["validate", "huge-field.csv"], in: directory)
      #expect(
        refused.stderr
          == "huge-field.csv:2: a field is larger than 1 MiB, the limit (--max-field-size raises it)\n"
      )
      #expect(refused.status == 1)
      let rowLimit = Seccost.run(
        ["validate", "--max-field-size", "128M", "huge-field.csv"], in: directory)
      #expect(
        rowLimit.stderr
          == "huge-field.csv:2: a row is larger than 16 MiB, the limit (--max-row-size raises it)\n"
      )
      let accepted = Seccost.run(
        ["validate", "--max-field-size", "128M", "--max-row-size", "128M", "huge-field.csv"],
        in: directory)
      #expect(accepted.stdout == "valid: 1 line in 1 file\n")
      #expect(accepted.status == 0)
    }
  }

  @Test("a million empty lines: the next row's problem is on line 1,000,002")
  func millionEmptyLines() throws {
    try TemporaryDirectory.with { directory in
      _ = try Self.write(
        "empty-lines.csv", in: directory,
        [(Self.header, 1), ("\n", 1_000_000), (Self.row(low: "abc"), 1)])
      let result = Seccost.run(["validate", "empty-lines.csv"], in: directory)
      #expect(result.stderr == "empty-lines.csv:1000002: low: \"abc\" is not an amount of money\n")
      #expect(result.status == 1)
    }
  }

  @Test("10,000 named columns: the first 1,000 problems listed, the rest counted")
  func tenThousandColumns() throws {
    try TemporaryDirectory.with { directory in
      let names = (1...10_000).map { "c\($0)" }.joined(separator: ",")
      _ = try Self.write("columns.csv", in: directory, [(names + "\n", 1)])
      let result = Seccost.run(["validate", "columns.csv"], in: directory)
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1001)
      #expect(lines.first?.hasPrefix("columns.csv:1: c1: unknown column (a ledger has ") == true)
      #expect(lines.last == "… and 9005 more problems")
      #expect(result.status == 1)
    }
  }

  @Test("one line of 50 million commas stops at the column limit")
  func endlessRow() throws {
    try TemporaryDirectory.with { directory in
      _ = try Self.write("commas.csv", in: directory, [(Self.header, 1), (",", 50_000_000)])
      let result = Seccost.run(["validate", "commas.csv"], in: directory)
      #expect(
        result.stderr
          == "commas.csv:2: a row has more than 16384 fields, the limit (--max-columns raises it)\n"
      )
      #expect(result.status == 1)
    }
  }

  @Test("half a million doubled quotes in one field read as that many quotes")
  func deeplyRepeatedQuotes() throws {
    try TemporaryDirectory.with { directory in
      _ = try Self.write(
        "quotes.csv", in: directory,
        [
          (Self.header + "November 2022,0.4,DCC,MP078,\"", 1), ("\"\"", 500_000),
          ("\",sit,firm,1,,,,,\n", 1),
        ])
      let result = Seccost.run(["export", "quotes.csv"], in: directory)
      #expect(result.status == 0)
      let title = String(repeating: "\"\"", count: 500_000)
      #expect(
        result.stdout.contains("November 2022,\"0.4\",DCC,MP078,\"\(title)\",sit,firm,,1.00,1.00"))
    }
  }
}
