import SECCost

/// The body of the DOCX report and the footnotes it refers to, as WordprocessingML.
struct DOCXDocument {
  /// A footnote of the document: its id in the footnotes part, the number the RID prints, its
  /// text.
  struct Footnote {
    let id: Int
    let mark: Int
    let text: String
  }

  private(set) var body = ""
  private(set) var footnotes: [Footnote] = []
  private let customMarks: Bool

  /// The text width of an A4 page with 2.54 cm margins, in twentieths of a point.
  static let textWidth = 9026

  /// Lays out `report` in `style`; with `customMarks`, each footnote marker is the RID's number
  /// as a fixed mark instead of Word's automatic number.
  init(report: CostReport, style: ReportStyle, customMarks: Bool) {
    self.customMarks = customMarks
    if report.sections.isEmpty {
      paragraph(Self.run(report.title), style: "Heading1")
      paragraph(Self.run("The ledger has no lines."))
    }
    for section in report.sections { add(section, style: style) }
    if style == .panel { addRemarks(report) }
  }

  // MARK: The section

  private mutating func add(_ section: CostSection, style: ReportStyle) {
    paragraph(Self.run(section.title), style: "Heading1")
    paragraph(Self.run(CostSection.introduction))
    paragraph(Self.run(CostSection.dccHeading), style: "Heading2")
    paragraph(Self.run(section.dccTotalSentences(style)))
    let breakdown = section.breakdown
    if breakdown.hasPhasedFigures {
      paragraph(Self.run(CostSection.breakdownIntroduction))
      paragraph(Self.run(CostSection.breakdownTitle), style: "Caption")
      table(section, style: style)
      for text in section.paragraphsUnderTable(style) { paragraph(Self.run(text)) }
    } else {
      for text in section.paragraphsWithoutTable(style) { paragraph(Self.run(text)) }
    }
    paragraph(Self.run(CostSection.secasHeading), style: "Heading2")
    var runs = ""
    for (index, sentence) in section.secasSentences.enumerated() {
      runs += Self.run((index == 0 ? "" : " ") + sentence.text)
      runs += footnoteReference(sentence.footnote, in: section)
    }
    paragraph(runs)
  }

  /// The breakdown: a header row repeated on each page, a row per modification (its id in bold
  /// and its title), figures right-aligned, estimates in italics; in the `panel` style a Total
  /// column and a Total row in bold.
  private mutating func table(_ section: CostSection, style: ReportStyle) {
    let breakdown = section.breakdown
    let totals = style.showsTotals
    let columns = breakdown.phases.count + (totals ? 1 : 0)
    let figureWidth = min(1400, (Self.textWidth - 1500) / max(columns, 1))
    let widths =
      [Self.textWidth - figureWidth * columns] + Array(repeating: figureWidth, count: columns)
    let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    var xml =
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"\(DOCXStyles.breakdownTable)\"/>"
      + "<w:tblW w:w=\"\(Self.textWidth)\" w:type=\"dxa\"/>"
      + "<w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/>"
      + "<w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
      + "<w:tblLayout w:type=\"fixed\"/>"
      // Narrow side margins (0.13 cm), so that £1,886,716 fits a column of seven.
      + "<w:tblCellMar><w:left w:w=\"72\" w:type=\"dxa\"/><w:right w:w=\"72\" w:type=\"dxa\"/>"
      + "</w:tblCellMar>"
      + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\""
      + " w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    let headers = ["Modification"] + breakdown.phases.map(\.label) + (totals ? ["Total"] : [])
    xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    for (index, header) in headers.enumerated() {
      xml += Self.cell(
        Self.run(header, bold: true), width: widths[index], right: index > 0, shaded: true)
    }
    xml += "</w:tr>"
    for row in breakdown.rows {
      xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      var label = Self.run(row.label, bold: true)
      if !row.title.isEmpty { label += "<w:r><w:br/></w:r>" + Self.run(row.title) }
      xml += Self.cell(label, width: widths[0], right: false)
      for (index, phase) in breakdown.phases.enumerated() {
        var runs = ""
        if let cell = row.cells[phase] {
          runs = Self.run(cell.ridNotation, italic: cell.isEstimate)
          runs += footnoteReference(cell.footnote, in: section)
        } else if totals {
          runs = Self.run(row.text(for: phase))
        }
        xml += Self.cell(runs, width: widths[index + 1], right: true)
      }
      if totals {
        xml += Self.cell(Self.run(row.total.ridNotation), width: widths[columns], right: true)
      }
      xml += "</w:tr>"
    }
    if totals {
      xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
      xml += Self.cell(Self.run("Total", bold: true), width: widths[0], right: false)
      for (index, phase) in breakdown.phases.enumerated() {
        let text = breakdown.phaseTotals[phase]?.ridNotation ?? ""
        xml += Self.cell(Self.run(text, bold: true), width: widths[index + 1], right: true)
      }
      xml += Self.cell(
        Self.run(breakdown.total.ridNotation, bold: true), width: widths[columns], right: true)
      xml += "</w:tr>"
    }
    body += xml + "</w:tbl>"
  }

