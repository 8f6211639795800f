import SECCost
import Testing

@Suite("Scope register rows: validation")
struct ScopeRowValidationTests {
  /// MP140 as the November 2022 RID v0.4 lists it.
  private static let mp140: [ScopeColumn: String] = [
    .release: "November 2022", .goLiveDate: "2022-11-03", .modification: "MP140",
    .title: "CH Stock Transfer", .kind: "modification", .status: "targeted",
    .cutOffDate: "2022-02-23 estimated", .impactsDCCSystems: "yes",
    .impactedParties: "Suppliers; Other SEC Parties; DCC", .impactedDocuments: "section f",
    .asOf: "2021-11-23", .note: "",
  ]

  private func issues(_ changes: [ScopeColumn: String]) -> [String] {
    let row = ScopeRow(Self.mp140.merging(changes) { $1 })
    guard case .failure(let error) = row.validated() else { return [] }
    return error.issues.map(\.description)
  }

  @Test("a row from the November 2022 RID validates into an entry")
  func valid() throws {
    let entry = try ScopeRow(Self.mp140).validated().get()
    #expect(entry.release == "November 2022")
    #expect(entry.modification == "MP140")
    #expect(entry.status == .targeted)
    #expect(entry.kind == .modification)
    #expect(
      entry.cutOff == ScheduledDate(CalendarDate(year: 2022, month: 2, day: 23)!, isEstimated: true)
    )
    #expect(entry.goLive?.date == CalendarDate(year: 2022, month: 11, day: 3))
    #expect(entry.dccSystems == .yes)
    #expect(entry.parties == [.suppliers, .otherSECParties, .dcc])
    #expect(entry.documents.map(\.name) == ["Section F"])
    #expect(entry.asOf == CalendarDate(year: 2021, month: 11, day: 23))
  }

  @Test("column names: any case and punctuation, as the papers head them")
  func headers() {
    #expect(ScopeColumn(header: "Go-live date") == .goLiveDate)
    #expect(ScopeColumn(header: "Cut-off date") == .cutOffDate)
    #expect(ScopeColumn(header: "Impacts DCC Systems?") == .impactsDCCSystems)
    #expect(ScopeColumn(header: "AS OF") == .asOf)
    #expect(ScopeColumn(header: "cost") == nil)
  }

  @Test("unknown statuses are named with the ones that exist")
  func unknownStatus() {
    #expect(
      issues([.status: "pending"]) == [
        "status: unknown status \"pending\" (expected one of approved, targeted, implemented, "
          + "lapsed, withdrawn, removed)"
      ])
    #expect(issues([.status: "Approved"]).isEmpty)
  }

  @Test("dates that do not parse, and a cut-off after go-live")
  func dates() {
    #expect(
      issues([.cutOffDate: "03/03/2022"]) == [
        "cut_off_date: \"03/03/2022\" is not a date (write 2022-03-03, or 3 March 2022)"
      ])
    #expect(issues([.asOf: "2021-11-31"]) == ["as_of: \"2021-11-31\" is not a day in the calendar"])
    #expect(issues([.asOf: ""]) == ["as_of: is empty; a value is required"])
    #expect(
      issues([.cutOffDate: "2022-12-01"]) == [
        "cut_off_date: 2022-12-01 is after the go-live date 2022-11-03"
      ])
    #expect(issues([.goLiveDate: "", .cutOffDate: ""]).isEmpty)
  }

  @Test("kinds, DCC Systems impacts and ids")
  func values() throws {
    #expect(
      try ScopeRow(Self.mp140.merging([.kind: "DCC change request"]) { $1 }).validated().get().kind
        == .dccChangeRequest)
    #expect(
      try ScopeRow(Self.mp140.merging([.kind: ""]) { $1 }).validated().get().kind == .modification)
    #expect(
      issues([.kind: "proposal"]) == [
        "kind: unknown kind \"proposal\" (expected modification or dcc-change-request)"
      ])
    #expect(
      issues([.impactsDCCSystems: "maybe"]) == [
        "impacts_dcc_systems: unknown value \"maybe\" (expected yes, no or tbc; empty if not stated)"
      ])
    #expect(
      try ScopeRow(Self.mp140.merging([.impactsDCCSystems: "TBC"]) { $1 }).validated().get()
        .dccSystems == .tbc)
    #expect(
      try ScopeRow(Self.mp140.merging([.impactsDCCSystems: ""]) { $1 }).validated().get().dccSystems
        == nil)
    #expect(
      issues([.modification: "MP078 MP099"]) == [
        "modification: \"MP078 MP099\" is not one id (write one modification per row: MP078, "
          + "SECMP0015, CR4427)"
      ])
  }

  @Test("multi-value cells: ; separated, known participants, no empty or repeated items")
  func lists() {
    #expect(
      issues([.impactedParties: "Suppliers; Shippers"]) == [
        "impacted_parties: unknown participant \"Shippers\" (expected Suppliers, Electricity "
          + "Networks, Gas Networks, Other SEC Parties, DCC)"
      ])
    #expect(
      issues([.impactedParties: "Suppliers;;DCC"]) == [
        "impacted_parties: has an empty item (items are separated by ;)"
      ])
    #expect(
      issues([.impactedDocuments: "Schedule 8; schedule 8"]) == [
        "impacted_documents: \"schedule 8\" is listed twice"
      ])
  }

  @Test("every problem in a row is reported, in column order")
  func everyProblem() {
    #expect(
      issues([.release: "", .status: "live", .asOf: "soon"]).count == 3)
  }

  @Test("documents sort as a RID lists them and read one canonical way")
  func documents() {
    let names = ["Appendix ad", "Schedule 11", "schedule 8", "Section H", "Section A", "DUIS"]
    let documents = names.compactMap { SECDocument(parsing: $0) }.sorted()
    #expect(
      documents.map(\.name) == [
        "Section A", "Section H", "Schedule 8", "Schedule 11", "Appendix AD", "DUIS",
      ])
    #expect(SECDocument(parsing: "  ") == nil)
  }

  @Test("split notes and OCR marks are read from the note")
  func noteMarks() throws {
    let split = try ScopeRow(
      Self.mp140.merging([.note: "Split: Part 1; part 2 in November"]) { $1 }
    )
    .validated().get()
    #expect(split.isSplit)
    let ocr = try ScopeRow(Self.mp140.merging([.note: "OCR-uncertain: columns lost"]) { $1 })
      .validated().get()
    #expect(ocr.isOCRUncertain)
    #expect(!ocr.isSplit)
    let splitting = try ScopeRow(Self.mp140.merging([.note: "splitting hairs"]) { $1 })
      .validated().get()
    #expect(!splitting.isSplit)
  }
}
