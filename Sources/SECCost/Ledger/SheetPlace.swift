/// Where in a workbook a row was read: the sheet and, when one is at fault, the column.
///
/// Part of a ``LineOrigin``: with it the origin reads `FILE.xlsx:Sheet!B7` (a cell) or
/// `FILE.xlsx:Sheet!7` (the row as a whole), the line being the sheet's row number.
public struct SheetPlace: Hashable, Sendable {
  /// The sheet's name, as its tab shows it.
  public let sheet: String
  /// The 0-based column (`A` is 0), or `nil` for the row as a whole.
  public let column: Int?

  /// A place in `sheet`, at `column` (0-based) or the whole row.
  public init(sheet: String, column: Int? = nil) {
    self.sheet = sheet
    self.column = column
  }

  /// The column letters of 0-based column `index`: `A`, …, `Z`, `AA`, …, `XFD`.
  public static func letters(_ index: Int) -> String {
    var number = index + 1
    var letters: [Character] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      letters.append(Character(UnicodeScalar(UInt8(65 + remainder))))
      number = (number - 1) / 26
    }
    return String(letters.reversed())
  }

  /// `Sheet!B7` (or `Sheet!7` without a column) for row `row`, the sheet's name escaped as a
  /// file name is (``MessageText/escaped(_:)``).
  public func reference(row: Int) -> String {
    MessageText.escaped(sheet) + "!" + (column.map(Self.letters) ?? "") + String(row)
  }
}
