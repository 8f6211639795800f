import SECCost

/// An amount as a number cell, where a spreadsheet can hold it exactly.
package enum SpreadsheetAmount {
  /// A number cell of `amount` in the £ format, or `nil` when a spreadsheet's binary numbers
  /// could not hold every digit (more than 15 significant digits): the caller writes it as text.
  package static func cell(_ amount: Money, italic: Bool) -> XLSXCell? {
    let digits = XLSXCell.decimal(amount).utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.count
    return digits > 15 ? nil : .money(amount, italic: italic)
  }
}
