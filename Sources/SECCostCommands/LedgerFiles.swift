import ArgumentParser
import Foundation
import SECCost
import SECCostCSV
import SECCostOOXML

/// The ledger files a command was given, opened: a CSV file is read as it is; a workbook
/// (`.xlsx`, or any file starting with the ZIP signature) is read from its ledger sheet, which
/// `WorkbookLedgerSource` chooses and writes as CSV for the one ledger reader, so that a
/// workbook's rows meet exactly the rules a CSV file's do.
struct LedgerFiles {
  private var workbooks: [String: WorkbookLedgerSource] = [:]
  private let sheet: String?

  /// Opens the workbooks among `paths`; prints every workbook that cannot be read, and exits
  /// with code 3 if one could not be read at all, 1 otherwise. The choice of a sheet is said on
  /// standard error unless `reportingNotes` is false (a second reading of the same files).
  init(_ paths: [String], options: InputOptions, reportingNotes: Bool = true) throws(ExitCode) {
    sheet = options.sheet
    var problems: [WorkbookReadError] = []
    for path in paths where workbooks[path] == nil && Self.isWorkbook(path) {
      do {
        let source = try WorkbookLedgerSource(
          file: path, sheet: options.sheet, options: options.readerOptions)
        workbooks[path] = source
        if reportingNotes, let note = source.note { StandardStreams.printError(note) }
      } catch {
        problems.append(error)
      }
    }
    guard problems.isEmpty else {
      StandardStreams.printError(problems.map(\.description).joined(separator: "\n"))
      throw problems.contains { $0.kind == .unreadable }
        ? ExitStatus.inputOutput : ExitStatus.invalidData
    }
  }

  /// Reads `path` with `reader`: a workbook's ledger sheet (its lines numbered by sheet row, its
  /// problems located `FILE.xlsx:Sheet!B7`), or a CSV file.
  func read(
    _ path: String, with reader: LedgerReader, includingText: Bool = true,
    _ body: (LedgerLine, _ line: Int) -> Void
  ) {
    guard let workbook = workbooks[path] else {
      reader.read(path, includingText: includingText, body)
      return
    }
    for problem in workbook.sheet.problems { reader.add(problem.issue) }
    reader.read(workbook.sheet.path, sheet: workbook.sheet.map, includingText: includingText, body)
  }

  /// Where line `line` of `path` was read: `FILE:LINE`, or `FILE.xlsx:Sheet!7` for a
  /// workbook, whose lines are numbered by sheet row.
  func origin(_ path: String, line: Int) -> LineOrigin {
    guard let workbook = workbooks[path] else { return LineOrigin(file: path, line: line) }
    return LineOrigin(file: path, line: line, sheet: SheetPlace(sheet: workbook.sheet.map.sheet))
  }

  /// Whether `path` is a workbook: named `.xlsx` (or `.xlsm`), or a regular file starting with
  /// the ZIP signature `PK\u{3}\u{4}` (which no CSV file does).
  static func isWorkbook(_ path: String) -> Bool {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") { return true }
    var status = stat()
    guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      let handle = FileHandle(forReadingAtPath: path)
    else { return false }
    defer { try? handle.close() }
    let start = (try? handle.read(upToCount: 4)) ?? Data()
    return start == Data([0x50, 0x4B, 0x03, 0x04])
  }
}
