/// The styles of text on a colour terminal (ANSI escapes), and the style of a table cell by what it
/// says. Whether to use them at all is the command's choice (`TerminalStyle.standardOutput`).
package enum TerminalStyle {
  /// Bold.
  package static let bold = "\u{1B}[1m"
  /// Dim (for rules).
  package static let dim = "\u{1B}[2m"
  /// Red: a cost that went up, a flag.
  package static let red = "\u{1B}[31m"
  /// Green: a cost that went down.
  package static let green = "\u{1B}[32m"
  /// Yellow: a TBC.
  package static let yellow = "\u{1B}[33m"
  /// Back to plain.
  package static let reset = "\u{1B}[0m"

  /// The style of a table cell's text, by what it says: TBC yellow, increases (`+£…`, `+12.5%`)
  /// red, decreases green, a flag (`!`) red; `nil` for plain.
  package static func style(ofCell text: String) -> String? {
    if text == "!" { return bold + red }
    if text.hasPrefix("+£") || text.hasPrefix("+") && text.dropFirst().first?.isNumber == true {
      return red
    }
    if text.hasPrefix("-£") || text.hasPrefix("-") && text.dropFirst().first?.isNumber == true {
      return green
    }
    if text.contains("TBC") { return yellow }
    return nil
  }
}
