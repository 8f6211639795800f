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
    var sheets = [costs(report), notes(report), ledger(report)]
    if let variance = report.variance { sheets.append(Self.variance(variance)) }
    return try XLSXWorkbook(sheets: sheets).bytes()
  }

  // MARK: Costs

  static func costs(_ report: CostReport) -> XLSXSheet {
    var sheet = XLSXSheet(name: "Costs")
    sheet.widths = [18, 34] + Array(repeating: 13, count: 12) + [30]
    if report.sections.isEmpty { sheet.append([.text("The ledger has no lines.")]) }
    for section in report.sections {
      if !sheet.rows.isEmpty {
        sheet.append([])
        sheet.append([])
      }
      append(section, to: &sheet)
    }
    return sheet
  }

  private static func append(_ section: CostSection, to sheet: inout XLSXSheet) {
    let breakdown = section.breakdown
    let phases = breakdown.phases
    sheet.append([.text(section.title, .title)])
    sheet.append([.text(CostSection.dccTotalSentenceLabel, .bold)])
    sheet.append([.text(section.dccTotalSentence)])
    var dccTotalCells: (low: String, high: String)?
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
      let totalColumn = 2 + phases.count * 2
      for row in breakdown.rows {
        let rowNumber = sheet.nextRow
        var cells: [XLSXCell] = [.text(row.label, .bold), .text(row.title)]
        var markers: [String] = []
        for phase in phases {
          guard let cell = row.cells[phase] else {
            let text = row.text(for: phase)
            cells += text.isEmpty ? [.empty, .empty] : [.text(text, .figureText), .text(text, .figureText)]
            continue
          }
          switch cell.figure {
          case .priced(_, let range):
            cells += [
              .money(range.low, italic: cell.isEstimate),
              .money(range.high, italic: cell.isEstimate),
            ]
          case .tbc, .notApplicable:
            cells += [.text(cell.ridNotation, .figureText), .text(cell.ridNotation, .figureText)]
          }
          if let footnote = cell.footnote { markers.append("[\(footnote)] \(phase.label)") }
        }
        let lows = phases.indices.map { XLSXSheet.reference(2 + $0 * 2, rowNumber) }
        let highs = phases.indices.map { XLSXSheet.reference(3 + $0 * 2, rowNumber) }
        if showsRowTotal {
          cells += [sum(lows, row.total.priced.low), sum(highs, row.total.priced.high)]
        }
        cells.append(.text(markers.joined(separator: "; ")))
        sheet.append(cells)
      }
      let lastRow = sheet.nextRow - 1
      // Totals: live SUM formulas down each column, and TBC counts.
      let totalRow = sheet.nextRow
      var totals: [XLSXCell] = [.text("Total", .totalLabel), .text("", .totalLabel)]
      var counts: [XLSXCell] = [.text("TBC (not in the sums)", .bold), .empty]
      for (index, phase) in phases.enumerated() {
        let summary = breakdown.phaseTotals[phase] ?? CostSummary()
        for (offset, amount) in [summary.priced.low, summary.priced.high].enumerated() {
          let column = XLSXSheet.column(2 + index * 2 + offset)
          totals.append(sum(["\(column)\(firstRow):\(column)\(lastRow)"], amount, bold: true))
        }
        let lowColumn = XLSXSheet.column(2 + index * 2)
        counts += [
          XLSXCell(
            value: .formula(
              "COUNTIF(\(lowColumn)\(firstRow):\(lowColumn)\(lastRow),\"TBC\")",
              cached: String(summary.tbc)), style: .integerBold),
          .empty,
        ]
      }
      for (offset, amount) in [breakdown.total.priced.low, breakdown.total.priced.high]
        .enumerated() where showsRowTotal
      {
        let column = XLSXSheet.column(totalColumn + offset)
        totals.append(sum(["\(column)\(firstRow):\(column)\(lastRow)"], amount, bold: true))
      }
      let lowRange = phases.indices.map { index -> String in
        let column = XLSXSheet.column(2 + index * 2)
        return "\(column)\(firstRow):\(column)\(lastRow)"
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
      let dccColumn = showsRowTotal ? totalColumn : 2
      dccTotalCells = (
        XLSXSheet.reference(dccColumn, totalRow), XLSXSheet.reference(dccColumn + 1, totalRow)
      )
      if breakdown.hasEstimates { sheet.append([.text(CostSection.italicsSentence, .italic)]) }
      sheet.append([.text(CostSection.totalsSentence, .italic)])
      if let combined = section.combinedSentence { sheet.append([.text(combined)]) }
    }

    // SECAS effort.
    sheet.append([])
    sheet.append([.text(CostSection.secasHeading, .bold)])
    var secasTotalCells: (low: String, high: String)?
    if !section.secas.isEmpty {
      sheet.append([
        .text("Activity", .header), .text("Modification", .header), .text("Days", .header),
        .text("Day rate", .header), .text("Low", .header), .text("High", .header),
        .text("Basis", .header),
      ])
      let firstRow = sheet.nextRow
      for cost in section.secas {
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
          cells += [.money(range.low, italic: estimate), .money(range.high, italic: estimate)]
        case .tbc, .notApplicable:
          cells += [
            .text(cost.figure.ridNotation, .figureText),
            .text(cost.figure.ridNotation, .figureText),
          ]
        }
        cells.append(.text(cost.figure.basis.id))
        sheet.append(cells)
      }
      let lastRow = sheet.nextRow - 1
      let totalRow = sheet.nextRow
      sheet.append([
        .text("SECAS total", .totalLabel), .text("", .totalLabel), .text("", .totalLabel),
        .text("", .totalLabel),
        sum(["E\(firstRow):E\(lastRow)"], section.secasTotal.priced.low, bold: true),
        sum(["F\(firstRow):F\(lastRow)"], section.secasTotal.priced.high, bold: true),
      ])
      secasTotalCells = ("E\(totalRow)", "F\(totalRow)")
    }
    sheet.append([
      .text(section.secasSentences.map(\.text).joined(separator: " "))
    ])

    // The release's totals, from the cells above.
    sheet.append([])
    sheet.append([.text("Totals", .bold), .empty, .text("Low", .header), .text("High", .header)])
    func totalRow(_ label: String, _ summary: CostSummary, cells: (low: String, high: String)?)
      -> [XLSXCell]
    {
      let low =
        cells.map {
          XLSXCell(
            value: .formula($0.low, cached: XLSXCell.decimal(summary.priced.low)),
            style: XLSXStyle.money(
              pence: !summary.priced.low.isWholePounds, italic: false, bold: false))
        } ?? .money(summary.priced.low)
      let high =
        cells.map {
          XLSXCell(
            value: .formula($0.high, cached: XLSXCell.decimal(summary.priced.high)),
            style: XLSXStyle.money(
              pence: !summary.priced.high.isWholePounds, italic: false, bold: false))
        } ?? .money(summary.priced.high)
      return [
        .text(label), .empty, low, high, .text(summary.tbc > 0 ? "+ \(summary.tbc) TBC" : ""),
      ]
    }
    let dccRow = sheet.append(totalRow("DCC total", section.dccTotal, cells: dccTotalCells))
    let secasRow = sheet.append(totalRow("SECAS total", section.secasTotal, cells: secasTotalCells))
    sheet.append([
      .text("Total", .totalLabel), .text("", .totalLabel),
      sum(["C\(dccRow):C\(secasRow)"], section.total.priced.low, bold: true),
      sum(["D\(dccRow):D\(secasRow)"], section.total.priced.high, bold: true),
      .text(section.total.tbc > 0 ? "+ \(section.total.tbc) TBC" : "", .bold),
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
