import SECCost

/// One cell of a generated worksheet.
package struct XLSXCell {
  /// What the cell holds.
  package enum Value {
    /// Nothing.
    case empty
    /// Text (written as an inline string).
    case text(String)
    /// A number, as exact decimal text (`1886716`, `1573.50`, `-5`).
    case number(String)
    /// A formula (without `=`) and the number it gives, written as the cached value.
    case formula(String, cached: String)
    /// A formula (without `=`) whose value is text, and that text, written as the cached value.
    case textFormula(String, cached: String)
  }

  /// The value.
  package var value: Value
  /// The cell format.
  package var style: XLSXStyle
  /// Whether a formula is evaluated as an array formula (its ranges cell by cell), as
  /// `SUMPRODUCT(IFERROR(…))` needs in Excel before 365.
  package var isArrayFormula = false

  /// A cell holding `value` in `style`.
  package init(value: Value, style: XLSXStyle) {
    self.value = value
    self.style = style
  }

  /// An empty cell.
  package static let empty = XLSXCell(value: .empty, style: .plain)

  /// A text cell.
  package static func text(_ text: String, _ style: XLSXStyle = .plain) -> XLSXCell {
    XLSXCell(value: text.isEmpty ? .empty : .text(text), style: style)
  }

  /// An amount in pounds, formatted `£#,##0` (or with pence when it has them).
  package static func money(_ amount: Money, italic: Bool = false, bold: Bool = false) -> XLSXCell {
    XLSXCell(
      value: .number(XLSXCell.decimal(amount)),
      style: XLSXStyle.money(pence: !amount.isWholePounds, italic: italic, bold: bold))
  }

  /// A whole number.
  package static func integer(_ value: Int, _ style: XLSXStyle = .integer) -> XLSXCell {
    XLSXCell(value: .number(String(value)), style: style)
  }

  /// An amount as the number a spreadsheet stores: whole pounds without a fraction, else two
  /// places (`1886716`, `1573.50`).
  package static func decimal(_ amount: Money) -> String {
    amount.isWholePounds ? String(amount.pence / 100) : amount.plainDecimal
  }
}

/// The cell formats of the generated workbook: indices into `styles.xml`'s `cellXfs`.
package enum XLSXStyle: Int, CaseIterable {
  case plain = 0
  case bold
  case title
  case header
  case money
  case moneyItalic
  case moneyBold
  case moneyPence
  case moneyPenceItalic
  case moneyPenceBold
  case decimal
  case italic
  case wrap
  case figureText
  case integer
  case integerBold
  case totalLabel
  /// Italic, wrapped text (an estimate's note or title).
  case italicWrap
  /// Italic text aligned as a figure (an estimated range in RID notation).
  case figureTextItalic
  /// A total that is text (`TBC`, `£1,886,716 + 2 TBC`): bold, a rule above, aligned right.
  case totalText
  /// Text typed as text (number format `@`, wrapped): what an analyst types in such a cell or
  /// column (`0.10`, `November 2022`) stays text instead of becoming a number or a date.
  case textEntry

  /// The money format for an amount.
  package static func money(pence: Bool, italic: Bool, bold: Bool) -> XLSXStyle {
    switch (pence, italic, bold) {
    case (false, _, true): .moneyBold
    case (false, true, false): .moneyItalic
    case (false, false, false): .money
    case (true, _, true): .moneyPenceBold
    case (true, true, false): .moneyPenceItalic
    case (true, false, false): .moneyPence
    }
  }
}
