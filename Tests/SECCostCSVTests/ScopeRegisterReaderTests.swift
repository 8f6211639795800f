import Foundation
import SECCost
import SECCostCSV
import SECCostTestSupport
import Testing

extension TemporaryFile {
  /// Every problem the scope register reader finds in the file, as the user sees them, the
  /// path shown as `FILE`.
  fileprivate func scopeIssues() -> [String] {
    let reader = ScopeRegisterReader()
    _ = reader.read(path)
    return reader.issues.map { $0.description.replacingOccurrences(of: path, with: "FILE") }
  }
}

@Suite("Scope register CSV: reading and validation through libcsv")
struct ScopeRegisterReaderTests {
  static let committed =
    (String(#filePath).components(separatedBy: "/Tests/").first ?? "")
    + "/Ledgers/scope/scope-register.csv"

  private static func day(_ text: String) -> CalendarDate {
    (try? CalendarDate(parsing: text)) ?? CalendarDate(year: 1, month: 1, day: 1)!
  }

  @Test("the committed register, transcribed from the four seeds, is valid")
  func committedRegister() throws {
    let register = try ScopeRegister.load(Self.committed)
    #expect(register.entries.count == 63)
    #expect(
      register.releases == [
        "June 2020", "November 2020", "February 2021", "June 2021", "November 2021",
        "February 2022", "June 2022", "November 2022",
      ])
    #expect(
      Set(register.entries.map(\.asOf)) == [
        Self.day("2020-04-08"), Self.day("2020-08-07"), Self.day("2021-09-21"),
        Self.day("2021-11-23"),
      ])
  }

