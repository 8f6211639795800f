import SECCost

extension TotalsReport {
  /// The first line of a report: what is grouped, and which releases and versions are counted.
  var heading: String {
    let releases = versions.map { counted in
      counted.summary.isEmpty ? counted.release : "\(counted.release) \(counted.summary)"
    }
    return "Totals by \(dimension.rawValue): " + releases.joined(separator: "; ")
  }

  /// Groups, then DCC and SECAS apart, then the overall total, as cells.
  var table: TextTable {
    let showsActual = total.actual != .zero
    var columns: [(String, TextTable.Alignment)] = [
      (dimension.rawValue.capitalized, .left), ("Total", .left), ("Firm", .right),
      ("Estimate", .right),
    ]
    if showsActual { columns.append(("Actual", .right)) }
    columns += [("TBC", .right), ("Not provided", .right), ("N/A", .right)]
    let showsStandalone = standalone != nil
    if showsStandalone { columns.append(("Standalone (replaced by combined)", .left)) }
    var table = TextTable(columns)
    func row(_ label: String, _ summary: CostSummary, _ standalone: CostSummary?) -> [String] {
      var cells = [
        label, summary.ridNotation, Self.cell(summary.firm), Self.cell(summary.estimate),
      ]
      if showsActual { cells.append(Self.cell(summary.actual)) }
      cells += [String(summary.tbc), String(summary.missing), String(summary.notApplicable)]
      if showsStandalone { cells.append(standalone?.ridNotation ?? "") }
      return cells
    }
    for group in groups { table.append(row(group.label, group.summary, group.standalone)) }
    table.rule()
    if dimension != .party {
      for party in parties {
        table.append(row("\(party.label) total", party.summary, party.standalone))
      }
    }
    table.append(row("Total", total, standalone))
    return table
  }

  private static func cell(_ range: CostRange) -> String {
    range == .zero ? "-" : range.ridNotation
  }

  /// A sentence under the table when a total is incomplete.
  var caveat: String? {
    var sentences: [String] = []
    if total.tbc > 0 || total.missing > 0 {
      var parts: [String] = []
      if total.tbc > 0 { parts.append(total.tbc == 1 ? "1 cost is TBC" : "\(total.tbc) costs are TBC") }
      if total.missing > 0 {
        let listed = missing.prefix(8).map { "\($0.modification) \($0.phase.label)" }
        let more = missing.count > listed.count ? ", …" : ""
        parts.append(
          (total.missing == 1 ? "1 DCC phase is" : "\(total.missing) DCC phases are")
            + " not provided (\(listed.joined(separator: ", "))\(more))")
      }
      sentences.append(
        parts.joined(separator: " and ")
          + ": not in the sums; the true total is at least the amount shown.")
    }
    if let standalone {
      sentences.append(
        "The DCC's combined Preliminary Assessment replaces standalone figures of "
          + "\(standalone.ridNotation) in the totals.")
    }
    return sentences.isEmpty ? nil : sentences.joined(separator: "\n")
  }

  /// The report as aligned text for the terminal.
  var plainText: String { plainText(colour: false) }

  /// The report for the terminal, with colour when `colour` is set.
  package func plainText(colour: Bool) -> String {
    var text = heading + "\n\n" + table.aligned(colour: colour)
    if let caveat { text += "\n" + caveat + "\n" }
    return text
  }

  /// The report as Markdown.
  package var markdown: String {
    var text = "**\(heading)**\n\n" + table.markdown
    if let caveat { text += "\n" + caveat + "\n" }
    return text
  }
}