  /// The ledger's notes that are not RID footnotes, after the section (`panel` style).
  private mutating func addRemarks(_ report: CostReport) {
    let labelled = report.sections.count > 1
    var items = report.sections.compactMap(\.versionsNote).map { "Figures counted: \($0)." }
    for section in report.sections {
      items += section.remarks.map { remark in
        (labelled ? "\(section.release), " : "") + "\(remark.place): \(remark.text)"
      }
    }
    let leftOut = report.sections.reduce(0) { $0 + $1.actualLinesLeftOut }
    if leftOut > 0 {
      items.append(
        "\(leftOut) \(leftOut == 1 ? "line" : "lines") of actual spend left out: a RID's cost"
          + " section gives budgets.")
    }
    guard !items.isEmpty else { return }
    paragraph(Self.run("Notes on the ledger"), style: "Heading2")
    paragraph(
      Self.run(
        "These are the ledger's notes on its figures (transcription choices, sources), not part"
          + " of the RID's text."))
    for item in items { paragraph(Self.run(item)) }
  }

  // MARK: Footnotes

  /// The reference to the section's footnote `number` (a new footnote in the part each time: a
  /// Word footnote has one reference).
  private mutating func footnoteReference(_ number: Int?, in section: CostSection) -> String {
    guard let number, let footnote = section.footnotes.first(where: { $0.number == number })
    else { return "" }
    let id = footnotes.count + 1
    footnotes.append(Footnote(id: id, mark: number, text: footnote.text))
    let style = "<w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
    guard customMarks else {
      return "<w:r>\(style)<w:footnoteReference w:id=\"\(id)\"/></w:r>"
    }
    return "<w:r>\(style)<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"\(id)\"/></w:r>"
      + "<w:r>\(style)<w:t>\(number)</w:t></w:r>"
  }

  /// `word/footnotes.xml`: the separator (-1) and continuation separator (0), then each
  /// footnote.
  var footnotesXML: String {
    var xml = "<w:footnotes xmlns:w=\"\(DOCXPackageParts.wordNamespace)\">"
    let spacing = "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
    xml +=
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p>\(spacing)"
      + "<w:r><w:separator/></w:r></w:p></w:footnote>"
    xml +=
      "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p>\(spacing)"
      + "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    let style = "<w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
    for footnote in footnotes {
      let mark = customMarks ? "<w:t>\(footnote.mark)</w:t>" : "<w:footnoteRef/>"
      xml +=
        "<w:footnote w:id=\"\(footnote.id)\"><w:p>"
        + "<w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr><w:r>\(style)\(mark)</w:r>"
        + Self.run(" " + footnote.text) + "</w:p></w:footnote>"
    }
    return xml + "</w:footnotes>"
  }

  // MARK: Document

  /// `word/document.xml`: the body, then an A4 portrait section with footnotes numbered from
  /// `footnoteStart`.
  func documentXML(footnoteStart: Int) -> String {
    "<w:document xmlns:w=\"\(DOCXPackageParts.wordNamespace)\"><w:body>" + body
      + "<w:sectPr>"
      + (footnoteStart == 1
        ? "" : "<w:footnotePr><w:numStart w:val=\"\(footnoteStart)\"/></w:footnotePr>")
      + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\""
      + " w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
  }

  private mutating func paragraph(_ runs: String, style: String? = nil) {
    body +=
      "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "")
      + runs + "</w:p>"
  }

  /// A run of text, escaped, spaces kept.
  static func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
    guard !text.isEmpty else { return "" }
    var properties = ""
    if bold { properties += "<w:b/><w:bCs/>" }
    if italic { properties += "<w:i/><w:iCs/>" }
    return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
      + "<w:t xml:space=\"preserve\">\(XMLText.escaped(text))</w:t></w:r>"
  }

  /// A table cell of `width` holding `runs` in one paragraph; header cells shaded directly too,
  /// so the shading survives a paste that drops the table style.
  static func cell(_ runs: String, width: Int, right: Bool, shaded: Bool = false) -> String {
    "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
      + (shaded ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>" : "")
      + "</w:tcPr><w:p>" + (right ? "<w:pPr><w:jc w:val=\"right\"/></w:pPr>" : "") + runs
      + "</w:p></w:tc>"
  }
}
