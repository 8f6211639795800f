/// `word/styles.xml` of the DOCX report: Arial as RIDs set it, headings, the table title, the
/// footnote styles, and the breakdown's own table style.
///
/// The table style has a name of its own (`SECCost Breakdown`), so pasting the table into a RID
/// brings the style along instead of taking a same-named style of the RID; the table also
/// repeats its borders as direct formatting, so it keeps its grid even where styles are not
/// copied (paste as "merge formatting").
enum DOCXStyles {
  /// The id of the breakdown table's style.
  static let breakdownTable = "SECCostBreakdown"

  /// The part's XML.
  static var xml: String {
    let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    return "<w:styles xmlns:w=\"\(DOCXPackageParts.wordNamespace)\">"
      + "<w:docDefaults><w:rPrDefault><w:rPr>"
      + "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
      + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\"/>"
      + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
      + "<w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/>"
      + "</w:pPr></w:pPrDefault></w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
      + "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
      + heading(1, size: 32) + heading(2, size: 26)
      + "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/>"
      + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
      + "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"80\"/></w:pPr>"
      + "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\">"
      + "<w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
      + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
      + "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\">"
      + "<w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
      + "</w:style>"
      + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
      + "<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
      + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
      + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
      + "</w:tblPr></w:style>"
      + "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"\(breakdownTable)\">"
      + "<w:name w:val=\"SECCost Breakdown\"/><w:basedOn w:val=\"TableNormal\"/>"
      + "<w:pPr><w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
      + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"
      + "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/>"
      + "<w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders></w:tblPr>"
      + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr>"
      + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/></w:tcPr></w:tblStylePr>"
      + "</w:style>"
      + "</w:styles>"
  }

  private static func heading(_ level: Int, size: Int) -> String {
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\">"
      + "<w:name w:val=\"heading \(level)\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:next w:val=\"Normal\"/><w:qFormat/>"
      + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>"
      + "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
      + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>"
      + "</w:style>"
  }
}
