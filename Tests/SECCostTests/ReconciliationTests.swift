import Testing

@testable import SECCost

@Suite("Reconciliation")
struct ReconciliationTests {
  private func figures(_ low: Int64, _ high: Int64, tbc: Int, spent: Int64)
    -> Reconciliation.Figures
  {
    var figures = Reconciliation.Figures()
    figures.budgetLow = Money(pence: low)
    figures.budgetHigh = Money(pence: high)
    figures.budgetTBC = tbc
    figures.spent = Money(pence: spent)
    return figures
  }

  @Test("agreeing figures reconcile, and the report says so")
  func agrees() throws {
    let same = ["June 2023": figures(100, 200, tbc: 1, spent: 50)]
    let reconciliation = try Reconciliation(lines: same, ledger: same, lineCount: 3)
    #expect(reconciliation.isReconciled)
    #expect(
      reconciliation.statement
        == "Reconciled: the 3 lines add up to the totals to the penny (budget low and high, TBC"
        + " count, spent), release by release and overall.")
  }

  @Test("a difference is named: which release, which figure, by how much, and overall")
  func differs() throws {
    let reconciliation = try Reconciliation(
      lines: [
        "June 2023": figures(100, 200, tbc: 1, spent: 50),
        "November 2022": figures(0, 0, tbc: 0, spent: 100_000),
      ],
      ledger: [
        "June 2023": figures(100, 200, tbc: 2, spent: 50),
        "November 2022": figures(0, 0, tbc: 0, spent: 120_000),
      ], lineCount: 1)
    #expect(!reconciliation.isReconciled)
    #expect(
      reconciliation.differences.map(\.description) == [
        "November 2022: spent: lines £1,000, ledger £1,200 (difference £200)",
        "June 2023: budget TBC count: lines 1, ledger 2 (difference 1)",
        "Total: budget TBC count: lines 1, ledger 2 (difference 1)",
        "Total: spent: lines £1,000.50, ledger £1,200.50 (difference £200)",
      ])
    #expect(reconciliation.statement.hasPrefix("NOT reconciled: the 1 line adds up to different"))
  }
}
