import SECCost

/// Reads a scope register CSV file through libcsv, validating every row and then the rows
/// together (duplicates, a modification in two releases at once without a split note, go-live
/// dates that disagree), collecting every problem as `FILE:LINE: column: message`.
///
/// The file's encoding (UTF-8 or Windows-1252) and delimiter (`,` or `;`) are detected as for
/// ledgers, and a spreadsheet formula guard (a leading `'` before `=`, `+`, `-`, `@`) is removed
/// from every cell.
public final class ScopeRegisterReader {
  /// At most this many issues are kept; the rest are only counted.
  public static let issueLimit = 1000

  /// The problems found so far, in file and line order (at most ``issueLimit``).
  public private(set) var issues: [LedgerIssue] = []
  /// How many problems were found, kept or not.
  public private(set) var issueCount = 0
  /// The line each entry of the register last read starts on, by entry: where a finding about
  /// an entry is located.
  public private(set) var entryLines: [Int] = []

  /// Creates a reader with no issues.
  public init() {}

  /// Whether everything read so far was valid.
  public var isValid: Bool { issueCount == 0 }

  /// Reads the register at `path`; the entries that validated, whether or not others did.
  public func read(_ path: String) -> ScopeRegister {
    var register = ScopeRegister()
    var lines: [Int] = []
    var found: [LedgerIssue] = []
    var header: ScopeRegisterHeader?
    var headerFailed = false
    do {
      try CSVReader(path: path).forEachRow { record in
        guard !headerFailed else { return }
        guard let columns = header else {
          switch ScopeRegisterHeader.read(record) {
          case .success(let read): header = read
          case .failure(let error):
            headerFailed = true
            for entry in error.messages {
              found.append(
                LedgerIssue(
                  file: path, line: record.line, column: entry.column, message: entry.message))
            }
          }
          return
        }
        if let entry = validate(record, columns: columns, path: path, issues: &found) {
          register.append(entry)
          lines.append(record.line)
        }
      }
    } catch {
      found.append(
        LedgerIssue(file: error.file, line: error.line, message: error.message, kind: error.kind))
    }
    if header == nil && !headerFailed && found.isEmpty {
      found.append(
        LedgerIssue(file: path, line: 0, message: "is empty: a scope register needs a header row"))
    }
    for conflict in register.conflicts() {
      found.append(
        LedgerIssue(
          file: path, line: lines[conflict.entry], column: conflict.column.name,
          message: conflict.message(in: register, otherPlace: "line \(lines[conflict.other])")))
    }
    for issue in found.enumerated().sorted(by: {
      ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
    }) {
      report(issue.element)
    }
    entryLines = lines
    return register
  }

  private func validate(
    _ record: CSVRecord, columns: ScopeRegisterHeader, path: String, issues: inout [LedgerIssue]
  ) -> ScopeEntry? {
    if (0..<record.count).allSatisfy({ record.isEmpty(at: $0) }) { return nil }  // a blank row
    guard record.count == columns.columns.count else {
      issues.append(
        LedgerIssue(
          file: path, line: record.line,
          message: "has \(record.count) fields, but the header has \(columns.columns.count)"))
      return nil
    }
    var row = ScopeRow()
    var rowIsValid = true
    for (index, column) in columns.columns.enumerated() {
      guard let column else {
        if !record.isEmpty(at: index) {
          issues.append(
            LedgerIssue(
              file: path, line: record.line, column: "field \(index + 1)",
              message: "has a value under an unnamed column"))
          rowIsValid = false
        }
        continue
      }
      guard let text = record.text(at: index) else {
        issues.append(
          LedgerIssue(
            file: path, line: record.line, column: column.name,
            message: "is not valid UTF-8 (save the file as CSV UTF-8)"))
        rowIsValid = false
        continue
      }
      row[column] = SpreadsheetText.unguarded(text)
    }
    guard rowIsValid else { return nil }
    switch row.validated() {
    case .failure(let error):
      for issue in error.issues {
        issues.append(
          LedgerIssue(
            file: path, line: record.line, column: issue.column?.name, message: issue.message))
      }
      return nil
    case .success(let entry):
      return entry
    }
  }

  private func report(_ issue: LedgerIssue) {
    issueCount += 1
    if issues.count < Self.issueLimit { issues.append(issue) }
  }
}
