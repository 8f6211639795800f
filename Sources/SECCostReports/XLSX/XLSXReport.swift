import SECCostOOXML
import SECCost

/// The report as an Excel workbook (`.xlsx`), for Excel or LibreOffice:
///
/// - **Costs**: per release, the breakdown with each phase as low and high columns (real numbers
///   formatted `£#,##0`, estimates in italics, TBC and N/A as text), totals as live `SUM`
///   formulas and TBC counts as `COUNTIF`, the SECAS effort, the DCC and SECAS totals, and the
///   RID's sentences;
/// - **Notes**: the footnotes (numbered as in the other reports) and the ledger's other notes;
/// - **Ledger**: the ledger in the v1 layout (canonical order, amounts as numbers `0.00`);
/// - **Variance**: with a baseline, every matched line before and after, with `SUM` totals.
public enum XLSXReport {
  /// The workbook's bytes (the same bytes for the same report).
  public static func render(_ report: CostReport) throws -> [UInt8] {
    var sheets = [try costs(report), notes(report), ledger(report)]
    if let variance = report.variance { sheets.append(Self.variance(variance)) }
    return try XLSXWorkbook(sheets: sheets).bytes()
  }

  // MARK: Costs

  /// The columns a sentence of the Costs sheet is wrapped across.
  static let paragraphColumns = 15

  static func costs(_ report: CostReport) throws -> XLSXSheet {
    var sheet = XLSXSheet(name: "Costs")
    sheet.widths = [18, 34] + Array(repeating: 13, count: 12) + [30]
    if report.sections.isEmpty { sheet.append([.text("The ledger has no lines.")]) }
    for section in report.sections {
      if !sheet.rows.isEmpty {
        sheet.append([])
        sheet.append([])
      }
      try append(section, to: &sheet)
    }
    return sheet
  }

