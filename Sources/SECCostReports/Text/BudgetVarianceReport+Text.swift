import SECCost

extension BudgetVarianceReport {
  /// The first line: the budget counted and the spend date.
  var title: String {
    let releases = releases.map { counted in
      counted.version.map { "\(counted.release) (budget v\($0))" } ?? counted.release
    }
    let scope = releases.isEmpty ? "no lines" : releases.joined(separator: ", ")
    let date = asOf.map { ", spend to \($0.iso)" } ?? ", all spend"
    return "Budget against actual spend: \(scope)\(date)"
  }

  /// One row per key, then the total, as cells.
  var table: TextTable {
    let showsRelease = Set(lines.map(\.key.release)).count > 1
    var columns: [(String, TextTable.Alignment)] = showsRelease ? [("Release", .left)] : []
    columns += [
      ("Modification", .left), ("Phase", .left), ("Budget", .left), ("Spent", .right),
      ("Remaining low", .right), ("Remaining high", .right), ("% of low", .right),
      ("% of high", .right), ("Status", .left),
    ]
    var table = TextTable(columns)
    for line in lines {
      var cells = showsRelease ? [line.key.release] : []
      cells += [
        VarianceCells.modification(line.key.modification), line.key.phase.label,
        line.budget.map { VarianceCells.figure($0.figure) } ?? "none", line.spent.formatted,
        line.remaining?.low.formatted ?? "n/a", line.remaining?.high.formatted ?? "n/a",
        VarianceCells.share(line.percentOfLow), VarianceCells.share(line.percentOfHigh),
        line.status.label,
      ]
      table.append(cells)
    }
    table.rule()
    var total = showsRelease ? ["Total"] : []
    total += [
      showsRelease ? "" : "Total", "", budget.ridNotation, spent.amount.formatted,
      remaining.low.formatted, remaining.high.formatted, VarianceCells.share(percentOfLow),
      VarianceCells.share(percentOfHigh), status.label,
    ]
    table.append(total)
    return table
  }

  /// Sentences under the table: what the total includes, what was left out, reconciliation.
  var summary: [String] {
    var sentences = [
      "Spent \(spent.amount.formatted) in \(VarianceCells.count(spent.lines, "spend line")); "
        + "remaining is the budget less all of it."
    ]
    if unbudgeted.lines > 0 {
      sentences.append(
        "Unbudgeted spend: \(unbudgeted.amount.formatted) in "
          + "\(VarianceCells.count(unbudgeted.lines, "line")), on keys with no budget line"
          + " (listed as unbudgeted).")
    }
    if againstTBC.lines > 0 {
      sentences.append(
        "Spend against TBC budgets: \(againstTBC.amount.formatted) in "
          + "\(VarianceCells.count(againstTBC.lines, "line")).")
    }
    if budget.tbc > 0 {
      sentences.append(
        "\(VarianceCells.count(budget.tbc, "budget line")) TBC, not in the budget sums:"
          + " the true budget is at least the amount shown.")
    }
    if let asOf {
      if later.lines > 0 {
        sentences.append(
          "Not counted: \(later.amount.formatted) in \(VarianceCells.count(later.lines, "line"))"
            + " dated after \(asOf.iso).")
      }
      if undated.lines > 0 {
        sentences.append(
          "Not counted: \(undated.amount.formatted) in \(VarianceCells.count(undated.lines, "line"))"
            + " with no date (it cannot be placed before or after \(asOf.iso)).")
      }
    }
    sentences.append(reconciliation.statement)
    return sentences
  }

  /// The report as aligned text for the terminal.
  var plainText: String { plainText(colour: false) }

  /// The report for the terminal, with colour when `colour` is set.
  package func plainText(colour: Bool) -> String {
    title + "\n\n" + table.aligned(colour: colour) + "\n" + summary.joined(separator: "\n") + "\n"
  }

  /// The report as Markdown.
  package var markdown: String {
    "**\(title)**\n\n" + table.markdown + "\n" + summary.joined(separator: "\n\n") + "\n"
  }
}
