import SECCost

/// A worksheet: rows of cells, column widths, merged ranges, frozen header rows, drop-down lists;
/// printed on A4 landscape, fitted to the page width.
package struct XLSXSheet {
  /// The tab's name (at most 31 characters, none of `[]:*?/\`).
  package let name: String
  /// An empty sheet named `name`.
  package init(name: String) { self.name = name }

  /// The rows, top to bottom, from row 1.
  package var rows: [[XLSXCell]] = []
  /// Column widths in characters, from column A.
  package var widths: [Int] = []
  /// The style of each column's empty cells, from column A (`nil`: none): what a cell typed in a
  /// new row of that column takes.
  package var columnStyles: [XLSXStyle?] = []
  /// Merged ranges (`C3:D3`).
  package var merges: [String] = []
  /// The number of rows at the top that stay in view when scrolling (0: none).
  package var frozenRows = 0
  /// Drop-down lists: the cells (`C2:C1048576`) and the values they accept.
  package var lists: [(cells: String, values: [String])] = []
  /// Whether the tab is hidden.
  package var isHidden = false
  /// Row heights in points, by 1-based row number, for rows whose wrapped text spans merged
  /// cells (which a spreadsheet does not fit by itself).
  package var heights: [Int: Int] = [:]

  /// The rows below `rows`, made while the sheet is written (``write(_:)``): each call gives
  /// the next row, `nil` after the last. A long sheet's rows are made this way, so that they are
  /// never all held at once. A sheet with a row source is written once (the source is spent).
  package var rowSource: (() throws -> [XLSXCell]?)?

  /// The 1-based number of the next row appended to `rows`.
  package var nextRow: Int { rows.count + 1 }

  /// Appends a row and returns its 1-based number.
  @discardableResult
  package mutating func append(_ row: [XLSXCell]) -> Int {
    rows.append(row)
    return rows.count
  }

  /// Appends `text` as a paragraph: wrapped in a cell merged across the first `columns`
  /// columns, the row as high as the lines it wraps to (about one character per unit of width).
  @discardableResult
  package mutating func appendParagraph(
    _ text: String, across columns: Int, _ style: XLSXStyle = .wrap
  )
    -> Int
  {
    let row = append([.text(text, style)])
    guard columns > 1 else { return row }
    merges.append("A\(row):\(Self.reference(columns - 1, row))")
    let width = max(1, widths.prefix(columns).reduce(0, +))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { max(1, ($0.count + width - 1) / width) }.reduce(0, +)
    if lines > 1 { heights[row] = 15 * lines }
    return row
  }

  /// The attributes of an array formula's `<f>` in cell `reference`, or none.
  static func array(_ cell: XLSXCell, _ reference: String) -> String {
    cell.isArrayFormula ? " t=\"array\" ref=\"\(reference)\"" : ""
  }

  /// The column letters of 0-based column `index`: `A`, …, `Z`, `AA`, ….
  package static func column(_ index: Int) -> String {
    var number = index + 1
    var letters = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters
  }

  /// The reference of a cell: 0-based column, 1-based row (`C5`).
  package static func reference(_ column: Int, _ row: Int) -> String {
    "\(Self.column(column))\(row)"
  }

  /// The worksheet's XML.
  package var xml: String {
    var xml = ""
    // Only `rowSource` throws, and a sheet whose rows are all in `rows` has none.
    try? write { xml += $0 }
    return xml
  }

  /// Writes the worksheet's XML to `emit` in pieces of about 64 KiB: `rows`, then the rows
  /// `rowSource` makes, one at a time, so that a sheet of any length is never held whole.
  ///
  /// - Throws: what `rowSource` or `emit` throws.
  package func write(_ emit: (String) throws -> Void) throws {
    var xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
    if frozenRows > 0 {
      xml +=
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(frozenRows)\""
        + " topLeftCell=\"A\(frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
    }
    if !widths.isEmpty {
      xml += "<cols>"
      for (index, width) in widths.enumerated() {
        let style =
          index < columnStyles.count ? columnStyles[index].map { " style=\"\($0.rawValue)\"" } : nil
        xml +=
          "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\""
          + (style ?? "") + " customWidth=\"1\"/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    var number = 0
    var nextRow = rows.makeIterator()
    while let row = try nextRow.next() ?? rowSource?() {
      number += 1
      if xml.utf8.count >= 65_536 {
        try emit(xml)
        xml = ""
      }
      guard row.contains(where: { if case .empty = $0.value { $0.style != .plain } else { true } })
      else { continue }
      xml +=
        "<row r=\"\(number)\""
        + (heights[number].map { " ht=\"\($0)\" customHeight=\"1\"" } ?? "") + ">"
      for (columnIndex, cell) in row.enumerated() {
        let reference = Self.reference(columnIndex, number)
        let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
        switch cell.value {
        case .empty:
          if cell.style != .plain { xml += "<c r=\"\(reference)\"\(style)/>" }
        case .text(let text):
          let preserve = XLSXText.needsPreserve(text)
          xml +=
            "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t"
            + (preserve ? " xml:space=\"preserve\"" : "")
            + ">\(XLSXText.escaped(text))</t></is></c>"
        case .number(let number):
          xml += "<c r=\"\(reference)\"\(style)><v>\(number)</v></c>"
        case .formula(let formula, let cached):
          xml +=
            "<c r=\"\(reference)\"\(style)><f\(Self.array(cell, reference))>\(XMLText.escaped(formula))</f>"
            + "<v>\(cached)</v></c>"
        case .textFormula(let formula, let cached):
          xml +=
            "<c r=\"\(reference)\"\(style) t=\"str\"><f\(Self.array(cell, reference))>"
            + "\(XMLText.escaped(formula))</f>"
            + "<v>\(XLSXText.escaped(cached))</v></c>"
        }
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    if !merges.isEmpty {
      xml += "<mergeCells count=\"\(merges.count)\">"
      for merge in merges { xml += "<mergeCell ref=\"\(merge)\"/>" }
      xml += "</mergeCells>"
    }
    if !lists.isEmpty {
      xml += "<dataValidations count=\"\(lists.count)\">"
      for list in lists {
        // A literal list: the values, comma-separated, quoted (a `"` doubled).
        let values = list.values.joined(separator: ",").replacingOccurrences(of: "\"", with: "\"\"")
        xml +=
          "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\""
          + " showErrorMessage=\"1\" sqref=\"\(list.cells)\"><formula1>"
          + XMLText.escaped("\"\(values)\"") + "</formula1></dataValidation>"
      }
      xml += "</dataValidations>"
    }
    xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\""
    xml += " footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\""
    xml += " fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
    try emit(xml)
  }
}
