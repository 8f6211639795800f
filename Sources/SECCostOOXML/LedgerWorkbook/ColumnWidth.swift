import SECCost
import SECCostCSV

/// The ledger workbook's column widths in characters: one table for both sheets, keyed by what a
/// column holds, so the `Ledger` and `Wide` sheets show the same field at the same width.
enum ColumnWidth {
  /// The width of a `Ledger` sheet column, and of the `Wide` column holding the same field.
  static func of(_ column: LedgerColumn) -> Int {
    switch column {
    case .release: 16
    case .version: 8
    case .party: 8
    case .modification: 14
    case .title: 40
    case .phase: 20
    case .basis: 10
    case .date: 11
    case .low, .high, .likely: 14
    case .days: 7
    case .dayRate: 11
    case .note: 50
    }
  }

  /// The width of a `Wide` sheet column: a phase column holds a figure in RID notation (a range
  /// or a footnote marker is wider than one amount); every other column is its ledger field's.
  static func of(_ column: WideColumn) -> Int {
    switch column {
    case .phase: 16
    default: column.ledgerColumn.map(of) ?? 16
    }
  }
}
