import SECCost

/// A problem in a ledger file, located as `FILE:LINE: column: message` (an error) or
/// `FILE:LINE: column: warning: message` (a warning).
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

  /// Creates an issue.
  public init(
    file: String, line: Int, column: String? = nil, message: String,
    kind: InputProblemKind = .invalidData, severity: Severity = .error
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.kind = kind
    self.severity = severity
  }

  /// The same issue as an error (for `--strict`, which turns warnings into errors).
  public var asError: LedgerIssue {
    LedgerIssue(file: file, line: line, column: column, message: message, kind: kind)
  }

  /// `FILE:LINE: column: message`, with `warning: ` before the message of a warning (parts
  /// that do not apply are left out), on one line: control
  /// characters, invisible (zero-width) characters and bidirectional overrides from the file are
  /// shown escaped (`\n`, `\u{1B}`, `\u{200B}`),
  /// so that a hostile cell can neither break the one-problem-per-line form nor drive the
  /// terminal.
  public var description: String {
    var text = LedgerIssue.escaped(file)
    if line > 0 { text += ":\(line)" }
    text += ": "
    if let column { text += "\(LedgerIssue.escaped(column)): " }
    if severity == .warning { text += "warning: " }
    return text + LedgerIssue.escaped(message)
  }

  /// `text` with C0 and C1 control characters, DEL, and every other invisible character
  /// (``InvisibleCharacter``: zero-width characters, bidirectional controls, the soft hyphen…)
  /// escaped.
  static func escaped(_ text: String) -> String {
    func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value < 0x20 || InvisibleCharacter.isInvisible(scalar)
    }
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      guard isUnsafe(scalar) else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }
}
