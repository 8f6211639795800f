/// A cell reference (`B7`) read into a 0-based column and a 1-based row, inside the sheet's
/// bounds (`XFD1048576`).
enum CellReference {
  /// The column and row of `reference`, or `nil` if it is not a reference inside the bounds.
  static func parse(_ reference: String) -> (column: Int, row: Int)? {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for byte in reference.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
        letters += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
        letters += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      default:
        return nil
      }
      if letters > 3 || digits > 7 { return nil }
    }
    guard letters > 0, digits > 0, column <= WorkbookLimits.columns, row >= 1,
      row <= WorkbookLimits.rows
    else { return nil }
    return (column - 1, row)
  }
}
