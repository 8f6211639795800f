extension CostSection {
  /// One section per release in `lines`, in release date order, each from the lines
  /// ``CountedLedger`` counts: each key's latest version, carried forward where a later version
  /// leaves it out; with `onlyVersion`, exactly the lines of that document version.
  ///
  /// - Throws: ``MoneyError/overflow`` if a total leaves the representable range.
  public static func sections(of lines: [LedgerLine], onlyVersion: String? = nil)
    throws(MoneyError) -> [CostSection]
  {
    var ledger = CountedLedger(onlyVersion: onlyVersion)
    ledger.add(contentsOf: lines)
    let counted = ledger.counted()
    var byRelease: [String: [LedgerLine]] = [:]
    for line in Ledger(lines: counted.lines).canonicalLines {
      byRelease[line.release, default: []].append(line)
    }
    var missingByRelease: [String: [MissingFigure]] = [:]
    for gap in counted.missing { missingByRelease[gap.release, default: []].append(gap) }
    var sections: [CostSection] = []
    for versions in counted.releases {
      let release = versions.release
      sections.append(
        try CostSection(
          release: release, versions: versions, lines: byRelease[release] ?? [],
          missing: missingByRelease[release] ?? [], counted: counted))
    }
    return sections
  }

  /// The section of one release from its counted lines (in canonical order).
  init(
    release: String, versions: ReleaseVersions, lines: [LedgerLine], missing: [MissingFigure],
    counted: CountedFigures
  ) throws(MoneyError) {
    var footnotes = FootnoteNumbers()
    var remarks: [ReportRemark] = []
    let figures = lines.filter { $0.figure.basis != .actual }

    // DCC: a row per modification, cells by phase.
    var rowLines: [String: [LedgerLine]] = [:]
    for line in figures where line.party == .dcc {
      rowLines[line.modification, default: []].append(line)
    }
    var missingPhases: [String: Set<Phase>] = [:]
    for gap in missing { missingPhases[gap.modification, default: []].insert(gap.phase) }
    let usedPhases = Set(figures.filter { $0.party == .dcc }.map(\.phase))
    var phases = Phase.allCases.filter { $0.party == .dcc && $0 != .total }
    if usedPhases.subtracting([.total]).isEmpty { phases = [] }
    if usedPhases.contains(.total) { phases.append(.total) }
    var rows: [BreakdownRow] = []
    var phaseTotals: [Phase: CostSummary] = [:]
    var standalonePhaseTotals: [Phase: CostSummary] = [:]
    var dccTotal = CostSummary()
    var standaloneTotal: CostSummary?
    for modification in rowLines.keys.sorted(by: ModificationOrder.precedes) {
      let lines = rowLines[modification] ?? []
      var byPhase: [Phase: LedgerLine] = [:]
      for line in lines where byPhase[line.phase] == nil { byPhase[line.phase] = line }
      var cells: [Phase: BreakdownCell] = [:]
      var rowTotal = CostSummary()
      let notProvided = missingPhases[modification] ?? []
      for phase in phases {
        if notProvided.contains(phase) {
          rowTotal.addMissing()
          phaseTotals[phase, default: CostSummary()].addMissing()
          dccTotal.addMissing()
          continue
        }
        guard let line = byPhase[phase] else { continue }
        let footnote = footnotes.number(for: line, remarks: &remarks)
        cells[phase] = BreakdownCell(figure: line.figure, footnote: footnote)
        try rowTotal.add(line.figure)
        if counted.combinedFigure(covering: line) != nil {
          try standalonePhaseTotals[phase, default: CostSummary()].add(line.figure)
          var sum = standaloneTotal ?? CostSummary()
          try sum.add(line.figure)
          standaloneTotal = sum
          continue
        }
        try phaseTotals[phase, default: CostSummary()].add(line.figure)
        try dccTotal.add(line.figure)
      }
      rows.append(
        BreakdownRow(
          modification: modification, title: lines.first?.title ?? "", cells: cells,
          total: rowTotal, notProvided: notProvided))
    }

    // SECAS: a sentence per line, in canonical order.
    var secas: [SECASCost] = []
    var secasTotal = CostSummary()
    for line in figures where line.party == .secas {
      let footnote = footnotes.number(for: line, remarks: &remarks)
      secas.append(
        SECASCost(
          modification: line.modification, phase: line.phase, figure: line.figure,
          effort: line.effort, footnote: footnote, sourceWording: SECASCost.quotedWording(line.note)
        ))
      try secasTotal.add(line.figure)
    }
    var total = dccTotal
    try total.add(secasTotal)

    // The numbers the RID printed, when the ledger gives them (cells and sentences refer to them).
    let printed = footnotes.printedNumbers()
    if printed != nil {
      rows = rows.map { row in
        BreakdownRow(
          modification: row.modification, title: row.title,
          cells: row.cells.mapValues { cell in
            BreakdownCell(figure: cell.figure, footnote: cell.footnote.flatMap { printed?[$0] })
          }, total: row.total, notProvided: row.notProvided)
      }
      secas = secas.map { cost in
        SECASCost(
          modification: cost.modification, phase: cost.phase, figure: cost.figure,
          effort: cost.effort, footnote: cost.footnote.flatMap { printed?[$0] },
          sourceWording: cost.sourceWording)
      }
    }

    self.release = release
    self.version = versions.latest
    self.versions = versions
    self.breakdown = CostBreakdown(
      phases: phases, rows: rows, phaseTotals: phaseTotals, total: dccTotal,
      standalonePhaseTotals: standalonePhaseTotals, standaloneTotal: standaloneTotal)
    self.secas = secas
    self.secasTotal = secasTotal
    self.total = total
    self.footnotes = footnotes.footnotes.map { footnote in
      ReportFootnote(
        number: printed?[footnote.number] ?? footnote.number, text: footnote.text,
        sourceNumber: footnote.sourceNumber)
    }
    self.remarks = remarks
    self.actualLinesLeftOut = lines.count - figures.count
    self.modificationsWithoutDCCCosts = rows.filter { row in
      !row.modification.isEmpty && !row.cells.isEmpty && row.notProvided.isEmpty
        && row.cells.values.allSatisfy { $0.figure == .notApplicable }
    }.map(\.modification)
  }
}

