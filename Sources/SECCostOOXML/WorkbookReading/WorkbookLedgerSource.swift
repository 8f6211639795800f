import Foundation
import SECCost
import SECCostCSV

/// The ledger sheet of a workbook, written as CSV for the ledger reader, and how it was chosen.
///
/// The sheet is the one named, else the one whose first non-empty row is a ledger or wide
/// header. Of several such sheets: if they hold the same ledger, the first; else the one edited
/// since seccost wrote the workbook (the one whose ledger differs from the fingerprint in the
/// hidden sheet `LedgerFingerprint.sheetName`), with a note saying so; else none — the reader
/// must name one, as reading either would silently drop the other's edits.
package final class WorkbookLedgerSource {
  /// The chosen sheet as CSV, for `LedgerReader.read(_:sheet:includingText:_:)`.
  package let sheet: SheetCSV
  /// What to tell the user about the choice (standard error), if anything.
  package let note: String?
  private let directory: String

  /// Opens `file` and writes its ledger sheet (`sheet`, or the one chosen by header) as CSV in a
  /// temporary directory, removed when this source goes. Several ledger sheets are read with
  /// `options` to compare them.
  package init(
    file: String, sheet name: String?, options: LedgerReader.Options = .init(),
    limits: WorkbookLimits = WorkbookLimits()
  ) throws(WorkbookReadError) {
    let directory = NSTemporaryDirectory() + "seccost-workbook-" + UUID().uuidString
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: false)
    } catch {
      throw WorkbookReadError(
        file: file, "cannot be read: no temporary directory could be made", kind: .unreadable)
    }
    self.directory = directory
    do {
      (sheet, note) = try Self.choose(
        file: file, name: name, options: options, limits: limits, directory: directory)
    } catch {
      try? FileManager.default.removeItem(atPath: directory)
      throw error
    }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: directory)
  }

  private static func choose(
    file: String, name: String?, options: LedgerReader.Options, limits: WorkbookLimits,
    directory: String
  ) throws(WorkbookReadError) -> (SheetCSV, String?) {
    let parts = try WorkbookParts(file: file, limits: limits)
    let sheets = parts.index.sheets
    func list(_ sheets: [WorkbookIndex.Sheet]) -> String {
      sheets.map { "'" + MessageText.escaped($0.name) + "'" }.joined(separator: ", ")
    }
    func path(_ index: Int) -> String { directory + "/sheet\(index + 1).csv" }
    if let name {
      guard let index = sheets.firstIndex(where: { $0.name == name }) else {
        throw WorkbookReadError(
          file: file,
          "has no sheet named '\(MessageText.escaped(name))'; its sheets are \(list(sheets))")
      }
      return (try SheetCSV.write(sheets[index], of: parts, to: path(index), onlyLedger: false), nil)
    }
    var candidates: [(sheet: WorkbookIndex.Sheet, csv: SheetCSV)] = []
    for (index, sheet) in sheets.enumerated() where sheet.name != LedgerFingerprint.sheetName {
      let csv = try SheetCSV.write(sheet, of: parts, to: path(index), onlyLedger: true)
      if csv.hasHeader { candidates.append((sheet, csv)) }
    }
    guard let first = candidates.first else {
      throw WorkbookReadError(
        file: file,
        "has no sheet whose first row is a ledger or wide header (its sheets are"
          + " \(list(sheets))); name the sheet to read with --sheet NAME")
    }
    if candidates.count == 1 { return (first.csv, nil) }
    // Several: the same ledger, or the one edited since the workbook was written.
    let ledgers = candidates.map { canonicalBytes(of: $0.csv, options: options) }
    if let bytes = ledgers[0], ledgers.allSatisfy({ $0 == bytes }) { return (first.csv, nil) }
    let names = list(candidates.map(\.sheet))
    if let written = try fingerprint(in: parts) {
      let edited = candidates.indices.filter { index in
        ledgers[index].map { LedgerFingerprint.of(bytes: $0) != written } ?? true
      }
      if edited.count == 1 {
        let chosen = candidates[edited[0]]
        let others = list(candidates.map(\.sheet).filter { $0.name != chosen.sheet.name })
        return (
          chosen.csv,
          LineOrigin(file: file, line: 0).locating(
            "read sheet '\(MessageText.escaped(chosen.sheet.name))', the one edited since"
              + " seccost wrote the workbook (\(others) as written); to read another, give"
              + " --sheet NAME")
        )
      }
    }
    throw WorkbookReadError(
      file: file,
      "has sheets \(names) holding different ledgers, and which one was edited cannot be told;"
        + " name the one to read with --sheet NAME (reading either would drop the other's edits)")
  }

  /// The canonical CSV of the ledger in `csv`, or `nil` if it is not a valid ledger.
  private static func canonicalBytes(of csv: SheetCSV, options: LedgerReader.Options) -> [UInt8]? {
    guard csv.problems.isEmpty else { return nil }
    let reader = LedgerReader(options: options)
    var ledger = Ledger()
    reader.read(csv.path, sheet: csv.map) { line, _ in ledger.lines.append(line) }
    return reader.isValid ? ledger.canonicalCSV() : nil
  }

  /// The fingerprint in B1 of the hidden sheet, if the workbook has one.
  private static func fingerprint(in parts: WorkbookParts) throws(WorkbookReadError) -> String? {
    guard let sheet = parts.index.sheets.first(where: { $0.name == LedgerFingerprint.sheetName })
    else { return nil }
    var found: String?
    let reader = SheetReader(
      file: parts.archive.file, sheet: sheet.name, strings: parts.strings,
      dateStyles: parts.dateStyles, date1904: parts.index.date1904
    ) { (row: SheetRow) throws(WorkbookReadError) in
      if row.number == 1 { found = row.cells.first { $0.column == 1 }?.text }
    }
    guard try parts.archive.parse(sheet.part, reader) else { return nil }
    return found
  }
}