  @Test("the transcription: MP107 withdrawn, MP154 removed, SECMP0015 split, the CRs")
  func transcription() throws {
    let register = try ScopeRegister.load(Self.committed)
    func rows(_ modification: String) -> [ScopeEntry] {
      register.entries.filter { $0.modification == modification }
    }
    #expect(rows("MP107").map(\.status) == [.targeted, .withdrawn])
    #expect(rows("MP154").map(\.status) == [.removed])
    #expect(rows("MP154").first?.release == "February 2022")
    let secmp0015 = rows("SECMP0015").filter { $0.asOf == Self.day("2021-09-21") }
    #expect(secmp0015.map(\.release) == ["June 2022", "November 2022"])
    #expect(secmp0015.allSatisfy { $0.isSplit })
    #expect(secmp0015.first?.documents.map(\.name) == ["Appendix AD", "Appendix AF"])
    let requests = register.entries.filter { $0.kind == .dccChangeRequest }
    #expect(
      requests.map(\.modification) == [
        "CR1145", "CR1254", "CR1277", "CR1290", "CR4427", "CR4465",
      ])
    // SECMP0062 is split between the June and November 2020 releases.
    #expect(rows("SECMP0062").map(\.release) == ["June 2020", "November 2020"])
    #expect(rows("SECMP0062").allSatisfy { $0.isSplit })
    // The cut-offs of the November 2022 RID, estimated where it says so.
    let cutOffs = rows("MP140").compactMap(\.cutOff) + rows("MP143").compactMap(\.cutOff)
    #expect(cutOffs.map(\.description) == ["2022-02-23 estimated", "2022-05-03 estimated"])
    #expect(rows("MP085A").first?.cutOff == ScheduledDate(Self.day("2022-05-03")))
    #expect(rows("MP081").first?.isOCRUncertain == true)
    // The February 2021 RID's matrices came through the OCR intact.
    let mp122 = try #require(rows("MP122").first)
    #expect(mp122.parties == [.dcc])
    #expect(mp122.documents.map(\.name) == ["Section A", "Section H"])
    #expect(rows("MP092").first?.parties == Participant.allCases)
  }

  @Test("November 2022 as of 4 March 2022: MP078, MP140 and MP141 have lapsed")
  func november2022() throws {
    let register = try ScopeRegister.load(Self.committed)
    let scope = try #require(register.scope(of: "November 2022", asOf: Self.day("2022-03-04")))
    func ids(_ section: ScopeStanding.Section) -> [String] {
      scope.items(in: section, kind: .modification).map(\.entry.modification)
    }
    #expect(ids(.approved) == ["SECMP0015", "SECMP0056", "MP099"])
    #expect(ids(.targeted) == ["MP085A", "MP143"])
    #expect(ids(.lapsed) == ["MP078", "MP140", "MP141"])
    #expect(ids(.withdrawn) == ["MP107"])
    #expect(scope.item(for: "MP143")?.standing == .targeted(daysToCutOff: 60))
    #expect(scope.goLive == ScheduledDate(Self.day("2022-11-03")))
  }

  @Test("header: any order and case; an unknown column is named; required columns")
  func header() throws {
    let unknown = try TemporaryFile(
      named: "scope.csv", "Release,Modification,Status,As of,Colour\n")
    defer { unknown.remove() }
    #expect(
      unknown.scopeIssues() == [
        "FILE:1: Colour: unknown column (a scope register has release,go_live_date,modification,"
          + "title,kind,status,cut_off_date,impacts_dcc_systems,impacted_parties,"
          + "impacted_documents,as_of,note)"
      ])
    let missing = try TemporaryFile(
      named: "scope.csv", "release,modification,status\nJune 2022,MP104,approved\n")
    defer { missing.remove() }
    #expect(
      missing.scopeIssues() == [
        "FILE:1: as_of: missing column (required: release,modification,status,as_of)"
      ])
  }

  @Test("every problem, FILE:LINE: column: message, in line order")
  func rowProblems() throws {
    let file = try TemporaryFile(
      named: "scope.csv",
      """
      STATUS,release,Modification,as_of,Cut-off date,note
      approved,November 2022,MP078,2021-11-23,,
      pending,November 2022,MP099,2021-11-23,,
      targeted,November 2022,MP140,23/11/2021,,
      targeted,June 2022,MP078,2021-11-23,,
      approved,June 2022,SECMP0015,2021-09-21,,"split: DUIS and MMC, in June"
      approved,November 2022,SECMP0015,2021-09-21,,split: the rest
      targeted,November 2022,MP141
      targeted,November 2022,MP099,2021-11-23,2022-02-30,

      """)
    defer { file.remove() }
    let twoReleases =
      "a modification in two releases at once needs a split note (the word \"split\" in the "
      + "note of each of its rows)"
    #expect(
      file.scopeIssues() == [
        "FILE:2: note: MP078 is also in scope of June 2022 as of 2021-11-23 (line 5); "
          + twoReleases,
        "FILE:3: status: unknown status \"pending\" (expected one of approved, targeted, "
          + "implemented, lapsed, withdrawn, removed)",
        "FILE:4: as_of: \"23/11/2021\" is not a date (write 2022-03-03, or 3 March 2022)",
        "FILE:5: note: MP078 is also in scope of November 2022 as of 2021-11-23 (line 2); "
          + twoReleases,
        "FILE:8: has 3 fields, but the header has 6",
        "FILE:9: cut_off_date: \"2022-02-30\" is not a day in the calendar",
      ])
  }

  @Test("a duplicate row names the first; quoted ; lists and commas survive")
  func duplicatesAndLists() throws {
    let file = try TemporaryFile(
      named: "scope.csv",
      """
      release,modification,status,as_of,impacted_parties,impacted_documents,note
      November 2022,MP141,targeted,2021-11-23,"Suppliers; Electricity Networks; Gas Networks; DCC",Section H,"Deduced, not read"
      November 2022,mp141,targeted,2021-11-23,,,

      """)
    defer { file.remove() }
    #expect(
      file.scopeIssues() == [
        "FILE:3: modification: mp141 is listed twice for November 2022 as of 2021-11-23 "
          + "(also line 2)"
      ])
    let reader = ScopeRegisterReader()
    let register = reader.read(file.path)
    #expect(
      register.entries.first?.parties == [.suppliers, .electricityNetworks, .gasNetworks, .dcc])
    #expect(register.entries.first?.note == "Deduced, not read")
  }

  @Test("an empty file, and a file that is not there")
  func emptyAndMissing() throws {
    let empty = try TemporaryFile(named: "scope.csv", "")
    defer { empty.remove() }
    #expect(empty.scopeIssues() == ["FILE: is empty: a scope register needs a header row"])
    let reader = ScopeRegisterReader()
    _ = reader.read("/nonexistent/scope.csv")
    #expect(
      reader.issues.map(\.description) == [
        "/nonexistent/scope.csv: cannot read: No such file or directory"
      ])
  }
}