  private static func append(_ section: CostSection, to sheet: inout XLSXSheet) throws {
    let breakdown = section.breakdown
    let phases = breakdown.phases
    sheet.append([.text(section.title, .title)])
    sheet.append([.text(CostSection.dccTotalSentenceLabel, .bold)])
    sheet.appendParagraph(section.dccTotalSentence, across: paragraphColumns)
    // The DCC cells' ranges (a low and a high range per phase), for the totals at the end.
    var dccRanges: (low: [String], high: [String])?
    if !breakdown.rows.isEmpty {
      sheet.append([.text(CostSection.breakdownTitle, .bold)])
      // Header: a phase label over its low and high columns, then Low / High.
      let headerRow = sheet.nextRow
      var labels: [XLSXCell] = [.text("Modification", .header), .text("Title", .header)]
      var bounds: [XLSXCell] = [.text("", .header), .text("", .header)]
      let showsRowTotal = phases.count > 1
      for (index, label) in (phases.map(\.label) + (showsRowTotal ? ["Total"] : [])).enumerated() {
        labels += [.text(label, .header), .text("", .header)]
        bounds += [.text("Low", .header), .text("High", .header)]
        let column = 2 + index * 2
        sheet.merges.append(
          XLSXSheet.reference(column, headerRow) + ":" + XLSXSheet.reference(column + 1, headerRow))
      }
      labels.append(.text("Notes", .header))
      bounds.append(.text("", .header))
      sheet.append(labels)
      sheet.append(bounds)
      let firstRow = sheet.nextRow
      var phaseTallies = [Phase: (low: XLSXColumnTotal.Tally, high: XLSXColumnTotal.Tally)]()
      for row in breakdown.rows {
        var rowTally = (low: XLSXColumnTotal.Tally(), high: XLSXColumnTotal.Tally())
        let rowNumber = sheet.nextRow
        var cells: [XLSXCell] = [.text(row.label, .bold), .text(row.title)]
        var markers: [String] = []
        for phase in phases {
          guard let cell = row.cells[phase] else {
            let text = row.text(for: phase)
            cells += text.isEmpty ? [.empty, .empty] : [.text(text, .figureText), .text(text, .figureText)]
            continue
          }
          var tally = phaseTallies[phase] ?? (XLSXColumnTotal.Tally(), XLSXColumnTotal.Tally())
          switch cell.figure {
          case .priced(_, let range):
            cells += [
              .money(range.low, italic: cell.isEstimate),
              .money(range.high, italic: cell.isEstimate),
            ]
            try tally.low.add(amount: range.low)
            try tally.high.add(amount: range.high)
            try rowTally.low.add(amount: range.low)
            try rowTally.high.add(amount: range.high)
          case .tbc, .notApplicable:
            cells += [.text(cell.ridNotation, .figureText), .text(cell.ridNotation, .figureText)]
            tally.low.add(text: cell.ridNotation)
            tally.high.add(text: cell.ridNotation)
            rowTally.low.add(text: cell.ridNotation)
            rowTally.high.add(text: cell.ridNotation)
          }
          phaseTallies[phase] = tally
          if let footnote = cell.footnote { markers.append("[\(footnote)] \(phase.label)") }
        }
        let lows = phases.indices.map { XLSXSheet.reference(2 + $0 * 2, rowNumber) }
        let highs = phases.indices.map { XLSXSheet.reference(3 + $0 * 2, rowNumber) }
        if showsRowTotal {
          // A row's TBCs stay in its total: "£301,000 + 4 TBC", "TBC".
          cells += [
            XLSXColumnTotal(ranges: lows, countsOtherText: false).cell(rowTally.low),
            XLSXColumnTotal(ranges: highs, countsOtherText: false).cell(rowTally.high),
          ]
        }
        cells.append(.text(markers.joined(separator: "; ")))
        sheet.append(cells)
      }
      let lastRow = sheet.nextRow - 1
      // Totals: live SUM formulas down each column, and TBC counts.
      var totals: [XLSXCell] = [.text("Total", .totalLabel), .text("", .totalLabel)]
      var counts: [XLSXCell] = [.text("TBC (not in the sums)", .bold), .empty]
      func range(_ column: Int) -> String {
        "\(XLSXSheet.column(column))\(firstRow):\(XLSXSheet.column(column))\(lastRow)"
      }
      // A phase's total never shows its TBCs as £0: "TBC" for a phase of only TBCs,
      // "£1,573,801 + 2 TBC" where some are.
      var allTally = (low: XLSXColumnTotal.Tally(), high: XLSXColumnTotal.Tally())
      for (index, phase) in phases.enumerated() {
        let summary = breakdown.phaseTotals[phase] ?? CostSummary()
        let tally = phaseTallies[phase] ?? (XLSXColumnTotal.Tally(), XLSXColumnTotal.Tally())
        totals += [
          XLSXColumnTotal(ranges: [range(2 + index * 2)], countsOtherText: false).cell(tally.low),
          XLSXColumnTotal(ranges: [range(3 + index * 2)], countsOtherText: false).cell(tally.high),
        ]
        try allTally.low.add(amount: tally.low.sum)
        try allTally.high.add(amount: tally.high.sum)
        for _ in 0..<tally.low.tbc { allTally.low.add(text: "TBC") }
        for _ in 0..<tally.high.tbc { allTally.high.add(text: "TBC") }
        let lowColumn = XLSXSheet.column(2 + index * 2)
        counts += [
          XLSXCell(
            value: .formula(
              "COUNTIF(\(lowColumn)\(firstRow):\(lowColumn)\(lastRow),\"TBC\")",
              cached: String(summary.tbc)), style: .integerBold),
          .empty,
        ]
      }
      let lowRange = phases.indices.map { range(2 + $0 * 2) }
      let highRange = phases.indices.map { range(3 + $0 * 2) }
      if showsRowTotal {
        // Over the phase cells, not the row totals (which are text where a row has a TBC).
        totals += [
          XLSXColumnTotal(ranges: lowRange, countsOtherText: false).cell(allTally.low),
          XLSXColumnTotal(ranges: highRange, countsOtherText: false).cell(allTally.high),
        ]
      }
      if showsRowTotal {
        counts.append(
          XLSXCell(
            value: .formula(
              lowRange.map { "COUNTIF(\($0),\"TBC\")" }.joined(separator: "+"),
              cached: String(breakdown.total.tbc)), style: .integerBold))
      }
      sheet.append(totals)
      sheet.append(counts)
      dccRanges = (lowRange, highRange)
      if breakdown.hasEstimates {
        sheet.appendParagraph(CostSection.italicsSentence, across: paragraphColumns, .italicWrap)
      }
      sheet.appendParagraph(CostSection.totalsSentence, across: paragraphColumns, .italicWrap)
      if let combined = section.combinedSentence {
        sheet.appendParagraph(combined, across: paragraphColumns)
      }
    }

    // SECAS effort.
    sheet.append([])
    sheet.append([.text(CostSection.secasHeading, .bold)])
    var secasRanges: (low: [String], high: [String])?
    if !section.secas.isEmpty {
      sheet.append([
        .text("Activity", .header), .text("Modification", .header), .text("Days", .header),
        .text("Day rate", .header), .text("Low", .header), .text("High", .header),
        .text("Basis", .header),
      ])
      let firstRow = sheet.nextRow
      var tally = (low: XLSXColumnTotal.Tally(), high: XLSXColumnTotal.Tally())
      for cost in section.secas {
        let row = sheet.nextRow
        var cells: [XLSXCell] = [.text(cost.phase.label, .bold), .text(cost.modification)]
        if let effort = cost.effort {
          cells += [
            XLSXCell(value: .number(effort.days.plainDecimal), style: .plain),
            .money(effort.dayRate),
          ]
        } else {
          cells += [.empty, .empty]
        }
        let estimate = cost.figure.basis == .estimate
        switch cost.figure {
        case .priced(_, let range):
          var low = XLSXCell.money(range.low, italic: estimate)
          var high = XLSXCell.money(range.high, italic: estimate)
          // SECAS cost = days × day rate, live.
          if let effort = cost.effort, range.low == range.high,
            let formula = XLSXCostFormula.product(
              effort, cost: range.low, days: "C\(row)", rate: "D\(row)")
          {
            low.value = .formula(formula, cached: XLSXCell.decimal(range.low))
            high.value = .formula("E\(row)", cached: XLSXCell.decimal(range.high))
          }
          cells += [low, high]
          try tally.low.add(amount: range.low)
          try tally.high.add(amount: range.high)
        case .tbc, .notApplicable:
          cells += [
            .text(cost.figure.ridNotation, .figureText),
            .text(cost.figure.ridNotation, .figureText),
          ]
          tally.low.add(text: cost.figure.ridNotation)
          tally.high.add(text: cost.figure.ridNotation)
        }
        cells.append(.text(cost.figure.basis.id))
        sheet.append(cells)
      }
      let lastRow = sheet.nextRow - 1
      let ranges = (low: ["E\(firstRow):E\(lastRow)"], high: ["F\(firstRow):F\(lastRow)"])
      sheet.append([
        .text("SECAS total", .totalLabel), .text("", .totalLabel), .text("", .totalLabel),
        .text("", .totalLabel),
        XLSXColumnTotal(ranges: ranges.low, countsOtherText: false).cell(tally.low),
        XLSXColumnTotal(ranges: ranges.high, countsOtherText: false).cell(tally.high),
      ])
      secasRanges = ranges
    }
    sheet.appendParagraph(
      section.secasSentences.map(\.text).joined(separator: " "), across: paragraphColumns)

    // The release's totals, from the cells above: the sums as numbers, the TBCs counted by
    // formula beside them.
    sheet.append([])
    sheet.append([.text("Totals", .bold), .empty, .text("Low", .header), .text("High", .header)])
    func tbcCount(_ ranges: [String]) -> String { XLSXColumnTotal(ranges: ranges).tbcCount }
    func tbcNote(_ count: String, _ tbc: Int, _ style: XLSXStyle = .plain) -> XLSXCell {
      XLSXCell(
        value: .textFormula(
          "IF(\(count)>0,\"+ \"&\(count)&\" TBC\",\"\")", cached: tbc > 0 ? "+ \(tbc) TBC" : ""),
        style: style)
    }
    func totalRow(
      _ label: String, _ summary: CostSummary, ranges: (low: [String], high: [String])?
    ) -> [XLSXCell] {
      guard let ranges else {
        return [
          .text(label), .empty, .money(summary.priced.low), .money(summary.priced.high),
          .text(summary.tbc > 0 ? "+ \(summary.tbc) TBC" : ""),
        ]
      }
      return [
        .text(label), .empty, sum(ranges.low, summary.priced.low),
        sum(ranges.high, summary.priced.high), tbcNote(tbcCount(ranges.low), summary.tbc),
      ]
    }
    let dccRow = sheet.append(totalRow("DCC total", section.dccTotal, ranges: dccRanges))
    let secasRow = sheet.append(totalRow("SECAS total", section.secasTotal, ranges: secasRanges))
    let counts = [dccRanges, secasRanges].compactMap { $0.map { tbcCount($0.low) } }
    sheet.append([
      .text("Total", .totalLabel), .text("", .totalLabel),
      sum(["C\(dccRow):C\(secasRow)"], section.total.priced.low, bold: true),
      sum(["D\(dccRow):D\(secasRow)"], section.total.priced.high, bold: true),
      counts.isEmpty
        ? .text("", .bold)
        : tbcNote("(" + counts.joined(separator: "+") + ")", section.total.tbc, .bold),
    ])
  }

