import SECCost

/// A problem in a ledger file, located as `FILE:LINE: column: message` (an error) or
/// `FILE:LINE: column: warning: message` (a warning); in a workbook `FILE.xlsx:Sheet!B7: column:
/// message`.
public struct LedgerIssue: Error, Hashable, Sendable, CustomStringConvertible {
  /// Whether a problem makes the file invalid.
  public enum Severity: Hashable, Sendable {
    /// The file is invalid.
    case error
    /// Doubtful, but the value is counted as written; an error under `--strict`.
    case warning
  }

  /// The file as named by the user.
  public let file: String
  /// The 1-based line the row starts on; 0 for the file as a whole.
  public let line: Int
  /// The column at fault, when one is.
  public let column: String?
  /// What is wrong.
  public let message: String
  /// Whether the file's content is at fault or the file could not be read.
  public let kind: InputProblemKind
  /// Whether the issue is an error or a warning.
  public let severity: Severity
  /// The sheet and cell, for a row read from a workbook (`line` is then the sheet's row).
  public let sheet: SheetPlace?

  /// Creates an issue; `sheet` for a workbook's row or cell.
  public init(
    file: String, line: Int, column: String? = nil, message: String,
    kind: InputProblemKind = .invalidData, severity: Severity = .error, sheet: SheetPlace? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.kind = kind
    self.severity = severity
    self.sheet = sheet
  }

  /// The same issue as an error (for `--strict`, which turns warnings into errors).
  public var asError: LedgerIssue {
    LedgerIssue(
      file: file, line: line, column: column, message: message, kind: kind, sheet: sheet)
  }

  /// Where the issue is: `FILE:LINE` or `FILE.xlsx:Sheet!B7`.
  public var origin: LineOrigin { LineOrigin(file: file, line: line, sheet: sheet) }

  /// `FILE:LINE: column: message`, with `warning: ` before the message of a warning (parts
  /// that do not apply are left out), on one line: control
  /// characters, invisible (zero-width) characters and bidirectional overrides from the file are
  /// shown escaped (`\n`, `\u{1B}`, `\u{200B}`),
  /// so that a hostile cell can neither break the one-problem-per-line form nor drive the
  /// terminal.
  public var description: String {
    var text = origin.description + ": "
    if let column { text += "\(LedgerIssue.escaped(column)): " }
    if severity == .warning { text += "warning: " }
    return text + LedgerIssue.escaped(message)
  }

  /// `text` escaped for a one-line message (``MessageText/escaped(_:)``).
  static func escaped(_ text: String) -> String {
    MessageText.escaped(text)
  }
}
