/// The raw texts of one ledger CSV row, by column, before validation.
///
/// A column the file does not have reads as empty.
public struct LedgerRow: Sendable {
  private var texts: [String]

  /// An empty row.
  public init() {
    texts = Array(repeating: "", count: LedgerColumn.allCases.count)
  }

  /// Creates a row from column texts; columns not given are empty.
  public init(_ values: [LedgerColumn: String]) {
    self.init()
    for (column, text) in values { self[column] = text }
  }

  /// The text of a column.
  public subscript(column: LedgerColumn) -> String {
    get { texts[column.index] }
    set { texts[column.index] = newValue }
  }
}

extension LedgerColumn {
  /// The position of the column in canonical order.
  var index: Int {
    switch self {
    case .release: 0
    case .version: 1
    case .party: 2
    case .modification: 3
    case .title: 4
    case .phase: 5
    case .basis: 6
    case .date: 7
    case .low: 8
    case .high: 9
    case .likely: 10
    case .days: 11
    case .dayRate: 12
    case .note: 13
    }
  }
}

/// A problem with one cell (or a whole row, when `column` is nil) of a ledger.
public struct FieldIssue: Error, Equatable, Sendable, CustomStringConvertible {
  /// The column at fault, if one is.
  public let column: LedgerColumn?
  /// What is wrong, in words for the user.
  public let message: String

  /// Creates an issue.
  public init(_ column: LedgerColumn?, _ message: String) {
    self.column = column
    self.message = message
  }

  /// `column: message`, or the message alone for a row-level issue.
  public var description: String {
    column.map { "\($0.name): \(message)" } ?? message
  }
}
