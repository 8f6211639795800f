import SECCost

/// The columns of a wide-layout file, read from its header row.
struct WideHeader {
  /// The wide column at each field position; `nil` for an unnamed (empty) column.
  let columns: [WideColumn?]

  /// Whether a header row is in the wide layout: it names a phase column and no `phase` column.
  static func isWide(_ names: [String]) -> Bool {
    let hasPhaseColumn = names.contains { LedgerColumn(header: $0) == .phase }
    let hasPhaseCells = names.contains {
      if case .phase? = WideColumn(header: $0) { return true }
      return false
    }
    return hasPhaseCells && !hasPhaseColumn
  }

  /// Reads the header row, or returns every problem with it.
  static func read(_ names: [String?]) -> Result<WideHeader, LedgerHeaderError> {
    var columns: [WideColumn?] = []
    var messages: [(column: String?, message: String)] = []
    var seen: Set<WideColumn> = []
    for (index, name) in names.enumerated() {
      guard let name else {
        messages.append((nil, "header field \(index + 1) is not valid UTF-8"))
        columns.append(nil)
        continue
      }
      if name.isEmpty {
        columns.append(nil)
        continue
      }
      guard let column = WideColumn(header: name) else {
        messages.append(
          (
            name,
            "unknown column (a wide ledger has Release, Version, Party, "
              + "Modification, Title, Basis, a column per phase, Days, Day rate, Notes)"
          ))
        columns.append(nil)
        continue
      }
      if !seen.insert(column).inserted {
        messages.append((column.header, "column appears twice in the header"))
      }
      columns.append(column)
    }
    for column in [WideColumn.release, .party] where !seen.contains(column) {
      messages.append((column.header, "missing column (a wide ledger needs Release and Party)"))
    }
    guard messages.isEmpty else { return .failure(LedgerHeaderError(messages: messages)) }
    return .success(WideHeader(columns: columns))
  }
}
