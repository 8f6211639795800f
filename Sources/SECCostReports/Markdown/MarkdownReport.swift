import SECCost

/// The RID's "Costs" section as Markdown, for pasting into a RID or a Panel paper (pandoc turns
/// the footnotes into real Word footnotes).
///
/// Estimates are in `*italics*`; footnote markers are Markdown footnotes (`[^1]`) whose texts
/// follow the table; the ledger's other notes are listed after a rule, apart from the RID's text
/// (in the `panel` style; the `rid` style prints what the RID prints, see ``ReportStyle``).
public enum MarkdownReport {
  /// The report as Markdown text (UTF-8, `\n` line ends, one trailing line end), in `style`.
  public static func render(_ report: CostReport, style: ReportStyle = .panel) -> String {
    var blocks: [String] = []
    let labelled = report.sections.count > 1
    for (index, section) in report.sections.enumerated() {
      blocks += sectionBlocks(
        section, footnotePrefix: labelled ? "\(index + 1)-" : "", style: style)
    }
    if report.sections.isEmpty {
      blocks.append("# \(MarkdownText.escaped(report.title))")
      blocks.append("The ledger has no lines.")
    }
    if let variance = report.variance { blocks += varianceBlocks(variance) }
    let remarks = report.sections.flatMap { section in
      section.remarks.map { (section, $0) }
    }
    let leftOut = report.sections.reduce(0) { $0 + $1.actualLinesLeftOut }
    let versionNotes = report.sections.compactMap(\.versionsNote)
    if style == .panel && (!remarks.isEmpty || leftOut > 0 || !versionNotes.isEmpty) {
      blocks.append("---")
      blocks.append("### Notes on the ledger")
      blocks.append(
        "These are the ledger's notes on its figures (transcription choices, sources), not part"
          + " of the RID's text.")
      var items = versionNotes.map { "- Figures counted: \(MarkdownText.escaped($0))." }
      items += remarks.map { section, remark in
        "- " + (labelled ? "\(MarkdownText.escaped(section.release)), " : "")
          + "\(MarkdownText.escaped(remark.place)): \(MarkdownText.escaped(remark.text))"
      }
      if leftOut > 0 {
        items.append(
          "- \(leftOut) \(leftOut == 1 ? "line" : "lines") of actual spend left out: a RID's cost"
            + " section gives budgets (see `seccost variance` for spend against budget).")
      }
      blocks.append(items.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// The blocks of one release's section.
  static func sectionBlocks(
    _ section: CostSection, footnotePrefix: String, style: ReportStyle = .panel
  ) -> [String] {
    func marker(_ number: Int?) -> String {
      number.map { "[^\(footnotePrefix)\($0)]" } ?? ""
    }
    var blocks = [
      "# \(MarkdownText.escaped(section.title))", CostSection.introduction,
      "## \(CostSection.dccHeading)", MarkdownText.escaped(section.dccTotalSentences(style)),
    ]
    let breakdown = section.breakdown
    if breakdown.hasPhasedFigures {
      blocks.append(CostSection.breakdownIntroduction)
      blocks.append("**\(CostSection.breakdownTitle)**")
      blocks.append(table(breakdown, marker: marker, style: style))
      blocks += section.paragraphsUnderTable(style).map(MarkdownText.escaped)
    } else {
      blocks += section.paragraphsWithoutTable(style).map(MarkdownText.escaped)
    }
    blocks.append("## \(CostSection.secasHeading)")
    blocks.append(
      section.secasSentences.map { MarkdownText.escaped($0.text) + marker($0.footnote) }
        .joined(separator: " "))
    if !section.footnotes.isEmpty {
      blocks.append(
        section.footnotes.map {
          "[^\(footnotePrefix)\($0.number)]: \(MarkdownText.escaped($0.text))"
        }.joined(separator: "\n"))
    }
    return blocks
  }

  /// The breakdown table: a row per modification, the totals row in bold (`panel`; the `rid`
  /// style has no Total row or column and leaves a phase not provided blank, as the RID does).
  static func table(
    _ breakdown: CostBreakdown, marker: (Int?) -> String, style: ReportStyle = .panel
  ) -> String {
    let totals = style.showsTotals
    let headers = ["Modification"] + breakdown.phases.map(\.label) + (totals ? ["Total"] : [])
    var lines = [
      "| " + headers.map(MarkdownText.escaped).joined(separator: " | ") + " |",
      "| --- |" + String(repeating: " ---: |", count: headers.count - 1),
    ]
    for row in breakdown.rows {
      let cells = breakdown.phases.map { phase -> String in
        guard let cell = row.cells[phase] else {
          return totals ? MarkdownText.escaped(row.text(for: phase)) : ""
        }
        let text = MarkdownText.escaped(cell.ridNotation)
        return (cell.isEstimate ? "*\(text)*" : text) + marker(cell.footnote)
      }
      lines.append(
        "| "
          + ([MarkdownText.escaped(row.label)] + cells + (totals ? [row.total.ridNotation] : []))
          .joined(separator: " | ") + " |")
    }
    guard totals else { return lines.joined(separator: "\n") }
    let phaseTotals = breakdown.phases.map { phase in
      breakdown.phaseTotals[phase].map { "**\($0.ridNotation)**" } ?? ""
    }
    lines.append(
      "| "
        + (["**Total**"] + phaseTotals + ["**\(breakdown.total.ridNotation)**"])
        .joined(separator: " | ") + " |")
    return lines.joined(separator: "\n")
  }

  /// The comparison with the baseline: totals per modification and the lines that changed.
  static func varianceBlocks(_ variance: CostReportVariance) -> [String] {
    let report = variance.report
    var blocks = [
      "## Changes since the baseline",
      "Baseline: \(MarkdownText.escaped(variance.baselineLabel)). Current:"
        + " \(MarkdownText.escaped(variance.currentLabel)).",
    ]
    var modifications = [
      "| Modification | Before | After | Change low | Change high |",
      "| --- | ---: | ---: | ---: | ---: |",
    ]
    for group in report.modifications + [report.total] {
      let label =
        group.key.isEmpty && group.label == "Total"
        ? "**Total**" : MarkdownText.escaped(group.label)
      modifications.append(
        "| \(label) | \(VarianceCells.summary(group.before)) | "
          + "\(VarianceCells.summary(group.after)) | \(VarianceCells.change(group.change.low)) | "
          + "\(VarianceCells.change(group.change.high)) |")
    }
    blocks.append(modifications.joined(separator: "\n"))
    let changed = report.lines.filter { $0.status != .unchanged }
    if changed.isEmpty {
      blocks.append("No figure changed.")
    } else {
      var lines = [
        "| Modification | Phase | Before | After | Status |", "| --- | --- | ---: | ---: | --- |",
      ]
      for line in changed {
        lines.append(
          "| \(MarkdownText.escaped(VarianceCells.modification(line.key.modification))) | "
            + "\(MarkdownText.escaped(line.key.phase.label)) | "
            + "\(VarianceCells.figure(line.before?.figure)) | "
            + "\(VarianceCells.figure(line.after?.figure)) | \(line.status.id) |")
      }
      blocks.append(lines.joined(separator: "\n"))
    }
    blocks.append(VarianceCells.statusCounts(report))
    return blocks
  }
}
