import SECCost

/// Reads ledger CSV files row by row, validating as it goes and collecting every problem.
///
/// One reader can read several files; duplicate keys are caught across all of them. Valid lines
/// are handed to the caller as they are read; nothing is kept but the keys seen.
public final class LedgerReader {
  /// At most this many issues are kept; the rest are only counted.
  public static let issueLimit = 1000

  /// The problems found so far, in file and line order (at most ``issueLimit``).
  public private(set) var issues: [LedgerIssue] = []
  /// How many problems were found, kept or not.
  public private(set) var issueCount = 0
  /// How many valid lines were read.
  public private(set) var lineCount = 0

  private var firstSeen: [LedgerKey: (file: String, line: Int)] = [:]

  /// Creates a reader with no issues.
  public init() {}

  /// Whether every file read so far was valid.
  public var isValid: Bool { issueCount == 0 }

  /// Reads `path`, calling `body` with each valid line and the line number it starts on.
  public func read(_ path: String, _ body: (LedgerLine, Int) -> Void) {
    var header: LedgerHeader?
    var headerFailed = false
    do {
      try CSVReader(path: path).forEachRow { record in
        guard !headerFailed else { return }
        guard let columns = header else {
          switch LedgerHeader.read(record) {
          case .success(let read): header = read
          case .failure(let error):
            headerFailed = true
            for entry in error.messages {
              report(
                LedgerIssue(
                  file: path, line: record.line, column: entry.column, message: entry.message))
            }
          }
          return
        }
        if let line = validate(record, columns: columns, path: path) {
          lineCount += 1
          body(line, record.line)
        }
      }
    } catch {
      report(LedgerIssue(file: error.file, line: error.line, message: error.message))
      return
    }
    if header == nil && !headerFailed {
      report(LedgerIssue(file: path, line: 0, message: "is empty: a ledger needs a header row"))
    }
  }

  private func validate(_ record: CSVRecord, columns: LedgerHeader, path: String) -> LedgerLine? {
    if (0..<record.count).allSatisfy({ record.isEmpty(at: $0) }) { return nil }  // a blank row
    guard record.count == columns.columns.count else {
      report(
        LedgerIssue(
          file: path, line: record.line,
          message: "has \(record.count) fields, but the header has \(columns.columns.count)"))
      return nil
    }
    var row = LedgerRow()
    var rowIsValid = true
    for (index, column) in columns.columns.enumerated() {
      guard let column else {
        if !record.isEmpty(at: index) {
          report(
            LedgerIssue(
              file: path, line: record.line, column: "field \(index + 1)",
              message: "has a value under an unnamed column"))
          rowIsValid = false
        }
        continue
      }
      guard let text = record.text(at: index) else {
        report(
          LedgerIssue(
            file: path, line: record.line, column: column.name,
            message: "is not valid UTF-8 (save the file as CSV UTF-8)"))
        rowIsValid = false
        continue
      }
      row[column] = text
    }
    guard rowIsValid else { return nil }
    switch row.validated() {
    case .failure(let error):
      for issue in error.issues {
        report(
          LedgerIssue(
            file: path, line: record.line, column: issue.column?.name, message: issue.message))
      }
      return nil
    case .success(let line):
      guard line.figure.basis != .actual else { return line }
      if let first = firstSeen[line.key] {
        let place = first.file == path ? "line \(first.line)" : "\(first.file):\(first.line)"
        report(
          LedgerIssue(
            file: path, line: record.line,
            message:
              "duplicate key: the same release, version, party, modification and phase as \(place)")
        )
        return nil
      }
      firstSeen[line.key] = (path, record.line)
      return line
    }
  }

  private func report(_ issue: LedgerIssue) {
    issueCount += 1
    if issues.count < Self.issueLimit { issues.append(issue) }
  }
}
