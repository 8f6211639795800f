import Foundation
import SECCost
import SECCostCSV

/// A worksheet written as CSV through libcsv for the ledger reader, one record per non-empty row
/// (field *n* is column *n*), with how its records map back to the sheet's rows.
///
/// The totals row a ledger workbook ends with is left out: a row whose Release cell is exactly
/// `Total` and whose other cells are all formulas. A `Total` row holding a value that is not a
/// formula is refused, so that a figure typed there is never silently dropped.
package struct SheetCSV {
  /// The CSV file.
  package let path: String
  /// How its records map back to the sheet.
  package private(set) var map: SheetRowMap
  /// The cells that could not be read; their rows are not in the CSV.
  package private(set) var problems: [WorkbookReadError] = []
  /// Whether the first non-empty row is a ledger or wide header.
  package private(set) var hasHeader = false

  /// Writes sheet `sheet` of `workbook` (read from `archive`) to `path`. With `onlyLedger`, stops
  /// after the first non-empty row if it is not a header (`hasHeader` is then false).
  static func write(
    _ sheet: WorkbookIndex.Sheet, of workbook: WorkbookParts, to path: String, onlyLedger: Bool
  ) throws(WorkbookReadError) -> SheetCSV {
    let file = workbook.archive.file
    guard workbook.archive.contains(sheet.part) else {
      throw WorkbookReadError(
        file: file,
        "is a damaged workbook: sheet \(MessageText.escaped(sheet.name))'s part"
          + " \(MessageText.escaped(sheet.part)) is missing")
    }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw WorkbookReadError(
        file: file, "cannot be read: no temporary file could be made for its sheet",
        kind: .unreadable)
    }
    defer { try? handle.close() }
    var result = SheetCSV(path: path, map: SheetRowMap(workbook: file, sheet: sheet.name))
    var writer = CSVWriter()
    var line = 1  // the CSV line the next record starts on
    var releaseColumn: Int?
    var versionColumn: Int?
    var writeFailed = false
    var headerSeen = false
    var headerWidth = 0
    var stoppedEarly = false
    func flush(_ force: Bool) {
      guard force || writer.bytes.count >= 1 << 20 else { return }
      let bytes = writer.drain()
      do { try handle.write(contentsOf: bytes) } catch { writeFailed = true }
    }
    let reader = SheetReader(
      file: file, sheet: sheet.name, strings: workbook.strings, dateStyles: workbook.dateStyles,
      date1904: workbook.index.date1904
    ) { (row: SheetRow) throws(WorkbookReadError) in
      guard !row.cells.isEmpty || !row.problems.isEmpty else { return }  // a blank row
      if !headerSeen {
        headerSeen = true
        var names = Array(repeating: "", count: (row.cells.last?.column ?? -1) + 1)
        for cell in row.cells { names[cell.column] = cell.text }
        result.hasHeader = row.problems.isEmpty && LedgerReader.isHeader(names)
        if onlyLedger, !result.hasHeader {
          stoppedEarly = true
          throw WorkbookReadError(file: file, "is not a ledger sheet")
        }
        result.map.headerNames = names
        headerWidth = names.count
        releaseColumn = names.firstIndex { WideColumn(header: $0) == .release }
        versionColumn = names.firstIndex { WideColumn(header: $0) == .version }
      } else if let releaseColumn {
        switch Self.totalsRow(row, releaseColumn: releaseColumn, file: file, sheet: sheet.name) {
        case .no: break
        case .formulas: return
        case .typedValue(let problem):
          result.problems.append(problem)
          return
        }
      }
      if let versionColumn,
        let version = row.cells.first(where: { $0.column == versionColumn && $0.isNumber })
      {
        result.problems.append(Self.numericVersion(version, row: row.number, file: file, sheet: sheet.name))
        return
      }
      guard row.problems.isEmpty else {
        result.problems += row.problems
        return
      }
      // A row is as wide as the header (a sheet leaves empty cells out), or wider.
      var fields = Array(
        repeating: "", count: max(headerWidth, (row.cells.last?.column ?? -1) + 1))
      for cell in row.cells { fields[cell.column] = cell.text }
      let start = writer.bytes.count
      writer.writeRow(fields)
      result.map.add(line: line, row: row.number)
      line += Self.lineEnds(in: writer.bytes[start...])
      flush(false)
    }
    do {
      _ = try workbook.archive.parse(sheet.part, reader)
    } catch {
      if stoppedEarly { return result }
      throw error
    }
    flush(true)
    if writeFailed {
      throw WorkbookReadError(
        file: file, "cannot be read: its sheet could not be written to a temporary file",
        kind: .unreadable)
    }
    return result
  }

  /// A version held as a number: refused, as the spreadsheet that made it a number may have
  /// dropped the zeros that tell versions apart (`0.10` is a later version than `0.4`; the
  /// number 0.1 is neither), and a line counted under the wrong version changes the total.
  private static func numericVersion(
    _ cell: SheetRow.Cell, row: Int, file: String, sheet: String
  ) -> WorkbookReadError {
    WorkbookReadError(
      file: file, sheet: sheet, row: row, column: cell.column,
      "version: is the number \(MessageText.escaped(cell.text)), not text: a spreadsheet that"
        + " turns a version into a number drops its trailing zeros (0.10 becomes 0.1, an earlier"
        + " version than 0.4); type the version as text (start it with an apostrophe: '0.10)")
  }

  /// What a row with `Total` as its release is.
  private enum TotalsRow {
    /// Not a totals row: a row like any other.
    case no
    /// A totals row of formulas, left out.
    case formulas
    /// A `Total` row holding a typed value: refused.
    case typedValue(WorkbookReadError)
  }

  /// Whether `row` is a totals row (Release exactly `Total`).
  private static func totalsRow(
    _ row: SheetRow, releaseColumn: Int, file: String, sheet: String
  ) -> TotalsRow {
    guard let release = row.cells.first(where: { $0.column == releaseColumn }),
      release.text == "Total", !release.isFormula
    else { return .no }
    if let typed = row.cells.first(where: { $0.column != releaseColumn && !$0.isFormula }) {
      return .typedValue(WorkbookReadError(
        file: file, sheet: sheet, row: row.number, column: typed.column,
        "is a typed value in the totals row (Release `Total`), which holds only formulas:"
          + " a figure typed there would not be a line of the ledger; move it to a row of its own"
          + " or delete the row"))
    }
    return .formulas
  }

  /// The lines a CSV record's bytes end: LF, CR LF and a lone CR each end one.
  private static func lineEnds(in bytes: ArraySlice<UInt8>) -> Int {
    var count = 0
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == 0x0A {
        if previous != 0x0D { count += 1 }
      } else if byte == 0x0D {
        count += 1
      }
      previous = byte
    }
    return count
  }
}
