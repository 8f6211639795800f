import SECCost
import SECCostCSV

extension ScenarioReport {
  /// The report as CSV: one row per group, party and total for each scenario shown (and the
  /// gap), then one per modification not counted; amounts as plain decimals.
  package func csv(_ scenarios: [ScopeScenario]) -> [UInt8] {
    let shown = columns(scenarios)
    let ids = scenarios.map(\.id) + (shown.count > scenarios.count ? ["gap"] : [])
    var writer = CSVWriter()
    writer.writeRow([
      "scope", "key", "label", "scenario", "low", "high", "firm_low", "firm_high", "estimate_low",
      "estimate_high", "actual_low", "actual_high", "tbc", "na", "lines", "reason",
    ])
    func write(
      _ scope: String, _ key: String, _ label: String, _ scenario: String, _ summary: CostSummary,
      reason: String = ""
    ) {
      writer.writeRow(
        [scope, key, label, scenario]
          + [summary.priced, summary.firm, summary.estimate, summary.actual].flatMap {
            [$0.low.plainDecimal, $0.high.plainDecimal]
          }
          + [String(summary.tbc), String(summary.notApplicable), String(summary.lines), reason])
    }
    let dimension = base(scenarios).dimension.rawValue
    for (id, column) in zip(ids, shown) {
      for group in column.report.groups {
        write(dimension, group.key, group.label, id, group.summary)
      }
      for party in column.report.parties {
        write("party", party.key, party.label, id, party.summary)
      }
      write("total", "", "Total", id, column.report.total)
    }
    for item in outside {
      write(
        "not-counted", item.modification, item.release, "", item.summary,
        reason: Self.reasonID(item.reason))
    }
    return writer.bytes
  }
}
