#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Colour on the terminal: only when standard output is a terminal, never when `NO_COLOR` is set
/// to anything but the empty string (no-color.org) or `TERM` is `dumb`. Piped or redirected
/// output, and every other format, is plain text.
enum TerminalStyle {
  /// Whether standard output gets colour now.
  static var standardOutput: Bool {
    usesColour(
      isTerminal: StandardStreams.current.outputIsTerminal, noColor: environment("NO_COLOR"),
      term: environment("TERM"))
  }

  /// Whether output to a terminal (or not) with these environment values gets colour.
  static func usesColour(isTerminal: Bool, noColor: String?, term: String?) -> Bool {
    isTerminal && (noColor ?? "").isEmpty && term != "dumb"
  }

  private static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// Bold.
  static let bold = "\u{1B}[1m"
  /// Dim (for rules).
  static let dim = "\u{1B}[2m"
  /// Red: a cost that went up, a flag.
  static let red = "\u{1B}[31m"
  /// Green: a cost that went down.
  static let green = "\u{1B}[32m"
  /// Yellow: a TBC.
  static let yellow = "\u{1B}[33m"
  /// Back to plain.
  static let reset = "\u{1B}[0m"

  /// The style of a table cell's text, by what it says: TBC yellow, increases (`+£…`, `+12.5%`)
  /// red, decreases green, a flag (`!`) red; `nil` for plain.
  static func style(ofCell text: String) -> String? {
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
