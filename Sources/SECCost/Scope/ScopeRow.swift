/// The raw texts of one scope register CSV row, by column, before validation.
///
/// A column the file does not have reads as empty.
public struct ScopeRow: Sendable {
  private var texts: [ScopeColumn: String] = [:]

  /// An empty row.
  public init() {}

  /// Creates a row from column texts; columns not given are empty.
  public init(_ values: [ScopeColumn: String]) {
    texts = values
  }

  /// The text of a column.
  public subscript(column: ScopeColumn) -> String {
    get { texts[column] ?? "" }
    set { texts[column] = newValue }
  }
}

/// A problem with one cell (or a whole row, when `column` is nil) of a scope register.
public struct ScopeFieldIssue: Error, Equatable, Sendable, CustomStringConvertible {
  /// The column at fault, if one is.
  public let column: ScopeColumn?
  /// What is wrong, in words for the user.
  public let message: String

  /// Creates an issue.
  public init(_ column: ScopeColumn?, _ message: String) {
    self.column = column
    self.message = message
  }

  /// `column: message`, or the message alone for a row-level issue.
  public var description: String {
    column.map { "\($0.name): \(message)" } ?? message
  }
}

/// Every problem found in one scope register row.
public struct ScopeRowError: Error, Equatable, Sendable {
  /// The problems, in column order.
  public let issues: [ScopeFieldIssue]
}
