import SECCost
import SECCostTestSupport
import Testing

@testable import SECCostCSV

/// Release names, versions and modification ids as the ledger reader checks them: the errors
/// and warnings, located, and the canonical forms the lines hold.
@Suite("The ledger reader checks identities")
struct IdentityReaderTests {
  static let header = "release,version,party,modification,title,phase,basis,low\n"

  /// Reads `rows` under the ledger header, both paths, and checks they agree.
  static func read(_ rows: String, file name: String = "ledger.csv") throws -> (
    lines: [LedgerLine], issues: [String], warnings: [String], reports: [LedgerFileReport]
  ) {
    let file = try TemporaryFile(named: name, header + rows)
    defer { file.remove() }
    var outcomes: [([LedgerLine], [String], [String], [LedgerFileReport])] = []
    for fastPath in [true, false] {
      let reader = LedgerReader(fastPath: fastPath)
      var lines: [LedgerLine] = []
      reader.read(file.path) { line, _ in lines.append(line) }
      let base = file.directory.path + "/"
      func relative(_ issue: LedgerIssue) -> String {
        String(issue.description.dropFirst(base.count))
      }
      outcomes.append(
        (lines, reader.issues.map(relative), reader.warnings.map(relative), reader.reports))
    }
    #expect(outcomes[0].0 == outcomes[1].0)
    #expect(outcomes[0].1 == outcomes[1].1)
    #expect(outcomes[0].2 == outcomes[1].2)
    return outcomes[0]
  }

  @Test("mp143 and MP 143 come out as MP143, v0.4 as 0.4, november 2022 as November 2022")
  func canonical() throws {
    let result = try Self.read(
      """
      november 2022,v0.4,DCC,mp143,,sit,firm,1
      November 2022,0.4,DCC,MP 143,,uit,firm,1
      November 2022,V0.4,DCC, MP-143 ,,total,firm,1

      """)
    #expect(result.issues.isEmpty)
    #expect(result.warnings.isEmpty)
    #expect(result.lines.map(\.modification) == ["MP143", "MP143", "MP143"])
    #expect(result.lines.map(\.version) == ["0.4", "0.4", "0.4"])
    #expect(result.lines.map(\.release) == ["November 2022", "November 2022", "November 2022"])
    #expect(result.reports[0].rewrittenIdentities == 6)
    #expect(
      result.reports[0].normalisations.last
        == "6 release, version or modification ids written canonically (November 2022, 0.4, MP143)")
  }

  @Test("v0.4 and 0.4 with the same key are a duplicate")
  func versionDuplicate() throws {
    let result = try Self.read(
      """
      November 2022,v0.4,DCC,MP078,,sit,firm,1
      November 2022,0.4,DCC,MP078,,sit,firm,2

      """)
    #expect(result.lines.count == 1)
    #expect(result.issues.count == 1)
    #expect(result.issues.first?.hasPrefix("ledger.csv:3: ") == true)
    #expect(result.issues.first?.contains("duplicate") == true)
  }

  @Test("a modification id with a letter where a digit belongs is an error on its column")
  func misreadModification() throws {
    let result = try Self.read(
      """
      November 2022,0.4,DCC,MPO78,,sit,firm,1
      November 2022,0.4,DCC,SECMPO0015,,sit,firm,1
      November 2022,0.4,DCC,MP085A,,sit,firm,1

      """)
    #expect(
      result.issues == [
        "ledger.csv:2: modification: \"MPO78\" has a letter where a digit belongs; did you mean MP078?",
        "ledger.csv:3: modification: \"SECMPO0015\" has a letter where a digit belongs; did you mean SECMP0015?",
      ])
    #expect(result.lines.map(\.modification) == ["MP085A"])
  }

  @Test("a modification that is no SEC id is a warning, counted as written")
  func unrecognisedModification() throws {
    let result = try Self.read("November 2022,0.4,DCC,Package A,,sit,firm,1\n")
    #expect(result.issues.isEmpty)
    #expect(
      result.warnings == [
        "ledger.csv:2: modification: warning: \"Package A\" is not a SEC modification id "
          + "(SECMP0015, MP078, MP085A, DP173, CR4427); counted as written"
      ])
    #expect(result.lines.map(\.modification) == ["Package A"])
  }

  @Test("a release a spreadsheet made a date is an error on its column")
  func spreadsheetRelease() throws {
    let result = try Self.read("11/01/22,0.4,DCC,MP078,,sit,firm,1\n44866,0.4,DCC,MP078,,uit,firm,1\n")
    let advice =
      "; release names are \"Month YYYY\"; re-import with the column typed as Text (LibreOffice: "
      + "untick \"Detect special numbers\"; Excel: Data > From Text/CSV, column type Text), or "
      + "export to XLSX"
    #expect(
      result.issues == [
        "ledger.csv:2: release: \"11/01/22\" looks like a date a spreadsheet made of a release "
          + "name (November 2022?)" + advice,
        "ledger.csv:3: release: \"44866\" looks like a date a spreadsheet made of a release "
          + "name (November 2022?)" + advice,
      ])
    #expect(result.lines.isEmpty)
  }

  @Test("another release name is a warning, counted as written; warnings keep the file valid")
  func unrecognisedRelease() throws {
    let file = try TemporaryFile(Self.header + "Release X,,DCC,X1,,sit,firm,1\n")
    defer { file.remove() }
    let reader = LedgerReader()
    var lines: [LedgerLine] = []
    reader.read(file.path) { line, _ in lines.append(line) }
    #expect(reader.isValid)
    #expect(reader.warningCount == 2)
    #expect(reader.warnings.map(\.severity) == [.warning, .warning])
    #expect(
      reader.warnings.first?.description
        == "\(file.path):2: release: warning: \"Release X\" is not a release name of the form "
        + "\"Month YYYY\" (November 2022); counted as written")
    #expect(lines.map(\.release) == ["Release X"])
    #expect(reader.problems(strict: false) == nil)
    #expect(reader.problems(strict: true)?.issues.map(\.severity) == [.error, .error])
  }

  @Test("a wide CSV whose Release reads 11/01/22 is refused, naming the wide column")
  func wideRelease() throws {
    let wide =
      "Release,Version,Party,Modification,Title,Basis,SIT\n11/01/22,0.4,DCC,MPO78,,firm,£1\n"
    let file = try TemporaryFile(wide)
    defer { file.remove() }
    let reader = LedgerReader()
    reader.read(file.path) { _, _ in }
    let found = reader.issues.map { ($0.line, $0.column, $0.message) }
    #expect(found.count == 2)
    #expect(found.first?.0 == 2)
    #expect(found.first?.1 == "Release")
    #expect(
      found.first?.2.hasPrefix(
        "\"11/01/22\" looks like a date a spreadsheet made of a release name (November 2022?)")
        == true)
    #expect(found.last?.1 == "Modification")
  }

  @Test("a canonical row is read by the fast path; one needing canonical forms is not")
  func fastPathTaken() throws {
    let file = try TemporaryFile(
      Self.header + "November 2022,0.4,DCC,MP078,,sit,firm,1\nNovember 2022,v0.4,DCC,mp078,,uit,firm,1\n")
    defer { file.remove() }
    let reader = LedgerReader()
    reader.read(file.path) { _, _ in }
    #expect(reader.isValid)
    #expect(reader.fastPathRows == 1)
  }
}

extension LedgerLoadError: Equatable {
  public static func == (lhs: LedgerLoadError, rhs: LedgerLoadError) -> Bool {
    lhs.issues == rhs.issues && lhs.count == rhs.count
  }
}
