#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SECCostReports

/// Colour on the terminal: only when standard output is a terminal, never when `NO_COLOR` is set
/// to anything but the empty string (no-color.org) or `TERM` is `dumb`. Piped or redirected
/// output, and every other format, is plain text.
extension TerminalStyle {
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
}
