import SECCost
import SECCostCSV

extension TotalsReport {
  /// The report as CSV: one row per group, party and the total, amounts as plain decimals.
  package var csv: [UInt8] {
    var writer = CSVWriter()
    writer.writeRow([
      "scope", "key", "label", "low", "high", "firm_low", "firm_high", "estimate_low",
      "estimate_high", "actual_low", "actual_high", "tbc", "na", "lines", "missing",
      "standalone_low", "standalone_high", "standalone_tbc",
    ])
    func write(
      _ scope: String, _ key: String, _ label: String, _ summary: CostSummary,
      _ standalone: CostSummary?
    ) {
      var cells = [scope, key, label]
      for range in [summary.priced, summary.firm, summary.estimate, summary.actual] {
        cells += [range.low.plainDecimal, range.high.plainDecimal]
      }
      cells += [String(summary.tbc), String(summary.notApplicable), String(summary.lines)]
      cells.append(String(summary.missing))
      if let standalone {
        cells += [
          standalone.priced.low.plainDecimal, standalone.priced.high.plainDecimal,
          String(standalone.tbc),
        ]
      } else {
        cells += ["", "", ""]
      }
      writer.writeRow(cells)
    }
    for group in groups {
      write(dimension.rawValue, group.key, group.label, group.summary, group.standalone)
    }
    for party in parties { write("party", party.key, party.label, party.summary, party.standalone) }
    write("total", "", "Total", total, standalone)
    return writer.bytes
  }
}
