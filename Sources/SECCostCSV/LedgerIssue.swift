/// A problem in a ledger file, located as `FILE:LINE: column: message`.
public struct LedgerIssue: Error, Hashable, Sendable, CustomStringConvertible {
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

  /// Creates an issue.
  public init(
    file: String, line: Int, column: String? = nil, message: String,
    kind: InputProblemKind = .invalidData
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.kind = kind
  }

  /// `FILE:LINE: column: message` (parts that do not apply are left out).
  public var description: String {
    var text = file
    if line > 0 { text += ":\(line)" }
    text += ": "
    if let column { text += "\(column): " }
    return text + message
  }
}
