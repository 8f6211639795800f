/// One row of a worksheet as read: its number and its non-empty cells, left to right.
struct SheetRow {
  /// One non-empty cell: its 0-based column, its value as text, whether a formula gave it, and
  /// whether it is a number (not text, a date, a boolean or an error).
  struct Cell {
    let column: Int
    let text: String
    let isFormula: Bool
    var isNumber = false
  }

  /// The 1-based row number.
  let number: Int
  /// The non-empty cells, by column.
  var cells: [Cell]
  /// Cells that could not be read (a formula without a cached value, a number a ledger cannot
  /// hold): the row is not handed to the ledger reader.
  var problems: [WorkbookReadError] = []
}
