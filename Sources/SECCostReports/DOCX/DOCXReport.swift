import SECCost
import SECCostOOXML

/// The RID's "Costs" section as a Word document (`.docx`), for pasting into a RID or a Panel
/// paper: headings, the sentences, the "Breakdown of DCC implementation costs" table (estimates in
/// italic runs, RID notation, TBC, N/A) and real Word footnotes, in the chosen ``ReportStyle``.
///
/// Written from code, no template: `[Content_Types].xml`, `_rels/.rels`, `word/document.xml`,
/// `word/styles.xml`, `word/settings.xml`, `word/footnotes.xml` (with the separator and
/// continuation separator footnotes, ids -1 and 0) and `word/_rels/document.xml.rels`, packed by
/// `OOXMLPackage` (the same bytes for the same report).
///
/// Footnotes are Word's own, numbered by Word: from the RID's first number when the ledger gives
/// the numbers and they follow on (`Footnote 2:`, `Footnote 3:` print 2 and 3, and pasted into a
/// RID they renumber with its other footnotes); as fixed marks when they do not follow on.
///
/// The document holds no charts in either style (a chart in Word would be a picture to keep up to
/// date by hand; the HTML report has them), and no comparison with a baseline (see the Markdown,
/// HTML and XLSX reports). In the `panel` style it adds the Total row and column, seccost's
/// sentences on them, and the ledger's notes after the section.
public enum DOCXReport {
  /// The document's bytes.
  public static func render(_ report: CostReport, style: ReportStyle = .panel) throws -> [UInt8] {
    try OOXMLPackage(parts: parts(report, style: style)).bytes()
  }

  /// The package's parts, in the order they are written.
  static func parts(_ report: CostReport, style: ReportStyle) -> [(path: String, xml: String)] {
    var document = DOCXDocument(report: report, style: style, customMarks: false)
    let marks = document.footnotes.map(\.mark)
    let start = marks.first ?? 1
    let followOn = marks.enumerated().allSatisfy { $0.element == start + $0.offset }
    if !followOn { document = DOCXDocument(report: report, style: style, customMarks: true) }
    let numberFrom = followOn ? start : 1
    let declaration = OOXMLPackage.declaration
    return [
      ("[Content_Types].xml", declaration + DOCXPackageParts.contentTypes),
      ("_rels/.rels", declaration + DOCXPackageParts.packageRelationships),
      ("word/document.xml", declaration + document.documentXML(footnoteStart: numberFrom)),
      ("word/styles.xml", declaration + DOCXStyles.xml),
      ("word/settings.xml", declaration + DOCXPackageParts.settings(footnoteStart: numberFrom)),
      ("word/footnotes.xml", declaration + document.footnotesXML),
      ("word/_rels/document.xml.rels", declaration + DOCXPackageParts.documentRelationships),
    ]
  }
}
