import SECCost

/// An Office Open XML workbook written from generated XML, packed as an ``OOXMLPackage`` (byte
/// for byte the same for the same sheets): inline strings (no shared-string table to order), no
/// document properties with dates.
package struct XLSXWorkbook {
  /// The worksheets, in tab order.
  package var sheets: [XLSXSheet]

  /// A workbook of `sheets`.
  package init(sheets: [XLSXSheet]) { self.sheets = sheets }

  /// The parts of the package, in the order they are written.
  package var parts: [(path: String, write: OOXMLPackage.PartWriter)] {
    let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    let officeRelationships =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var contentTypes =
      header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
      + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.spreadsheetml.styles+xml\"/>"
      + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-"
      + "officedocument.extended-properties+xml\"/>"
    for index in sheets.indices {
      contentTypes +=
        "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    contentTypes += "</Types>"
    let rootRelationships =
      header + "<Relationships xmlns=\"\(relationships)\">"
      + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\""
      + " Target=\"xl/workbook.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"\(officeRelationships)/extended-properties\""
      + " Target=\"docProps/app.xml\"/></Relationships>"
    let app =
      header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      + "extended-properties\"><Application>seccost</Application></Properties>"
    var workbook =
      header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\"><sheets>"
    var workbookRelationships = header + "<Relationships xmlns=\"\(relationships)\">"
    for (index, sheet) in sheets.enumerated() {
      workbook +=
        "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\""
        + (sheet.isHidden ? " state=\"hidden\"" : "") + " r:id=\"rId\(index + 1)\"/>"
      workbookRelationships +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(officeRelationships)/worksheet\""
        + " Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    workbook += "</sheets><calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
    workbookRelationships +=
      "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(officeRelationships)/styles\""
      + " Target=\"styles.xml\"/></Relationships>"
    var parts = OOXMLPackage(parts: [
      ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelationships),
      ("docProps/app.xml", app), ("xl/workbook.xml", workbook),
      ("xl/_rels/workbook.xml.rels", workbookRelationships), ("xl/styles.xml", Self.styles),
    ]).parts
    for (index, sheet) in sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.write))
    }
    return parts
  }

  /// The `.xlsx` file's bytes, made in memory (a workbook of a few pages).
  ///
  /// - Throws: what a sheet's `rowSource` throws; ``OOXMLPackageError`` if it cannot be packed.
  package func bytes() throws -> [UInt8] {
    try OOXMLPackage(writing: parts).bytes()
  }

  /// Writes the `.xlsx` file to `path` atomically, a row at a time: no sheet is held whole
  /// (``OOXMLPackage/write(to:)``). The bytes are those of ``bytes()``.
  ///
  /// - Throws: what a sheet's `rowSource` throws; ``OOXMLPackageError`` if it cannot be packed;
  ///   `OutputFileError` if the file cannot be written.
  package func write(to path: String) throws {
    try OOXMLPackage(writing: parts).write(to: path)
  }

  /// The style sheet: number formats `£#,##0` and `£#,##0.00`, fonts (regular, bold, italic,
  /// title), a header fill, a rule above totals; `cellXfs` in ``XLSXStyle`` order.
  package static let styles: String = {
    let xfs: [XLSXStyle: String] = [
      .plain: "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
      .bold:
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
      .title:
        "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
      .header:
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
        + " applyFill=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>",
      .money: money(164, font: 0, border: 0),
      .moneyItalic: money(164, font: 2, border: 0),
      .moneyBold: money(164, font: 1, border: 1),
      .moneyPence: money(165, font: 0, border: 0),
      .moneyPenceItalic: money(165, font: 2, border: 0),
      .moneyPenceBold: money(165, font: 1, border: 1),
      .decimal:
        "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
      .italic:
        "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
      .wrap:
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        + "<alignment wrapText=\"1\" vertical=\"top\"/></xf>",
      .figureText:
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        + "<alignment horizontal=\"right\"/></xf>",
      .integer:
        "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",
      .integerBold:
        "<xf numFmtId=\"1\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
        + " applyFont=\"1\"/>",
      .totalLabel:
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\""
        + " applyBorder=\"1\"/>",
      .italicWrap:
        "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
        + " applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>",
      .figureTextItalic:
        "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
        + " applyAlignment=\"1\"><alignment horizontal=\"right\" wrapText=\"1\"/></xf>",
      .totalText:
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\""
        + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>",
      .textEntry:
        "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
        + " applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>",
    ]
    func money(_ format: Int, font: Int, border: Int) -> String {
      "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"\(border)\" xfId=\"0\""
        + " applyNumberFormat=\"1\" applyFont=\"1\" applyBorder=\"1\"/>"
    }
    let cellXfs = XLSXStyle.allCases.map { xfs[$0] ?? "" }.joined()
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"£#,##0\"/>"
      + "<numFmt numFmtId=\"165\" formatCode=\"£#,##0.00\"/></numFmts>"
      + "<fonts count=\"4\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><i/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
      + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
      + "<fill><patternFill patternType=\"gray125\"/></fill>"
      + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8F1F8\"/>"
      + "<bgColor indexed=\"64\"/></patternFill></fill></fills>"
      + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
      + "<border><left/><right/><top style=\"thin\"><color auto=\"1\"/></top><bottom/><diagonal/>"
      + "</border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
      + "</cellStyleXfs><cellXfs count=\"\(XLSXStyle.allCases.count)\">\(cellXfs)</cellXfs>"
      + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
      + "</cellStyles></styleSheet>"
  }()
}
