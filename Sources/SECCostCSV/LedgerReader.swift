import SECCost

/// Reads ledger files row by row, in either layout, validating as it goes and collecting every
/// problem.
///
/// One reader can read several files; duplicate keys are caught across all of them. Valid lines
/// are handed to the caller as they are read; nothing is kept but the keys seen.
public final class LedgerReader {
  /// At most this many issues are kept; the rest are only counted.
  public static let issueLimit = 1000

  /// How files are to be read where detection is not wanted.
  public struct Options: Sendable {
    /// The encoding, or `nil` to detect UTF-8 or Windows-1252.
    public var encoding: TextEncoding?
    /// The delimiter, or `nil` to detect `,` or `;`.
    public var delimiter: UInt8?
    /// The largest field and row accepted.
    public var limits: CSVLimits

    /// Options that detect everything.
    public init(
      encoding: TextEncoding? = nil, delimiter: UInt8? = nil, limits: CSVLimits = CSVLimits()
    ) {
      self.encoding = encoding
      self.delimiter = delimiter
      self.limits = limits
    }
  }

  /// The problems found so far, in file and line order (at most ``issueLimit``).
  public private(set) var issues: [LedgerIssue] = []
  /// How many problems were found, kept or not.
  public private(set) var issueCount = 0
  /// What each file read so far held and what was normalised.
  public private(set) var reports: [LedgerFileReport] = []
  /// How many valid lines were read.
  public var lineCount: Int { reports.reduce(0) { $0 + $1.lines } }

  private let options: Options
  private var firstSeen: [LedgerKey: (file: String, line: Int)] = [:]

  /// Creates a reader with no issues.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Whether every file read so far was valid.
  public var isValid: Bool { issueCount == 0 }
  /// Whether some file could not be read at all (missing, a directory, not permitted).
  public private(set) var hadUnreadableFile = false

  /// Reads `path`, calling `body` with each valid line and the line number its row starts on.
  public func read(_ path: String, _ body: (LedgerLine, Int) -> Void) {
    var fileReport = LedgerFileReport(path: path)
    var layout: FileLayout?
    var headerRead = false
    do {
      var reader = CSVReader(path: path, delimiter: options.delimiter, encoding: options.encoding)
      reader.limits = options.limits
      fileReport.source = try reader.forEachRow { record in
        if !headerRead {
          headerRead = true
          layout = readHeader(record, path: path)
          fileReport.layout = layout?.kind
          return
        }
        guard let layout else { return }
        for line in lines(of: record, layout: layout, path: path, report: &fileReport) {
          fileReport.lines += 1
          body(line, record.line)
        }
      }
      if !headerRead {
        report(LedgerIssue(file: path, line: 0, message: "is empty: a ledger needs a header row"))
      }
    } catch {
      report(
        LedgerIssue(file: error.file, line: error.line, message: error.message, kind: error.kind))
    }
    reports.append(fileReport)
  }

  private enum FileLayout {
    case ledger(LedgerHeader)
    case wide(WideHeader)

    var kind: LedgerLayout {
      switch self {
      case .ledger: .ledger
      case .wide: .wide
      }
    }

    var columnCount: Int {
      switch self {
      case .ledger(let header): header.columns.count
      case .wide(let header): header.columns.count
      }
    }
  }

  private func readHeader(_ record: CSVRecord, path: String) -> FileLayout? {
    let names = (0..<record.count).map {
      record.text(at: $0).map { $0.filter { $0 != "\u{FEFF}" } }
    }
    let result: Result<FileLayout, LedgerHeaderError>
    if WideHeader.isWide(names.compactMap { $0 }) {
      result = WideHeader.read(names).map { .wide($0) }
    } else {
      result = LedgerHeader.read(names).map { .ledger($0) }
    }
    switch result {
    case .success(let layout):
      return layout
    case .failure(let error):
      for entry in error.messages {
        report(
          LedgerIssue(file: path, line: record.line, column: entry.column, message: entry.message))
      }
      return nil
    }
  }

  private func lines(
    of record: CSVRecord, layout: FileLayout, path: String,
    report fileReport: inout LedgerFileReport
  ) -> [LedgerLine] {
    if (0..<record.count).allSatisfy({ record.isEmpty(at: $0) }) { return [] }  // a blank row
    let expected = layout.columnCount
    let splitHint = "has \(record.count) fields, but the header has \(expected)"
    if record.count != expected {
      let extraAreEmpty =
        record.count > expected && (expected..<record.count).allSatisfy { record.isEmpty(at: $0) }
      if !extraAreEmpty {
        let hint =
          record.count > expected
          ? ": a cell may have been split across columns (an unquoted comma or semicolon?)" : ""
        report(LedgerIssue(file: path, line: record.line, message: splitHint + hint))
        return []
      }
    }
    var issues = RowIssues(file: path, line: record.line)
    var lines: [LedgerLine] = []
    switch layout {
    case .ledger(let header):
      if let row = ledgerRow(record, header: header, path: path, report: &fileReport),
        let line = validated(row, issues: &issues, columnName: { $0.name })
      {
        count(line, in: row, report: &fileReport)
        lines.append(line)
      }
    case .wide(let header):
      if let row = wideRow(record, header: header, path: path, report: &fileReport) {
        let (expansions, rowIssues) = row.expanded()
        for issue in rowIssues {
          issues.add(issue.column.map { WideRow.columnName(for: $0, phase: nil) }, issue.message)
        }
        for expansion in expansions {
          let line = validated(expansion.row, issues: &issues) {
            WideRow.columnName(for: $0, phase: expansion.phase)
          }
          if let line { lines.append(line) }
        }
      }
    }
    guard !issues.isEmpty else {
      return lines.filter { isFirstOfKey($0, path: path, line: record.line) }
    }
    if record.count > expected {
      report(
        LedgerIssue(
          file: path, line: record.line,
          message: splitHint + ": a cell may have been split across columns (an unquoted comma?)"))
    }
    for issue in issues.found { report(issue) }
    return []
  }