/// Numbers footnotes in the order their markers appear; the same text twice is one footnote.
/// When the ledger gives every footnote of the section a number of its own (`Footnote 2:`), the
/// RID's numbers are kept (a RID numbers footnotes across the whole document).
private struct FootnoteNumbers {
  private(set) var footnotes: [ReportFootnote] = []

  /// The footnote number of `line`'s note, if it is a RID footnote; any other note is appended to
  /// `remarks`.
  mutating func number(for line: LedgerLine, remarks: inout [ReportRemark]) -> Int? {
    switch LedgerNote(line.note) {
    case nil:
      return nil
    case .remark(let text):
      remarks.append(
        ReportRemark(
          party: line.party, modification: line.modification, phase: line.phase, text: text))
      return nil
    case .footnote(let sourceNumber, let text):
      if let existing = footnotes.first(where: { $0.text == text }) { return existing.number }
      let footnote = ReportFootnote(
        number: footnotes.count + 1, text: text, sourceNumber: sourceNumber)
      footnotes.append(footnote)
      return footnote.number
    }
  }

  /// The number each footnote is printed with, by its number in marker order, when every
  /// footnote has a source number and no two share one; `nil` to keep 1, 2, … in marker order.
  func printedNumbers() -> [Int: Int]? {
    guard !footnotes.isEmpty else { return nil }
    var printed: [Int: Int] = [:]
    var used: Set<Int> = []
    for footnote in footnotes {
      guard let source = footnote.sourceNumber, source > 0, used.insert(source).inserted else {
        return nil
      }
      printed[footnote.number] = source
    }
    return printed
  }
}