  /// A `SUM` formula over `ranges` whose value is `amount`.
  private static func sum(_ ranges: [String], _ amount: Money, bold: Bool = false) -> XLSXCell {
    XLSXCell(
      value: .formula("SUM(\(ranges.joined(separator: ",")))", cached: XLSXCell.decimal(amount)),
      style: XLSXStyle.money(pence: !amount.isWholePounds, italic: false, bold: bold))
  }

  // MARK: Notes

  static func notes(_ report: CostReport) -> XLSXSheet {
    var sheet = XLSXSheet(name: "Notes")
    sheet.widths = [8, 16, 14, 22, 12, 90]
    sheet.append([
      .text("Note", .header), .text("Release", .header), .text("Modification", .header),
      .text("Phase", .header), .text("Kind", .header), .text("Text", .header),
    ])
    for section in report.sections {
      var places: [Int: [String]] = [:]
      for row in section.breakdown.rows {
        for phase in section.breakdown.phases {
          if let footnote = row.cells[phase]?.footnote {
            places[footnote, default: []].append("\(row.label)|\(phase.label)")
          }
        }
      }
      for cost in section.secas {
        if let footnote = cost.footnote {
          places[footnote, default: []].append(
            "\(cost.modification.isEmpty ? "SECAS" : cost.modification)|\(cost.phase.label)")
        }
      }
      for footnote in section.footnotes {
        let place =
          (places[footnote.number] ?? []).first?.split(separator: "|").map(String.init)
          ?? []
        sheet.append([
          .integer(footnote.number), .text(section.release), .text(place.first ?? ""),
          .text(place.dropFirst().first ?? ""), .text("footnote"), .text(footnote.text, .wrap),
        ])
      }
      for remark in section.remarks {
        sheet.append([
          .empty, .text(section.release),
          .text(remark.modification.isEmpty ? remark.party.id : remark.modification),
          .text(remark.phase.label), .text("remark"), .text(remark.text, .wrap),
        ])
      }
    }
    return sheet
  }

