extension CostSection {
  /// One section per release in `lines`, in release date order, each from the release's latest
  /// document version (and its lines with no version).
  ///
  /// - Throws: ``MoneyError/overflow`` if a total leaves the representable range.
  public static func sections(of lines: [LedgerLine]) throws(MoneyError) -> [CostSection] {
    var latest: [String: String] = [:]
    for line in lines where !line.version.isEmpty {
      if let current = latest[line.release], !NaturalOrder.precedes(current, line.version) {
        continue
      }
      latest[line.release] = line.version
    }
    var byRelease: [String: [LedgerLine]] = [:]
    for line in Ledger(lines: lines).canonicalLines
    where line.version.isEmpty || latest[line.release] == line.version {
      byRelease[line.release, default: []].append(line)
    }
    var sections: [CostSection] = []
    for release in byRelease.keys.sorted(by: ReleaseOrder.precedes) {
      sections.append(
        try CostSection(release: release, version: latest[release], lines: byRelease[release] ?? [])
      )
    }
    return sections
  }

  /// The section of one release from its lines (in canonical order, one version).
  init(release: String, version: String?, lines: [LedgerLine]) throws(MoneyError) {
    var footnotes = FootnoteNumbers()
    var remarks: [ReportRemark] = []
    let figures = lines.filter { $0.figure.basis != .actual }

    // DCC: a row per modification, cells by phase (the first line of a cell wins).
    var rowLines: [String: [LedgerLine]] = [:]
    for line in figures where line.party == .dcc {
      rowLines[line.modification, default: []].append(line)
    }
    let usedPhases = Set(figures.filter { $0.party == .dcc }.map(\.phase))
    var phases = Phase.allCases.filter { $0.party == .dcc && $0 != .total }
    if usedPhases.subtracting([.total]).isEmpty { phases = [] }
    if usedPhases.contains(.total) { phases.append(.total) }
    var rows: [BreakdownRow] = []
    var phaseTotals: [Phase: CostSummary] = [:]
    var dccTotal = CostSummary()
    for modification in rowLines.keys.sorted(by: ModificationOrder.precedes) {
      let lines = rowLines[modification] ?? []
      var byPhase: [Phase: LedgerLine] = [:]
      for line in lines where byPhase[line.phase] == nil { byPhase[line.phase] = line }
      var cells: [Phase: BreakdownCell] = [:]
      var rowTotal = CostSummary()
      for phase in phases {
        guard let line = byPhase[phase] else { continue }
        let footnote = footnotes.number(for: line, remarks: &remarks)
        cells[phase] = BreakdownCell(figure: line.figure, footnote: footnote)
        try rowTotal.add(line.figure)
        try phaseTotals[phase, default: CostSummary()].add(line.figure)
        try dccTotal.add(line.figure)
      }
      rows.append(
        BreakdownRow(
          modification: modification, title: lines.first?.title ?? "", cells: cells,
          total: rowTotal))
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
    self.version = version
    self.breakdown = CostBreakdown(
      phases: phases, rows: rows, phaseTotals: phaseTotals, total: dccTotal)
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
