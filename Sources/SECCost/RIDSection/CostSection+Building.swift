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
          effort: line.effort, footnote: footnote))
      try secasTotal.add(line.figure)
    }
    var total = dccTotal
    try total.add(secasTotal)

    self.release = release
    self.version = versions.latest
    self.versions = versions
    self.breakdown = CostBreakdown(
      phases: phases, rows: rows, phaseTotals: phaseTotals, total: dccTotal,
      standalonePhaseTotals: standalonePhaseTotals, standaloneTotal: standaloneTotal)
    self.secas = secas
    self.secasTotal = secasTotal
    self.total = total
    self.footnotes = footnotes.footnotes
    self.remarks = remarks
    self.actualLinesLeftOut = lines.count - figures.count
  }
}

/// Numbers footnotes in the order their markers appear; the same text twice is one footnote.
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
}
