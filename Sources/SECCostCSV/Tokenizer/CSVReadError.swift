import SECCost

/// A problem that stops reading a CSV file, with where it happened.
public struct CSVReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file as named by the user.
  public let file: String
  /// The 1-based line, or 0 when the problem is with the file as a whole.
  public let line: Int
  /// What went wrong.
  public let message: String
  /// Whether the file's content is at fault or the file could not be read.
  public let kind: InputProblemKind

  /// Creates an error.
  public init(file: String, line: Int, message: String, kind: InputProblemKind = .invalidData) {
    self.file = file
    self.line = line
    self.message = message
    self.kind = kind
  }

  /// `FILE:LINE: message`, or `FILE: message` for the whole file (`LineOrigin`).
  public var description: String {
    LineOrigin(file: file, line: line).locating(message)
  }
}
