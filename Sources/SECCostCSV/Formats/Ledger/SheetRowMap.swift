import SECCost

/// How the rows of a CSV file written from a workbook's sheet map back to the sheet, so that the
/// ledger reader locates its problems `FILE.xlsx:Sheet!B7` rather than in the CSV it read.
///
/// Each sheet row is one CSV record, field *n* its column *n*; a record may span several CSV
/// lines (a cell with a line break), so the line each record starts on is kept with its row.
package struct SheetRowMap: Sendable {
  /// The workbook as the user named it.
  package let workbook: String
  /// The sheet's name.
  package let sheet: String
  /// The header cells' texts, by 0-based column, to place a header problem.
  package var headerNames: [String] = []
  private var lines: [Int] = []
  private var rows: [Int] = []

  /// A map for `sheet` of `workbook`, with no rows yet.
  package init(workbook: String, sheet: String) {
    self.workbook = workbook
    self.sheet = sheet
  }

  /// Notes that the record starting on CSV line `line` is sheet row `row` (lines ascending).
  package mutating func add(line: Int, row: Int) {
    lines.append(line)
    rows.append(row)
  }

  /// The sheet row of the record starting on CSV `line` (of the last record starting before it,
  /// for a line inside a record); 0 stays 0 (the file as a whole).
  package func row(ofLine line: Int) -> Int {
    guard line > 0 else { return 0 }
    var low = 0
    var high = lines.count
    while low < high {
      let middle = (low + high) / 2
      if lines[middle] <= line { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? line : rows[low - 1]
  }
}
