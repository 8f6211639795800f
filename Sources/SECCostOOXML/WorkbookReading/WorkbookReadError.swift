import SECCost
import SECCostCSV

/// Why a workbook, or a cell of it, could not be read: located `FILE.xlsx`, `FILE.xlsx:Sheet!7`
/// or `FILE.xlsx:Sheet!B7`.
package struct WorkbookReadError: Error, Sendable, CustomStringConvertible {
  /// Where: the workbook as named, and the sheet's row and column when a cell is at fault.
  package let origin: LineOrigin
  /// What is wrong.
  package let message: String
  /// Whether the workbook holds something wrong (exit 1) or could not be read (exit 3).
  package let kind: InputProblemKind

  /// A problem with the workbook `file` as a whole.
  package init(file: String, _ message: String, kind: InputProblemKind = .invalidData) {
    self.origin = LineOrigin(file: file, line: 0)
    self.message = message
    self.kind = kind
  }

  /// A problem with the cell at `column` (0-based; `nil` for the row) of `row` in `sheet`.
  package init(file: String, sheet: String, row: Int, column: Int?, _ message: String) {
    self.origin = LineOrigin(file: file, line: row, sheet: SheetPlace(sheet: sheet, column: column))
    self.message = message
    self.kind = .invalidData
  }

  /// The problem as the ledger reader reports its own.
  package var issue: LedgerIssue {
    LedgerIssue(
      file: origin.file, line: origin.line, message: message, kind: kind, sheet: origin.sheet)
  }

  /// `FILE.xlsx:Sheet!B7: message`, on one line.
  package var description: String { issue.description }
}
