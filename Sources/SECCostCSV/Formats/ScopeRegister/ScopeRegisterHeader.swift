import SECCost

/// The columns of a scope register file, read from its header row.
struct ScopeRegisterHeader {
  /// The register column at each field position; `nil` for an unnamed (empty) column.
  let columns: [ScopeColumn?]

  /// Reads the header row, or returns every problem with it as `(column, message)`.
  static func read(_ record: CSVRecord) -> Result<ScopeRegisterHeader, ScopeRegisterHeaderError> {
    var columns: [ScopeColumn?] = []
    var messages: [(column: String?, message: String)] = []
    var seen: Set<ScopeColumn> = []
    for index in 0..<record.count {
      guard let name = record.text(at: index) else {
        messages.append((nil, "header field \(index + 1) is not valid UTF-8"))
        columns.append(nil)
        continue
      }
      let trimmed = name.filter { $0 != "\u{FEFF}" }
      if trimmed.isEmpty {
        columns.append(nil)
        continue
      }
      guard let column = ScopeColumn(header: trimmed) else {
        let known = ScopeColumn.allCases.map(\.name).joined(separator: ",")
        messages.append((trimmed, "unknown column (a scope register has \(known))"))
        columns.append(nil)
        continue
      }
      if !seen.insert(column).inserted {
        messages.append((column.name, "column appears twice in the header"))
      }
      columns.append(column)
    }
    let required = ScopeColumn.required
    for column in required where !seen.contains(column) {
      messages.append(
        (column.name, "missing column (required: \(required.map(\.name).joined(separator: ",")))"))
    }
    guard messages.isEmpty else { return .failure(ScopeRegisterHeaderError(messages: messages)) }
    return .success(ScopeRegisterHeader(columns: columns))
  }
}

/// Everything wrong with a scope register's header row.
struct ScopeRegisterHeaderError: Error {
  let messages: [(column: String?, message: String)]
}
