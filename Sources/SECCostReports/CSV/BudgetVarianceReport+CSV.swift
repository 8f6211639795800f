import SECCost
import SECCostCSV

extension BudgetVarianceReport {
  /// The report as CSV: a row per key, the total, and any spend left out by the as-of date.
  package var csv: [UInt8] {
    var writer = CSVWriter()
    writer.writeRow([
      "scope", "release", "party", "modification", "phase", "title", "status", "budget_basis",
      "budget_version", "budget_low", "budget_high", "budget_tbc", "spent", "spend_lines",
      "remaining_low", "remaining_high", "percent_of_low", "percent_of_high",
    ])
    for line in lines {
      writer.writeRow([
        "line", line.key.release, line.key.party.id, line.key.modification, line.key.phase.id,
        line.title, line.status.id, line.budget?.figure.basis.id ?? "",
        line.budget?.version ?? "", line.budget?.figure.range?.low.plainDecimal ?? "",
        line.budget?.figure.range?.high.plainDecimal ?? "", "", line.spent.plainDecimal,
        String(line.spendLines), line.remaining?.low.plainDecimal ?? "",
        line.remaining?.high.plainDecimal ?? "", line.percentOfLow?.plainDecimal ?? "",
        line.percentOfHigh?.plainDecimal ?? "",
      ])
    }
    writer.writeRow([
      "total", "", "", "", "", "", status.id, "", "", budget.priced.low.plainDecimal,
      budget.priced.high.plainDecimal, String(budget.tbc), spent.amount.plainDecimal,
      String(spent.lines), remaining.low.plainDecimal, remaining.high.plainDecimal,
      percentOfLow?.plainDecimal ?? "", percentOfHigh?.plainDecimal ?? "",
    ])
    func excluded(_ scope: String, _ amount: SpendRecord.Amount) {
      writer.writeRow(
        [
          scope, "", "", "", "", "", "", "", "", "", "", "", amount.amount.plainDecimal,
          String(amount.lines), "", "", "", "",
        ])
    }
    if asOf != nil {
      excluded("after-as-of", later)
      excluded("undated", undated)
    }
    return writer.bytes
  }
}
