import ArgumentParser
import SECCost
import SECCostCSV

/// Reads the ledger files a command was given, validating every line first.
enum LedgerInput {
  /// Streams every valid line of `paths` to `body`; if any file is invalid, prints every
  /// problem to standard error and exits with code 1 before the command writes anything.
  /// Warnings are printed to standard error (unless `reportingWarnings` is false, for a second
  /// reading of the same files); with `--strict` they are errors. With `includingText: false`,
  /// every line's title and note are left empty (the fast path for totals).
  @discardableResult
  static func read(
    _ paths: [String], options: InputOptions, includingText: Bool = true,
    reportingWarnings: Bool = true, _ body: (LedgerLine, _ file: String, _ line: Int) -> Void
  ) throws(ExitCode) -> LedgerReading {
    try readLocated(
      paths, options: options, includingText: includingText, reportingWarnings: reportingWarnings
    ) { line, origin in body(line, origin.file, origin.line) }
  }

  /// Streams every valid line of `paths` as ``read(_:options:includingText:reportingWarnings:_:)``
  /// does, with where it was read (`FILE:LINE`, or `FILE.xlsx:Sheet!7` for a workbook's row).
  @discardableResult
  static func readLocated(
    _ paths: [String], options: InputOptions, includingText: Bool = true,
    reportingWarnings: Bool = true, _ body: (LedgerLine, LineOrigin) -> Void
  ) throws(ExitCode) -> LedgerReading {
    let files = try LedgerFiles(paths, options: options, reportingNotes: reportingWarnings)
    let reader = LedgerReader(options: options.readerOptions)
    for path in paths {
      files.read(path, with: reader, includingText: includingText) { line, number in
        body(line, files.origin(path, line: number))
      }
    }
    let warnings = try failIfInvalid(
      reader, strict: options.strict, reportingWarnings: reportingWarnings)
    return LedgerReading(reports: reader.reports, warnings: warnings)
  }

  /// Streams every valid line of `paths`, checked together as
  /// ``read(_:options:reportingWarnings:_:)`` checks them, and of `apart` (a baseline) with a reader of its own: its keys are another
  /// edition of the same figures, not duplicates of theirs. The problems of both are printed
  /// before the command exits (code 3 if a file could not be read, else 1); warnings in the same
  /// order, the baseline's last.
  @discardableResult
  static func read(
    _ paths: [String], apart: String?, options: InputOptions, reportingWarnings: Bool = true,
    _ body: (LedgerLine, _ file: String, _ line: Int) -> Void
  ) throws(ExitCode) -> LedgerReading {
    let count = apart == nil ? 1 : 2
    let files = try LedgerFiles(
      paths + (apart.map { [$0] } ?? []), options: options, reportingNotes: reportingWarnings)
    let readers = (0..<count).map { _ in LedgerReader(options: options.readerOptions) }
    for path in paths {
      files.read(path, with: readers[0]) { line, number in body(line, path, number) }
    }
    if let apart {
      files.read(apart, with: readers[1]) { line, number in body(line, apart, number) }
    }
    if !options.strict && reportingWarnings {
      for warnings in readers.compactMap(\.warningText) { StandardStreams.printError(warnings) }
    }
    let problems = readers.compactMap { $0.problems(strict: options.strict) }
    guard problems.isEmpty else {
      StandardStreams.printError(problems.map(\.description).joined(separator: "\n"))
      throw readers.contains(where: \.hadUnreadableFile)
        ? ExitStatus.inputOutput : ExitStatus.invalidData
    }
    return LedgerReading(
      reports: readers.flatMap(\.reports), warnings: readers.flatMap(\.warnings))
  }

  /// The result of `finish` (a report built from the lines), or a printed error and exit code 1
  /// if a sum overflows there: a total, not any one line, is beyond the range, so no line is
  /// blamed.
  static func result<Report>(_ command: String, _ finish: () throws -> Report) throws(ExitCode)
    -> Report
  {
    do {
      return try finish()
    } catch MoneyError.overflow {
      StandardStreams.printError("\(command): \(MoneyError.overflow.totalDescription)")
      throw ExitStatus.invalidData
    } catch {
      StandardStreams.printError("\(command): \(error)")
      throw ExitStatus.invalidData
    }
  }

  /// Loads `paths` into one ledger, or prints every problem and exits with code 1; `each` sees
  /// every line as it is added.
  static func load(
    _ paths: [String], options: InputOptions,
    each: (LedgerLine, LineOrigin) -> Void = { _, _ in }
  ) throws(ExitCode) -> (ledger: Ledger, reports: [LedgerFileReport]) {
    var ledger = Ledger()
    ledger.lines.reserveCapacity(Ledger.expectedLineCount(inFiles: paths))
    let reading = try readLocated(paths, options: options) { line, origin in
      each(line, origin)
      ledger.lines.append(line)
    }
    return (ledger, reading.reports)
  }

  /// Loads `paths` into one ledger as ``load(_:options:each:)`` does, with the `FILE:LINE` each
  /// key was first read at, for a message about a line found after loading.
  static func loadLocated(_ paths: [String], options: InputOptions) throws(ExitCode) -> (
    ledger: Ledger, reports: [LedgerFileReport], origins: [LedgerKey: LineOrigin]
  ) {
    var origins: [LedgerKey: LineOrigin] = [:]
    let (ledger, reports) = try load(paths, options: options) { line, origin in
      if origins[line.key] == nil { origins[line.key] = origin }
    }
    return (ledger, reports, origins)
  }

  /// Prints the reader's warnings to standard error (unless `reportingWarnings` is false), then
  /// its problems, and exits if there are any: with code 3 if a file could not be read at all,
  /// 1 otherwise. With `strict`, warnings are problems: printed as errors, in file and line
  /// order among the others, with exit code 1 (3 if a file could not be read). Returns the
  /// warnings.
  @discardableResult
  static func failIfInvalid(
    _ reader: LedgerReader, strict: Bool, reportingWarnings: Bool = true
  ) throws(ExitCode) -> [LedgerIssue] {
    if !strict && reportingWarnings, let warnings = reader.warningText {
      StandardStreams.printError(warnings)
    }
    guard let problems = reader.problems(strict: strict) else { return reader.warnings }
    StandardStreams.printError(problems.description)
    throw reader.hadUnreadableFile ? ExitStatus.inputOutput : ExitStatus.invalidData
  }

  /// Writes the pieces `produce` makes to `output` atomically as they come, or to standard
  /// output when there is none; exits with code 3 if the file cannot be written.
  static func write(
    to output: String?, _ produce: (_ emit: ([UInt8]) -> Void) -> Void
  ) throws(ExitCode) {
    guard let output else {
      produce { StandardStreams.write($0) }
      return
    }
    do {
      try OutputFile.write(to: output, produce)
    } catch {
      StandardStreams.printError(error.description)
      throw ExitStatus.inputOutput
    }
  }

  /// Writes `bytes` to `output` atomically, or to standard output when there is none; exits
  /// with code 3 if the file cannot be written.
  static func write(_ bytes: [UInt8], to output: String?) throws(ExitCode) {
    guard let output else {
      StandardStreams.write(bytes)
      return
    }
    do {
      try OutputFile.write(bytes, to: output)
    } catch {
      StandardStreams.printError(error.description)
      throw ExitStatus.inputOutput
    }
  }
}