  // MARK: Ledger

  /// The ledger CSV v1 columns, in canonical order.
  static let ledgerColumns = [
    "release", "version", "party", "modification", "title", "phase", "basis", "date", "low",
    "high", "likely", "days", "day_rate", "note",
  ]

  static func ledger(_ report: CostReport) -> XLSXSheet {
    var sheet = XLSXSheet(name: "Ledger")
    sheet.widths = [15, 8, 7, 12, 40, 20, 9, 11, 13, 13, 13, 6, 9, 60]
    sheet.append(ledgerColumns.map { .text($0, .header) })
    func amount(_ money: Money?) -> XLSXCell {
      money.map { XLSXCell(value: .number($0.plainDecimal), style: .decimal) } ?? .empty
    }
    for line in report.lines {
      sheet.append([
        .text(line.release), .text(line.version), .text(line.party.id), .text(line.modification),
        .text(line.title), .text(line.phase.id), .text(line.figure.basis.id),
        .text(line.date?.iso ?? ""), amount(line.figure.range?.low),
        amount(line.figure.range?.high), amount(line.likely),
        line.effort.map { XLSXCell(value: .number($0.days.plainDecimal), style: .plain) } ?? .empty,
        amount(line.effort?.dayRate), .text(line.note),
      ])
    }
    return sheet
  }

