import Testing

@testable import SECCost

/// The one set of rules between a row's cells, as both reading paths call it.
@Suite("Ledger rules")
struct LedgerRulesTests {
  @Test("a row of cells is plain bytes: no reference in it to count, copy or destroy")
  func cellsArePlainData() {
    // The fast path builds these rules for every row of a million-row ledger; a string in a
    // cell made each copy and each destroy a call per cell (issue 17's speed goals hang on it).
    #expect(_isPOD(LedgerRules.self))
    #expect(_isPOD(LedgerCell<Money>.self))
    #expect(_isPOD(LedgerRules.Outcome.self))
  }

  @Test("an unreadable cell is reported with the reason its reader gave, in its column")
  func unreadableCellsKeepTheirReason() {
    let rules = LedgerRules(
      party: .dcc, phase: .sit, basis: .firm, low: .unreadable, high: .unreadable)
    var issues: [FieldIssue] = []
    let outcome = rules.apply(
      issues: &issues,
      reasons: [.low: "\"twelve\" is not an amount", .high: "\"£1.2.3\" is not an amount"])
    #expect(outcome == nil)
    #expect(issues.map(\.column) == [.low, .high])
    #expect(issues.map(\.message) == ["\"twelve\" is not an amount", "\"£1.2.3\" is not an amount"])
  }

  @Test("an unreadable cell the rules need not read (on a TBC line) says it must be empty")
  func unreadableOnTBCLine() {
    let rules = LedgerRules(party: .dcc, phase: .sit, basis: .tbc, low: .unreadable)
    var issues: [FieldIssue] = []
    #expect(rules.apply(issues: &issues, reasons: [.low: "\"twelve\" is not an amount"]) == nil)
    #expect(issues.map(\.message) == ["must be empty on a tbc line"])
  }

  @Test("the general path hands each cell's reason to the rules")
  func generalPathGivesReasons() throws {
    let row = LedgerRow([
      .release: "November 2022", .version: "0.1", .party: "DCC", .modification: "MP085A",
      .phase: "sit", .basis: "firm", .low: "twelve",
    ])
    guard case .failure(let error) = row.validated() else {
      Issue.record("a low of \"twelve\" was accepted")
      return
    }
    #expect(error.issues.map(\.column) == [.low])
    #expect(error.issues.first?.message.contains("twelve") == true)
    #expect(error.issues.first?.message != "does not read")
  }
}
