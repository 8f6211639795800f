/// Where something was read: the file as the user named it and the line the row starts on, or
/// the file as a whole; in a workbook, the sheet, its row and the cell's column.
///
/// The one way every message locates what it is about: `FILE:LINE` (`FILE` for the whole file),
/// or `FILE.xlsx:Sheet!B7` (`FILE.xlsx:Sheet!7` for a row) for a workbook, the file and sheet
/// names escaped by ``MessageText/escaped(_:)`` so that a hostile name keeps the message on one
/// line.
public struct LineOrigin: Hashable, Sendable, CustomStringConvertible {
  /// The file as named by the user.
  public let file: String
  /// The 1-based line the row starts on (in a workbook, the sheet's row); 0 for the file as a
  /// whole.
  public let line: Int
  /// The sheet and column, for a row read from a workbook.
  public let sheet: SheetPlace?

  /// Creates an origin; `line` 0 is the file as a whole; `sheet` for a workbook's row.
  public init(file: String, line: Int, sheet: SheetPlace? = nil) {
    self.file = file
    self.line = line
    self.sheet = sheet
  }

  /// `FILE:LINE`, `FILE:Sheet!B7` in a workbook, or `FILE` for the file as a whole, the names
  /// escaped.
  public var description: String {
    guard line > 0 else { return MessageText.escaped(file) }
    if let sheet { return "\(MessageText.escaped(file)):\(sheet.reference(row: line))" }
    return "\(MessageText.escaped(file)):\(line)"
  }

  /// `FILE:LINE: message` (`FILE: message` for the file as a whole); `message` as given.
  public func locating(_ message: String) -> String {
    "\(description): \(message)"
  }
}
