import Foundation
import SECCostTestSupport
import Testing

/// Every renderer of every command on valid ledgers whose sums reach the largest amount of money
/// (£92,233,720,368,547,758.07): each prints the figures and exits 0; none traps.
@Suite("seccost at the limit of Money: every command, every format")
struct ExtremeAmountsCommandTests {
  static let header =
    "release,version,party,modification,title,phase,basis,low,high,likely,days,day_rate,note\n"

  /// A firm line and a narrow estimate whose high ends sum exactly to the largest amount.
  static let current =
    header + "November 2022,0.4,DCC,MP078,,sit,firm,46116860184273879.04,,,,,\n"
    + "November 2022,0.4,DCC,MP085A,,sit,estimate,46116860184273000,46116860184273879.03,,,,,\n"

  /// A baseline whose high sum is the largest amount too.
  static let baseline =
    header + "November 2022,0.1,DCC,MP078,,sit,estimate,0,46116860184273879.04,,,,,\n"
    + "November 2022,0.1,DCC,MP085A,,uit,firm,46116860184273879.03,,,,,\n"

  /// A budget of the largest amount, and spend adding up to it.
  static let spend =
    header + "November 2022,0.4,DCC,MP078,,sit,firm,92233720368547758.07,,,,,\n"
    + "November 2022,,DCC,MP078,,sit,actual,46116860184273879.04,,,,,2023-01-01\n"
    + "November 2022,,DCC,MP078,,sit,actual,46116860184273879.03,,,,,2023-02-01\n"

  static let formats = ["table", "csv", "json", "markdown"]

  /// The runs: arguments and a text their output must hold.
  static var runs: [([String], String)] {
    var runs: [([String], String)] = []
    let largest = "92,233,720,368,547,758.07"
    let plainLargest = "92233720368547758.07"
    for format in formats {
      let expected = format == "csv" || format == "json" ? plainLargest : largest
      for by in ["phase", "party", "modification", "release", "basis"] {
        runs.append((["totals", "--by", by, "--format", format, "current.csv"], expected))
      }
      runs.append(
        (
          ["totals", "--scope", "register.csv", "--format", format, "current.csv"],
          expected
        ))
      runs.append((["variance", "baseline.csv", "current.csv", "--format", format], expected))
      runs.append((["variance", "spend.csv", "--format", format], expected))
      for by in ["phase", "modification", "release"] {
        runs.append((["risk", "--by", by, "--format", format, "current.csv"], expected))
      }
    }
    runs.append((["export", "current.csv"], "46116860184273879.03"))
    runs.append((["export", "--layout", "wide", "current.csv"], "£46,116,860,184,273,879.03"))
    for format in ["markdown", "html"] {
      runs.append((["report", "--format", format, "current.csv"], largest))
      runs.append(
        (["report", "--format", format, "current.csv", "--baseline", "baseline.csv"], largest))
    }
    return runs
  }

  @Test("each prints the largest amount and exits 0")
  func everyRenderer() throws {
    try TemporaryDirectory.with { directory in
      for (name, text) in [
        ("current.csv", Self.current), ("baseline.csv", Self.baseline), ("spend.csv", Self.spend),
      ] {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
      }
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent("Ledgers/scope/scope-register.csv"),
        to: directory.appendingPathComponent("register.csv"))
      for (arguments, text) in Self.runs {
        let result = Seccost.run(arguments, in: directory)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(result.stdout.contains(text), "\(arguments)")
        #expect(!result.stderr.contains("Fatal error"), "\(arguments)")
      }
      let xlsx = Seccost.run(
        [
          "report", "--format", "all", "--out", "reports", "current.csv", "--baseline",
          "baseline.csv",
        ], in: directory)
      #expect(xlsx.status == 0, "\(xlsx.stderr)")
      let written = try FileManager.default.contentsOfDirectory(
        atPath: directory.appendingPathComponent("reports").path)
      #expect(written.filter { $0.hasSuffix(".xlsx") }.count == 1, "\(written)")
    }
  }
}
