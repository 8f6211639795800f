/// Where a ledger line was read: the file as the user named it and the line the row starts on.
public struct LineOrigin: Hashable, Sendable, CustomStringConvertible {
  /// The file as named by the user.
  public let file: String
  /// The 1-based line the row starts on.
  public let line: Int

  /// Creates an origin.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// `FILE:LINE`.
  public var description: String { "\(file):\(line)" }
}