  // MARK: Variance

  static func variance(_ variance: CostReportVariance) -> XLSXSheet {
    var sheet = XLSXSheet(name: "Variance")
    sheet.widths = [15, 16, 20, 10, 10, 13, 13, 10, 13, 13, 13, 13]
    sheet.append([.text("Baseline: \(variance.baselineLabel)", .bold)])
    sheet.append([.text("Current: \(variance.currentLabel)", .bold)])
    sheet.append(
      [
        "Release", "Modification", "Phase", "Status", "Before basis", "Before low", "Before high",
        "After basis", "After low", "After high", "Change low", "Change high",
      ].map { .text($0, .header) })
    let firstRow = sheet.nextRow
    func side(_ entry: VarianceEntry?) -> [XLSXCell] {
      guard let entry else { return [.empty, .empty, .empty] }
      let estimate = entry.figure.basis == .estimate
      switch entry.figure {
      case .priced(_, let range):
        return [
          .text(entry.figure.basis.id), .money(range.low, italic: estimate),
          .money(range.high, italic: estimate),
        ]
      case .tbc, .notApplicable:
        return [
          .text(entry.figure.basis.id), .text(entry.figure.ridNotation, .figureText),
          .text(entry.figure.ridNotation, .figureText),
        ]
      }
    }
    for line in variance.report.lines {
      sheet.append(
        [
          .text(line.key.release), .text(VarianceCells.modification(line.key.modification)),
          .text(line.key.phase.label), .text(line.status.id),
        ] + side(line.before) + side(line.after) + [
          .money(line.change.low), .money(line.change.high),
        ])
    }
    let lastRow = sheet.nextRow - 1
    let total = variance.report.total
    var totals: [XLSXCell] = [
      .text("Total", .totalLabel), .text("", .totalLabel), .text("", .totalLabel),
      .text("", .totalLabel), .text("", .totalLabel),
    ]
    totals += [
      sum(["F\(firstRow):F\(lastRow)"], total.before.priced.low, bold: true),
      sum(["G\(firstRow):G\(lastRow)"], total.before.priced.high, bold: true),
      .text("", .totalLabel),
      sum(["I\(firstRow):I\(lastRow)"], total.after.priced.low, bold: true),
      sum(["J\(firstRow):J\(lastRow)"], total.after.priced.high, bold: true),
      sum(["K\(firstRow):K\(lastRow)"], total.change.low, bold: true),
      sum(["L\(firstRow):L\(lastRow)"], total.change.high, bold: true),
    ]
    sheet.append(totals)
    sheet.append([.text(VarianceCells.statusCounts(variance.report))])
    return sheet
  }
}
