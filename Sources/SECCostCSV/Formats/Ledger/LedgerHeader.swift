import SECCost

/// The columns of a ledger file, read from its header row.
struct LedgerHeader {
  /// The ledger column at each field position; `nil` for an unnamed (empty) column.
  let columns: [LedgerColumn?]

  /// Columns every ledger must have.
  static let required: [LedgerColumn] = [.release, .party, .phase, .basis, .low]

  /// Reads the header row, or returns every problem with it.
  static func read(_ names: [String?]) -> Result<LedgerHeader, LedgerHeaderError> {
    var columns: [LedgerColumn?] = []
    var messages: [(column: String?, message: String)] = []
    var seen: Set<LedgerColumn> = []
    for (index, name) in names.enumerated() {
      guard let trimmed = name else {
        messages.append((nil, "header field \(index + 1) is not valid UTF-8"))
        columns.append(nil)
        continue
      }
      if trimmed.isEmpty {
        columns.append(nil)
        continue
      }
      guard let column = LedgerColumn(header: trimmed) else {
        let known = LedgerColumn.allCases.map(\.name).joined(separator: ",")
        messages.append((trimmed, "unknown column (a ledger has \(known))"))
        columns.append(nil)
        continue
      }
      if !seen.insert(column).inserted {
        messages.append((column.name, "column appears twice in the header"))
      }
      columns.append(column)
    }
    for column in required where !seen.contains(column) {
      messages.append(
        (column.name, "missing column (required: \(required.map(\.name).joined(separator: ",")))"))
    }
    guard messages.isEmpty else { return .failure(LedgerHeaderError(messages: messages)) }
    return .success(LedgerHeader(columns: columns))
  }
}

/// Everything wrong with a header row.
struct LedgerHeaderError: Error {
  let messages: [(column: String?, message: String)]
}
