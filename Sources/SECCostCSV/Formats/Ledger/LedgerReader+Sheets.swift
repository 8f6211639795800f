import SECCost

extension LedgerReader {
  /// Reads `path`, a CSV file written from a workbook's sheet (one record per sheet row, field
  /// *n* column *n*, every text as typed), as `read(_:includingText:_:)` reads a ledger file,
  /// with every problem and line located in the sheet by `map` (`FILE.xlsx:Sheet!B7`) and the
  /// file's report named after the workbook and sheet. Its amounts read as a `,` file's, whatever
  /// the options say; its text cells are literal (no spreadsheet guard is taken off). `body`
  /// gets each line with its sheet row. The file must stay until the reader is done.
  package func read(
    _ path: String, sheet map: SheetRowMap, includingText: Bool = true,
    _ body: (LedgerLine, _ row: Int) -> Void
  ) {
    sheetMaps[path] = map
    let first = reports.count
    read(path, includingText: includingText) { line, number in body(line, map.row(ofLine: number)) }
    for index in first..<reports.count {
      reports[index].path = "\(map.workbook) (sheet \(map.sheet))"
    }
  }

  /// `issue`, read from a sheet's CSV, located in the sheet instead.
  func located(_ issue: LedgerIssue, in map: SheetRowMap) -> LedgerIssue {
    var column: Int?
    if let name = issue.column {
      column = sheetColumns[name] ?? map.headerNames.firstIndex(of: name)
      if column == nil, name.hasPrefix("field "), let number = Int(name.dropFirst(6)), number > 0 {
        column = number - 1
      }
    }
    return LedgerIssue(
      file: map.workbook, line: map.row(ofLine: issue.line), column: issue.column,
      message: issue.message, kind: issue.kind, severity: issue.severity,
      sheet: SheetPlace(sheet: map.sheet, column: column))
  }

  /// Each column name the reader reports problems under, with its 0-based column.
  static func columnIndex(of layout: FileLayout) -> [String: Int] {
    var index: [String: Int] = [:]
    switch layout {
    case .ledger(let header):
      for (position, column) in header.columns.enumerated() {
        if let column, index[column.name] == nil { index[column.name] = position }
      }
    case .wide(let header):
      for (position, column) in header.columns.enumerated() {
        if let column, index[column.header] == nil { index[column.header] = position }
      }
    }
    return index
  }
}

extension LedgerReader {
  /// Whether `names` (a row's cells) is a header the reader reads: the ledger layout's or the
  /// wide layout's, without a problem.
  package static func isHeader(_ names: [String]) -> Bool {
    let cells = names.map { Optional($0) }
    if WideHeader.isWide(names) {
      if case .success = WideHeader.read(cells) { return true }
      return false
    }
    if case .success = LedgerHeader.read(cells) { return true }
    return false
  }

  /// Reports `issue` as one of the reader's own (a problem found before the rows reached it).
  package func add(_ issue: LedgerIssue) {
    report(issue)
  }
}
