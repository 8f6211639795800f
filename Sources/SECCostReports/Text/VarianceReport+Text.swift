import SECCost

extension VarianceReport {
  /// The first line: what is compared with what.
  func title(_ heading: VarianceHeading) -> String {
    "Variance: \(heading.baseline.description) → \(heading.current.description)"
  }

  /// The matched lines as cells, notes numbered for a listing under the table.
  func lineTable(notes: inout NoteNumbers) -> TextTable {
    let showsRelease = releases.count > 1
    var columns: [(String, TextTable.Alignment)] = showsRelease ? [("Release", .left)] : []
    columns += [
      ("Modification", .left), ("Phase", .left), ("Before", .left), ("After", .left),
      ("Change low", .right), ("%", .right), ("Change high", .right), ("%", .right),
      ("Status", .left),
    ]
    if threshold != nil { columns.append(("!", .left)) }
    columns.append(("Note", .left))
    var table = TextTable(columns)
    for line in lines {
      var cells = showsRelease ? [line.key.release] : []
      cells += [
        VarianceCells.modification(line.key.modification), line.key.phase.label,
        VarianceCells.figure(line.before?.figure), VarianceCells.figure(line.after?.figure),
        VarianceCells.change(line.change.low), VarianceCells.percent(line.change.lowPercent),
        VarianceCells.change(line.change.high), VarianceCells.percent(line.change.highPercent),
        line.status.id,
      ]
      if threshold != nil { cells.append(line.flagged ? "!" : "") }
      cells.append(notes.reference(line.note))
      table.append(cells)
    }
    return table
  }

  /// Totals of `groups` then the overall total, as cells.
  func totalsTable(_ groups: [GroupVariance], heading: String) -> TextTable {
    var table = TextTable([
      (heading, .left), ("Before", .left), ("After", .left), ("Change low", .right),
      ("%", .right), ("Change high", .right), ("%", .right),
    ])
    func row(_ group: GroupVariance) -> [String] {
      [
        group.label, VarianceCells.summary(group.before), VarianceCells.summary(group.after),
        VarianceCells.change(group.change.low), VarianceCells.percent(group.change.lowPercent),
        VarianceCells.change(group.change.high), VarianceCells.percent(group.change.highPercent),
      ]
    }
    for group in groups { table.append(row(group)) }
    table.rule()
    table.append(row(total))
    return table
  }

  /// Sentences under the tables: the statuses counted, lines flagged or left out, TBCs.
  func summary(_ heading: VarianceHeading) -> [String] {
    var sentences = [VarianceCells.statusCounts(self)]
    if hiddenUnchanged > 0 {
      sentences.append(
        "\(VarianceCells.count(hiddenUnchanged, "unchanged line")) not listed (--only-changed);"
          + " the totals count them.")
    }
    if let threshold {
      sentences.append(
        "\(VarianceCells.count(flaggedCount, "line")) over the threshold of \(threshold)"
          + " (marked !).")
    }
    if total.before.tbc > 0 || total.after.tbc > 0 {
      sentences.append(
        "TBC costs are counted, never added as £0: \(total.before.tbc) TBC before,"
          + " \(total.after.tbc) after; a total can fall because a figure became TBC.")
    }
    if heading.ignoredSpendLines > 0 {
      sentences.append(
        "\(VarianceCells.count(heading.ignoredSpendLines, "line")) of actual spend not compared"
          + " here (see --mode budget).")
    }
    return sentences
  }

  /// The report as aligned text for the terminal.
  package func plainText(_ heading: VarianceHeading, colour: Bool = false) -> String {
    var notes = NoteNumbers()
    var text = title(heading) + "\n"
    if lines.isEmpty {
      text += "\nNo lines to list.\n"
    } else {
      text += "\n" + lineTable(notes: &notes).aligned(colour: colour)
    }
    text += "\n" + totalsTable(phases, heading: "Phase").aligned(colour: colour)
    text += "\n" + totalsTable(modifications, heading: "Modification").aligned(colour: colour)
    text += "\n" + summary(heading).joined(separator: "\n") + "\n"
    if !notes.notes.isEmpty { text += "\nNotes:\n" + notes.listing }
    return text
  }

  /// The report as Markdown.
  package func markdown(_ heading: VarianceHeading) -> String {
    var notes = NoteNumbers()
    var text = "**\(title(heading))**\n"
    if !lines.isEmpty { text += "\n" + lineTable(notes: &notes).markdown }
    text += "\n**Totals by phase**\n\n" + totalsTable(phases, heading: "Phase").markdown
    text += "\n**Totals by modification**\n\n"
    text += totalsTable(modifications, heading: "Modification").markdown
    text += "\n" + summary(heading).joined(separator: "\n") + "\n"
    if !notes.notes.isEmpty {
      text +=
        "\nNotes:\n\n"
        + notes.notes.enumerated().map { "\($0.offset + 1). \($0.element)\n" }
        .joined()
    }
    return text
  }
}
