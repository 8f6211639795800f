import SECCost
import SECCostCSV

extension TotalsReport {
  /// The first line of a report: what is grouped, and which releases and versions are counted.
  var heading: String {
    let releases = releases.map { counted in
      counted.version.map { "\(counted.release) (v\($0))" } ?? counted.release
    }
    return "Totals by \(dimension.rawValue): " + releases.joined(separator: ", ")
  }

  /// Groups, then DCC and SECAS apart, then the overall total, as cells.
  var table: TextTable {
    let showsActual = total.actual != .zero
    var columns: [(String, TextTable.Alignment)] = [
      (dimension.rawValue.capitalized, .left), ("Total", .left), ("Firm", .right),
      ("Estimate", .right),
    ]
    if showsActual { columns.append(("Actual", .right)) }
    columns += [("TBC", .right), ("N/A", .right)]
    var table = TextTable(columns)
    func row(_ label: String, _ summary: CostSummary) -> [String] {
      var cells = [
        label, summary.ridNotation, Self.cell(summary.firm), Self.cell(summary.estimate),
      ]
      if showsActual { cells.append(Self.cell(summary.actual)) }
      return cells + [String(summary.tbc), String(summary.notApplicable)]
    }
    for group in groups { table.append(row(group.label, group.summary)) }
    table.rule()
    if dimension != .party {
      for party in parties { table.append(row("\(party.label) total", party.summary)) }
    }
    table.append(row("Total", total))
    return table
  }

  private static func cell(_ range: CostRange) -> String {
    range == .zero ? "-" : range.ridNotation
  }

  /// A sentence under the table when a total is incomplete.
  var caveat: String? {
    guard total.tbc > 0 else { return nil }
    let lines = total.tbc == 1 ? "1 cost is" : "\(total.tbc) costs are"
    return "\(lines) TBC and not in the sums: the true total is at least the amount shown."
  }

  /// The report as aligned text for the terminal.
  var plainText: String { plainText(colour: false) }

  /// The report for the terminal, with colour when `colour` is set.
  func plainText(colour: Bool) -> String {
    var text = heading + "\n\n" + table.aligned(colour: colour)
    if let caveat { text += "\n" + caveat + "\n" }
    return text
  }

  /// The report as Markdown.
  var markdown: String {
    var text = "**\(heading)**\n\n" + table.markdown
    if let caveat { text += "\n" + caveat + "\n" }
    return text
  }

  /// The report as CSV: one row per group, party and the total, amounts as plain decimals.
  var csv: [UInt8] {
    var writer = CSVWriter()
    writer.writeRow([
      "scope", "key", "label", "low", "high", "firm_low", "firm_high", "estimate_low",
      "estimate_high", "actual_low", "actual_high", "tbc", "na", "lines",
    ])
    func write(_ scope: String, _ key: String, _ label: String, _ summary: CostSummary) {
      writer.writeRow(
        [scope, key, label]
          + [summary.priced, summary.firm, summary.estimate, summary.actual].flatMap {
            [$0.low.plainDecimal, $0.high.plainDecimal]
          }
          + [String(summary.tbc), String(summary.notApplicable), String(summary.lines)])
    }
    for group in groups { write(dimension.rawValue, group.key, group.label, group.summary) }
    for party in parties { write("party", party.key, party.label, party.summary) }
    write("total", "", "Total", total)
    return writer.bytes
  }
}
