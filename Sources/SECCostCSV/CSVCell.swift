/// A cell to write, typed so that a spreadsheet reads it back as it was meant.
public enum CSVCell: Hashable, Sendable {
  /// Free text: guarded against formulas, quoted if it looks like a number or a date.
  case text(String)
  /// A number or an amount, written as it is.
  case number(String)

  /// Whether a spreadsheet would read `text` as a number or a date: digits with at most
  /// separators `.`, `,`, `/`, `-`, `:`, spaces, `£`, `%`, `(`, `)` and an exponent.
  static func looksNumeric(_ text: String) -> Bool {
    var digits = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9": digits += 1
      case ".", ",", "/", "-", ":", " ", "£", "%", "(", ")", "E", "e", "+": continue
      default: return false
      }
    }
    return digits > 0
  }
}
