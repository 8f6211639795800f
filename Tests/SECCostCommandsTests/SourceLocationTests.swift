import Foundation
import SECCostTestSupport
import Testing

/// Every message that names a file names it as ``LineOrigin`` does: a hostile file name is
/// escaped, so a message stays one line.
@Suite("file names in messages")
struct SourceLocationTests {
  private static let header =
    "release,version,party,modification,title,phase,basis,low,high,likely,days,day_rate,note\n"

  @Test("validate, import and scope escape a file name's line break in every message")
  func hostileFileName() throws {
    try TemporaryDirectory.with { directory in
      let line = "November 2022,0.4,DCC,MP078,T,sit,firm,1,,,,,\n"
      try Data((Self.header + line).utf8).write(
        to: directory.appendingPathComponent("a\nb.csv"))
      try Data((Self.header + line.replacingOccurrences(of: ",1,", with: ",x,")).utf8).write(
        to: directory.appendingPathComponent("c\td.csv"))
      let invalid = Seccost.run(["validate", "c\td.csv"], in: directory)
      #expect(invalid.status == 1)
      #expect(invalid.stderr == "c\\td.csv:2: low: \"x\" is not an amount of money\n")
      let imported = Seccost.run(["import", "a\nb.csv"], in: directory)
      #expect(imported.status == 0)
      #expect(
        imported.stderr == "a\\nb.csv: 1 line imported; 1 amount reformatted as plain decimals\n")
      let register = "release,go_live_date,modification,title,kind,status,cut_off_date,"
        + "impacts_dcc_systems,impacted_parties,impacted_documents,as_of,note\n"
      try Data(register.utf8).write(to: directory.appendingPathComponent("r\u{1B}.csv"))
      let empty = Seccost.run(["scope", "r\u{1B}.csv"], in: directory)
      #expect(empty.status == 1)
      #expect(empty.stderr == "r\\u{1B}.csv: the register has no entries\n")
    }
  }
}
