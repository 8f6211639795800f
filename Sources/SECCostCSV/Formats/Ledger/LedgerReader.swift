import SECCost

/// Reads ledger files row by row, in either layout, validating as it goes and collecting every
/// problem.
///
/// One reader can read several files; duplicate keys are caught across all of them. Valid lines
/// are handed to the caller as they are read; nothing is kept but a 64-bit fingerprint of each
/// key (see `DuplicateKeys`), so memory does not grow with the lines' text.
///
/// Rows that are plainly valid are read straight from their bytes (`FastLedgerRow`); every
/// other row is validated the general way, which gives every message.
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
    /// The decimal convention of every file's amounts, or `nil` for a decimal point in a
    /// `,`-delimited file and, in a `;`-delimited one, the convention its amounts settle (see
    /// `DecimalConventionTally`).
    public var decimal: DecimalConvention?

    /// Options that detect everything.
    public init(
      encoding: TextEncoding? = nil, delimiter: UInt8? = nil, limits: CSVLimits = CSVLimits(),
      decimal: DecimalConvention? = nil
    ) {
      self.encoding = encoding
      self.delimiter = delimiter
      self.limits = limits
      self.decimal = decimal
    }
  }

  /// The problems found so far, in file and line order (at most ``issueLimit``).
  public private(set) var issues: [LedgerIssue] = []
  /// How many problems were found, kept or not.
  public private(set) var issueCount = 0
  /// The warnings found so far, in file and line order (at most ``issueLimit``): values that
  /// are doubtful but counted as written. They do not make a file invalid.
  public private(set) var warnings: [LedgerIssue] = []
  /// How many warnings were found, kept or not.
  public private(set) var warningCount = 0
  /// What each file read so far held and what was normalised.
  public internal(set) var reports: [LedgerFileReport] = []
  /// How many rows the fast path (`FastLedgerRow`) read, in every file so far.
  var fastPathRows: Int { reports.reduce(0) { $0 + $1.fastRows } }
  /// How many valid lines were read.
  public var lineCount: Int { reports.reduce(0) { $0 + $1.lines } }

  let options: Options
  private let fastPath: Bool
  private let fingerprintMask: UInt64
  private let fingerprints: FingerprintSet
  private var duplicates: DuplicateKeys
  private var editions = EditionTable()
  private var texts = TextCache()
  private var labels = LedgerLabels()
  private var doubtfulVersions = DoubtfulVersions()
  /// The CSV files written from a workbook's sheet, by path, with how their rows map back.
  var sheetMaps: [String: SheetRowMap] = [:]
  /// The 0-based column of each column name of the file being read, for a sheet's problems.
  var sheetColumns: [String: Int] = [:]
  /// Set while files are read again to confirm duplicates: issues are not reported twice.
  private var muted = false
  /// The cell of the current file where a decimal-convention conflict is reported: its own
  /// problem with the amount is not reported as well.
  private var conflictCell: (line: Int, column: String)?
  /// The most bytes of rows held to settle the decimal convention of a `;`-delimited file that
  /// cannot be read twice (see ``LedgerReader/decimalReading(for:layout:path:)``).
  var decimalBufferLimit = LedgerReader.defaultDecimalBufferLimit

  /// Creates a reader with no issues.
  public convenience init(options: Options = Options()) {
    self.init(options: options, fastPath: true)
  }

  /// A reader for tests: `fastPath: false` validates every row the general way;
  /// `fingerprintMask` keeps only some bits of each key's fingerprint, to make them collide.
  init(options: Options = Options(), fastPath: Bool, fingerprintMask: UInt64 = .max) {
    self.options = options
    self.fastPath = fastPath
    self.fingerprintMask = fingerprintMask
    let fingerprints = FingerprintSet()
    self.fingerprints = fingerprints
    self.duplicates = DuplicateKeys(fingerprints: fingerprints)
  }

  /// Whether every file read so far was valid.
  public var isValid: Bool { issueCount == 0 }
  /// Whether some file could not be read at all (missing, a directory, not permitted).
  public private(set) var hadUnreadableFile = false

  /// Reads `path`, calling `body` with each valid line and the line number its row starts on.
  public func read(_ path: String, _ body: (LedgerLine, Int) -> Void) {
    read(path, includingText: true, body)
  }

  /// Reads `path` as ``read(_:_:)`` does; `includingText: false` leaves every line's title and
  /// note empty, which saves making a string of each.
  ///
  /// In the rare case
  /// that two different keys share a fingerprint, the later line is handed on only once the file
  /// has been read, when the files are read again to tell.
  package func read(
    _ path: String, includingText: Bool,
    _ body: (LedgerLine, _ line: Int) -> Void
  ) {
    var fileReport = LedgerFileReport(path: path)
    var keys = duplicates
    duplicates = DuplicateKeys(fingerprints: fingerprints)
    let file = keys.beginFile(path)
    let issuesBefore = issues.count
    var suspects: [DuplicateKeys.Suspect] = []
    var delivered = 0
    var editions = DoubtfulVersions.FileEditions()
    scan(path, includingText: includingText, report: &fileReport) {
      line, number, fingerprint, edition in
      if let fingerprint {
        let place = DuplicateKeys.Place(file: file, line: number)
        switch keys.register(fingerprint, line: line, place: place) {
        case .first:
          break
        case .duplicate(let first):
          report(duplicateIssue(path: path, line: number, first: first, keys: keys))
          return
        case .suspect:
          suspects.append(
            .init(
              line: line, number: number,
              fingerprint: fingerprint))
          return
        }
      }
      delivered += 1
      editions.note(line, at: number, edition: edition)
      body(line, number)
    }
    fileReport.lines += delivered
    if !suspects.isEmpty {
      let found = confirm(suspects, in: file, keys: &keys) { suspect in
        fileReport.lines += 1
        editions.note(suspect.line, at: suspect.number)
        body(suspect.line, suspect.number)
      }
      insert(found, after: issuesBefore)
    }
    // A workbook's version cells are text (a number there is refused), so only a CSV file's
    // versions are suspected.
    let versionColumn = fileReport.layout == .wide ? WideColumn.version.header : "version"
    let suspected = fileReport.reformattedAmounts > 0 && sheetMaps[path] == nil
    for warning in doubtfulVersions.add(
      editions, of: path, column: versionColumn, suspected: suspected)
    {
      report(warning)
    }
    duplicates = keys
    reports.append(fileReport)
  }

  /// Reads `path` row by row, handing on each valid line with its row's line number, the
  /// fingerprint of its key (`nil` for actual spend, whose keys may repeat) and the number of its
  /// release and version in ``editions`` (-1 if it has none: a row read the general way).
  /// Problems are reported as found.
  private func scan(
    _ path: String, includingText: Bool, report fileReport: inout LedgerFileReport,
    _ deliver: (LedgerLine, Int, UInt64?, Int) -> Void
  ) {
    sheetColumns = [:]
    // Everything the rows change is in one value, handed to the local functions `inout`: a
    // variable a local function captures is checked for exclusive access at run time on every
    // row (it may escape), one handed to it is checked when compiled.
    var state = ScanState(editions: editions, texts: texts, labels: labels)
    editions = EditionTable()
    texts = TextCache()
    defer {
      editions = state.editions
      texts = state.texts
      labels = state.labels
      conflictCell = nil
    }

    /// Reports a conflict of decimal conventions when its line comes; the amount's own problem
    /// under the majority's convention is then left out.
    func reportConflict(_ state: inout ScanState, before line: Int) {
      guard case .decided(let conflict?) = state.plan, conflict.line <= line else { return }
      report(conflict)
      conflictCell = conflict.column.map { (conflict.line, $0) }
      state.plan = .decided(nil)
    }

    func process(_ record: CSVRecord, _ state: inout ScanState) {
      reportConflict(&state, before: record.line)
      if let fieldMap = state.fieldMap {
        let done = record.withFields { bytes, ends in
          // The key's fingerprint is prefetched as soon as the key is decoded, so that its slot
          // in the table of fingerprints is on its way into the cache while the row is checked.
          guard
            let row = FastLedgerRow(
              bytes: bytes, ends: ends, map: fieldMap, labels: &state.labels,
              prefetch: { fingerprints.prefetch($0 & fingerprintMask) })
          else {
            return false
          }
          func cell(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[range])
          }
          let release = cell(row.release)
          let version = cell(row.version)
          let modification = cell(row.modification)
          let edition = state.editions.strings(
            release: release, version: version, hash: row.hashes.edition)
          let line = LedgerLine(
            release: edition.release, version: edition.version, party: row.party,
            modification: state.texts.text(modification),
            title: includingText ? state.texts.text(cell(row.title)) : "", phase: row.phase,
            figure: row.figure, likely: row.likely, effort: row.effort,
            note: includingText ? state.texts.text(cell(row.note)) : "", date: row.date)
          fileReport.reformattedAmounts += row.reformattedAmounts
          fileReport.relabelledCells += row.relabelledCells
          fileReport.fastRows += 1
          let fingerprint =
            row.figure.basis == .actual ? nil : row.hashes.fingerprint & fingerprintMask
          deliver(line, record.line, fingerprint, edition.number)
          return true
        }
        if done { return }
      }
      guard let layout = state.layout else { return }
      let lines = lines(
        of: record, layout: layout, path: path, decimal: state.decimal, report: &fileReport)
      for line in lines {
        deliver(
          line, record.line,
          line.figure.basis == .actual ? nil : line.key.fingerprint & fingerprintMask, -1)
      }
    }

    /// Settles the convention of a file whose rows were held, then handles them.
    func release(_ buffer: DecimalBuffer, _ state: inout ScanState) {
      guard let layout = state.layout else { return }
      var tally = DecimalConventionTally<Cell>()
      for record in buffer.records { recordEvidence(of: record, layout: layout, into: &tally) }
      (state.decimal, state.plan) = settle(tally, path: path)
      for record in buffer.records { process(record, &state) }
    }

    var readError: CSVReadError?
    do {
      let isSheet = sheetMaps[path] != nil
      var reader = CSVReader(
        path: path, delimiter: isSheet ? UInt8(ascii: ",") : options.delimiter,
        encoding: isSheet ? .utf8 : options.encoding)
      reader.limits = options.limits
      fileReport.source = try reader.forEachRow { record in
        if !state.headerRead {
          state.headerRead = true
          let layout = readHeader(record, path: path)
          state.layout = layout
          fileReport.layout = layout?.kind
          if sheetMaps[path] != nil, let layout { sheetColumns = Self.columnIndex(of: layout) }
          if let layout {
            (state.decimal, state.plan) = decimalReading(for: record, layout: layout, path: path)
          }
          if fastPath, case .ledger(let header)? = layout, record.delimiter == UInt8(ascii: ","),
            state.decimal == .pointByDefault || state.decimal == .workbook
              || state.decimal == .point
          {
            state.fieldMap = LedgerFieldMap(header)
          }
          return
        }
        if case .buffering(var buffer) = state.plan {
          state.plan = .decided(nil)  // the buffer is held once only while it grows
          if buffer.add(record, limit: decimalBufferLimit) {
            state.plan = .buffering(buffer)
            return
          }
          report(
            LedgerIssue(
              file: path, line: record.line,
              message: "is a ';'-delimited file that cannot be read twice (a pipe) and is larger"
                + " than \(CSVLimits.describe(decimalBufferLimit)): its decimal convention is"
                + " settled from the rows before this one; give --decimal comma or --decimal"
                + " point, or read it from a file"))
          release(buffer, &state)
          process(record, &state)
          return
        }
        process(record, &state)
      }
    } catch {
      readError = error
    }
    if case .buffering(let buffer) = state.plan {
      state.plan = .decided(nil)
      release(buffer, &state)
    }
    reportConflict(&state, before: .max)
    if let error = readError {
      report(
        LedgerIssue(file: error.file, line: error.line, message: error.message, kind: error.kind))
    } else if !state.headerRead {
      report(LedgerIssue(file: path, line: 0, message: "is empty: a ledger needs a header row"))
    }
  }

  /// Reads `path` again without reporting anything, handing on each line with a fingerprint.
  func rereadQuietly(_ path: String, _ body: (LedgerLine, Int, UInt64) -> Void) {
    var scratch = LedgerFileReport(path: path)
    muted = true
    defer { muted = false }
    scan(path, includingText: false, report: &scratch) { line, number, fingerprint, _ in
      if let fingerprint { body(line, number, fingerprint) }
    }
  }

  /// Puts the duplicates found when settling suspects among the issues of the file whose issues
  /// start at `start`, in line order (before others of the same line, as they were found first),
  /// keeping at most ``issueLimit``.
  private func insert(_ found: [LedgerIssue], after start: Int) {
    guard !found.isEmpty else { return }
    let found = found.map { issue in sheetMaps[issue.file].map { located(issue, in: $0) } ?? issue }
    issueCount += found.count
    var merged = Array(issues[..<start])
    var pending = found[...]
    for issue in issues[start...] {
      while let next = pending.first, next.line <= issue.line {
        merged.append(next)
        pending = pending.dropFirst()
      }
      merged.append(issue)
    }
    merged += pending
    issues = Array(merged.prefix(Self.issueLimit))
  }

  enum FileLayout {
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
    of record: CSVRecord, layout: FileLayout, path: String, decimal: DecimalReading,
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
    var warnings = RowIssues(file: path, line: record.line, severity: .warning)
    defer { for warning in warnings.found { report(warning) } }
    var lines: [LedgerLine] = []
    switch layout {
    case .ledger(let header):
      if let row = ledgerRow(record, header: header, path: path, report: &fileReport),
        let line = validated(
          row, decimal: decimal, issues: &issues, warnings: &warnings, columnName: { $0.name })
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
          let line = validated(
            expansion.row, decimal: decimal, issues: &issues, warnings: &warnings
          ) {
            WideRow.columnName(for: $0, phase: expansion.phase)
          }
          if let line { lines.append(line) }
        }
      }
    }
    guard !issues.isEmpty else { return lines }
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
    let severity: LedgerIssue.Severity
    private(set) var found: [LedgerIssue] = []

    init(file: String, line: Int, severity: LedgerIssue.Severity = .error) {
      self.file = file
      self.line = line
      self.severity = severity
    }

    var isEmpty: Bool { found.isEmpty }

    mutating func add(_ column: String?, _ message: String) {
      let issue = LedgerIssue(
        file: file, line: line, column: column, message: message, severity: severity)
      if !found.contains(issue) { found.append(issue) }
    }
  }

  private func ledgerRow(
    _ record: CSVRecord, header: LedgerHeader, path: String,
    report fileReport: inout LedgerFileReport
  ) -> LedgerRow? {
    var row = LedgerRow()
    let valid = readCells(
      record, columns: header.columns, name: \.name, path: path, report: &fileReport,
      keepsSpreadsheetGuard: \.isAmount
    ) { column, text in row[column] = text }
    return valid ? row : nil
  }

  private func wideRow(
    _ record: CSVRecord, header: WideHeader, path: String, report fileReport: inout LedgerFileReport
  ) -> WideRow? {
    var row = WideRow()
    let valid = readCells(
      record, columns: header.columns, name: \.header, path: path, report: &fileReport,
      keepsSpreadsheetGuard: { column in
        switch column {
        case .phase, .days, .dayRate: true
        default: false
        }
      }
    ) { column, text in row.cells[column] = text }
    return valid ? row : nil
  }

  /// Hands `store` the text of each cell of `record` under a named column, with the spreadsheet
  /// guard taken off text cells (figure cells keep it: they are parsed as written); reports a
  /// value under an unnamed column and a cell that is not text. `false` if anything was reported.
  private func readCells<Column>(
    _ record: CSVRecord, columns: [Column?], name: (Column) -> String, path: String,
    report fileReport: inout LedgerFileReport, keepsSpreadsheetGuard: (Column) -> Bool,
    _ store: (Column, String) -> Void
  ) -> Bool {
    var valid = true
    for (index, column) in columns.enumerated() where index < record.count {
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
      guard let text = text(record, index, column: name(column), path: path) else {
        valid = false
        continue
      }
      // A workbook's cells are literal: a text starting with `'` was typed so.
      let literal = keepsSpreadsheetGuard(column) || sheetMaps[path] != nil
      store(column, literal ? text : unguarded(text, report: &fileReport))
    }
    return valid
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
    _ row: LedgerRow, decimal: DecimalReading, issues: inout RowIssues,
    warnings: inout RowIssues, columnName: (LedgerColumn) -> String
  ) -> LedgerLine? {
    var found: [FieldIssue] = []
    defer { for warning in found { warnings.add(warning.column.map(columnName), warning.message) } }
    switch row.validated(decimal: decimal, warnings: &found) {
    case .failure(let error):
      for issue in error.issues { issues.add(issue.column.map(columnName), issue.message) }
      return nil
    case .success(let line):
      return line
    }
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
    if row[.release].trimmingSpaces != line.release { report.rewrittenIdentities += 1 }
    if row[.version].trimmingSpaces != line.version { report.rewrittenIdentities += 1 }
    if row[.modification].trimmingSpaces != line.modification { report.rewrittenIdentities += 1 }
  }

  func report(_ issue: LedgerIssue) {
    guard !muted else { return }
    let issue = sheetMaps[issue.file].map { located(issue, in: $0) } ?? issue
    if issue.severity == .warning {
      warningCount += 1
      if warnings.count < Self.issueLimit { warnings.append(issue) }
      return
    }
    if let cell = conflictCell, issue.line == cell.line, issue.column == cell.column { return }
    if issue.kind == .unreadable { hadUnreadableFile = true }
    issueCount += 1
    if issues.count < Self.issueLimit { issues.append(issue) }
  }
}

extension LedgerColumn {
  /// Whether the column holds money or days rather than text.
  package var isAmount: Bool {
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

extension LedgerReader {
  /// What reading a file changes as its rows come: the layout and decimal reading its header
  /// settles, and the tables the fast path decodes with.
  fileprivate struct ScanState {
    var editions: EditionTable
    var texts: TextCache
    var labels: LedgerLabels
    var layout: FileLayout?
    var fieldMap: LedgerFieldMap?
    var headerRead = false
    var decimal = DecimalReading.pointByDefault
    var plan = DecimalPlan.decided(nil)
  }
}
