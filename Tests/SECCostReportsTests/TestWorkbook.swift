import Foundation
import SECCost
import SECCostOOXML
import SECCostTestSupport
import ZIPFoundation

/// Workbooks built part by part for the reader's tests: any sheet XML, shared strings, styles,
/// hidden sheets; written to a file for `seccost` to read.
struct TestWorkbook {
  struct Sheet {
    var name: String
    var xml: String
    var hidden = false
  }

  var sheets: [Sheet] = []
  var sharedStrings: [String]?
  /// Custom number formats (id, code) and the cellXfs' numFmtIds.
  var numberFormats: [(Int, String)] = []
  var cellFormats: [Int] = [0]
  var date1904 = false

  static let ledgerHeader = [
    "release", "version", "party", "modification", "title", "phase", "basis", "date", "low",
    "high", "likely", "days", "day_rate", "note",
  ]

  /// A worksheet of `rows` (raw `<c>` elements each, or typed cells).
  static func sheetXML(_ rows: [(Int, String)]) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
      + rows.map { "<row r=\"\($0.0)\">\($0.1)</row>" }.joined() + "</sheetData></worksheet>"
  }

  /// An inline-string cell.
  static func text(_ reference: String, _ text: String) -> String {
    "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></is></c>"
  }

  /// A numeric cell holding `value` exactly as written, in cell format `style`.
  static func number(_ reference: String, _ value: String, style: Int = 0) -> String {
    "<c r=\"\(reference)\" s=\"\(style)\"><v>\(value)</v></c>"
  }

  /// A row of text cells from column A, as inline strings (empty texts left out).
  static func textRow(_ row: Int, _ texts: [String]) -> String {
    texts.enumerated().filter { !$0.element.isEmpty }.map {
      text(SheetPlace.letters($0.offset) + String(row), $0.element)
    }.joined()
  }

  /// A row of text cells from column A with some columns' cells given as XML (`cells`), in
  /// column order.
  static func textRow(_ row: Int, _ texts: [String], cells: [Int: String]) -> String {
    (0..<max(texts.count, (cells.keys.max() ?? -1) + 1)).map { column in
      if let cell = cells[column] { return cell }
      guard column < texts.count, !texts[column].isEmpty else { return "" }
      return text(SheetPlace.letters(column) + String(row), texts[column])
    }.joined()
  }

  /// The ledger header as row 1 and `rows` (ledger-layout texts) after it.
  static func ledgerSheet(_ rows: [[String]]) -> String {
    sheetXML(
      [(1, textRow(1, ledgerHeader))]
        + rows.enumerated().map { ($0.offset + 2, textRow($0.offset + 2, $0.element)) })
  }

  /// A DCC firm line in the ledger layout with `low` (and `high`) as text.
  static func line(modification: String = "MP078", low: String = "100.00") -> [String] {
    ["November 2022", "0.4", "DCC", modification, "A title", "design-build-pit", "firm", "", low, low,
     "", "", "", ""]
  }

  var parts: [(path: String, xml: String)] {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var workbook =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
      + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>"
    var rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    var parts: [(String, String)] = []
    for (index, sheet) in sheets.enumerated() {
      workbook +=
        "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\""
        + (sheet.hidden ? " state=\"hidden\"" : "") + "/>"
      rels +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
      parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml))
    }
    workbook += "</sheets></workbook>"
    rels += "</Relationships>"
    parts.insert(("xl/workbook.xml", workbook), at: 0)
    parts.append(("xl/_rels/workbook.xml.rels", rels))
    if let sharedStrings {
      parts.append(
        ("xl/sharedStrings.xml",
         "<sst xmlns=\"\(main)\">" + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>"))
    }
    let formats = numberFormats.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(XMLText.escaped($0.1))\"/>" }
    parts.append(
      ("xl/styles.xml",
       "<styleSheet xmlns=\"\(main)\"><numFmts>\(formats.joined())</numFmts>"
         + "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>"
         + cellFormats.map { "<xf numFmtId=\"\($0)\"/>" }.joined() + "</cellXfs></styleSheet>"))
    return parts
  }

  /// The workbook's bytes.
  func bytes() throws -> [UInt8] { try OOXMLPackage(parts: parts).bytes() }

  /// Writes the workbook as `name` in `directory`.
  @discardableResult
  func write(_ name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try Data(try bytes()).write(to: url)
    return url
  }

  /// A workbook of one sheet.
  static func single(_ xml: String, name: String = "Ledger") -> TestWorkbook {
    TestWorkbook(sheets: [Sheet(name: name, xml: xml)])
  }
}