  /// The problems of one row, each reported once.
  private struct RowIssues {
    let file: String
    let line: Int
    private(set) var found: [LedgerIssue] = []

    init(file: String, line: Int) {
      self.file = file
      self.line = line
    }

    var isEmpty: Bool { found.isEmpty }

    mutating func add(_ column: String?, _ message: String) {
      let issue = LedgerIssue(file: file, line: line, column: column, message: message)
      if !found.contains(issue) { found.append(issue) }
    }
  }

  private func ledgerRow(
    _ record: CSVRecord, header: LedgerHeader, path: String,
    report fileReport: inout LedgerFileReport
  ) -> LedgerRow? {
    var row = LedgerRow()
    var valid = true
    for (index, column) in header.columns.enumerated() where index < record.count {
      guard let column else {
        if !record.isEmpty(at: index) {
          report(
            LedgerIssue(
              file: path, line: record.line, column: "field \(index + 1)",
              message: "has a value under an unnamed column"))
          valid = false
        }
        continue
      }
      guard let text = text(record, index, column: column.name, path: path) else {
        valid = false
        continue
      }
      if column.isAmount {
        row[column] = record.delimiter == UInt8(ascii: ";") ? DecimalComma.normalised(text) : text
      } else {
        row[column] = unguarded(text, report: &fileReport)
      }
    }
    return valid ? row : nil
  }

  private func wideRow(
    _ record: CSVRecord, header: WideHeader, path: String, report fileReport: inout LedgerFileReport
  ) -> WideRow? {
    var row = WideRow()
    var valid = true
    for (index, column) in header.columns.enumerated() where index < record.count {
      guard let column else {
        if !record.isEmpty(at: index) {
          report(
            LedgerIssue(
              file: path, line: record.line, column: "field \(index + 1)",
              message: "has a value under an unnamed column"))
          valid = false
        }
        continue
      }
      guard let text = text(record, index, column: column.header, path: path) else {
        valid = false
        continue
      }
      switch column {
      case .phase, .days, .dayRate: row.cells[column] = text
      default: row.cells[column] = unguarded(text, report: &fileReport)
      }
    }
    return valid ? row : nil
  }

  private func text(_ record: CSVRecord, _ index: Int, column: String, path: String) -> String? {
    if let text = record.text(at: index) { return text }
    report(
      LedgerIssue(
        file: path, line: record.line, column: column,
        message:
          "is not valid UTF-8 (save the file as \"CSV UTF-8\", or give --encoding windows-1252)"))
    return nil
  }

  private func unguarded(_ text: String, report fileReport: inout LedgerFileReport) -> String {
    let plain = SpreadsheetText.unguarded(text)
    if plain.utf8.count != text.utf8.count { fileReport.unguardedTexts += 1 }
    return plain
  }

  private func validated(
    _ row: LedgerRow, issues: inout RowIssues, columnName: (LedgerColumn) -> String
  ) -> LedgerLine? {
    switch row.validated() {
    case .failure(let error):
      for issue in error.issues { issues.add(issue.column.map(columnName), issue.message) }
      return nil
    case .success(let line):
      return line
    }
  }

  /// Whether `line` is the first with its key (actual spend may repeat); reports it otherwise.
  private func isFirstOfKey(_ line: LedgerLine, path: String, line number: Int) -> Bool {
    guard line.figure.basis != .actual else { return true }
    if let first = firstSeen[line.key] {
      let place = first.file == path ? "line \(first.line)" : "\(first.file):\(first.line)"
      report(
        LedgerIssue(
          file: path, line: number,
          message:
            "duplicate key: the same release, version, party, modification and phase as \(place)"))
      return false
    }
    firstSeen[line.key] = (path, number)
    return true
  }

  /// Counts what a ledger-layout row had to have normalised.
  private func count(_ line: LedgerLine, in row: LedgerRow, report: inout LedgerFileReport) {
    if let range = line.figure.range {
      if !row[.low].isEmpty && row[.low] != range.low.plainDecimal {
        report.reformattedAmounts += 1
      }
      if !row[.high].isEmpty && row[.high] != range.high.plainDecimal {
        report.reformattedAmounts += 1
      }
    }
    if row[.party] != line.party.id { report.relabelledCells += 1 }
    if row[.phase] != line.phase.id { report.relabelledCells += 1 }
    if row[.basis] != line.figure.basis.id { report.relabelledCells += 1 }
  }

  private func report(_ issue: LedgerIssue) {
    if issue.kind == .unreadable { hadUnreadableFile = true }
    issueCount += 1
    if issues.count < Self.issueLimit { issues.append(issue) }
  }
}

extension LedgerColumn {
  /// Whether the column holds money or days rather than text.
  var isAmount: Bool {
    self == .low || self == .high || self == .likely || self == .days || self == .dayRate
  }
}

extension WideRow {
  /// The wide column name a ledger column's problem is reported under.
  static func columnName(for column: LedgerColumn, phase: Phase?) -> String {
    switch column {
    case .release: WideColumn.release.header
    case .version: WideColumn.version.header
    case .party: WideColumn.party.header
    case .modification: WideColumn.modification.header
    case .title: WideColumn.title.header
    case .basis: WideColumn.basis.header
    case .date: WideColumn.date.header
    case .phase, .low, .high, .likely: phase?.label ?? "phase"
    case .days: WideColumn.days.header
    case .dayRate: WideColumn.dayRate.header
    case .note: WideColumn.notes.header
    }
  }
}
