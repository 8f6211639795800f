import ArgumentParser
import SECCost
import SECCostCSV
import SECCostOOXML

/// `seccost export`: writes ledgers as one file, in the ledger or the wide layout.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write ledgers as canonical ledger CSV v1, as the RID's wide table, or as an editable workbook.",
    discussion: """
      --layout ledger (the default) writes one line per figure, plain two-place amounts, in a \
      stable order. --layout wide writes the RID's "Breakdown of DCC implementation costs" table: \
      a row per modification, a column per phase, cells in RID notation. Either reads back \
      unchanged. The output file is written atomically; nothing is written if any input is invalid.

      --bom starts the output with the UTF-8 byte order mark, which Excel needs to read a CSV \
      opened by double-click as UTF-8 (without it "£" shows as "Â£"). The wide layout is the one \
      analysts open in Excel, so it has the mark unless --no-bom is given; the ledger layout is \
      canonical CSV, byte-identical through export, import and export again, so it has no mark \
      unless --bom is given. Every reading command accepts either.

      -o FILE.xlsx (or --format xlsx) writes an editable Excel workbook instead of CSV: a Wide \
      sheet (the wide layout's columns and rows, amounts as £ numbers, ranges, TBC and N/A as \
      the RID writes them, estimates in italics, SECAS cost as =days×rate, and a totals row \
      whose formulas read TBC for a phase of only TBCs and "£1,886,716 + 2 TBC" where some are \
      TBC), a Ledger sheet (the ledger layout), and a hidden sheet with the ledger's \
      fingerprint. Text cells are stored as text, so a release name, a version 0.10 or a \
      title starting with = never becomes a date, a number or a formula. Party, phase and basis \
      cells offer drop-down lists; headers stay in view; pages print A4 landscape, one page \
      wide. The same ledger gives the same bytes. --layout and --bom do not apply to it.
      """
  )

  @Argument(help: "Ledger CSV files (either layout).")
  var ledgers: [String]

  @Option(help: "Output layout: ledger|wide.")
  var layout: LedgerLayout = .ledger

  @Option(
    help: "Output format: csv|xlsx (default: xlsx when the output file ends in .xlsx, else csv).")
  var format: ExportFormat?

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @OptionGroup var byteOrderMark: ByteOrderMarkOption

  @OptionGroup var input: InputOptions

  func validate() throws {
    if let output { try OutputPath.refuseInputs([output], inputs: ledgers) }
    if resolvedFormat == .xlsx {
      guard output != nil else {
        throw ValidationError("--format xlsx writes a workbook: give -o FILE.xlsx")
      }
      if byteOrderMark.bom != nil {
        throw ValidationError("--bom and --no-bom are for CSV; a workbook has no byte order mark")
      }
    }
  }

  /// The format asked for, or the one the output file's extension names.
  var resolvedFormat: ExportFormat {
    format ?? (output.map(ExportFormat.init(extensionOf:)) ?? .csv)
  }

  func run() throws {
    if resolvedFormat == .xlsx { return try writeWorkbook() }
    guard layout == .ledger else {
      let (ledger, _, origins) = try LedgerInput.loadLocated(ledgers, options: input)
      let csv = try ledger.csv(layout: layout, origins: origins)
      return try LedgerInput.write(byteOrderMark.prefix(for: layout) + csv, to: output)
    }
    // The canonical order is begun while the lines are read, and the CSV written as it is
    // made, a megabyte at a time.
    var export = CanonicalExport(expectingLinesOf: ledgers)
    try LedgerInput.read(ledgers, options: input) { line, _, _ in export.add(line) }
    let mark = byteOrderMark.prefix(for: layout)
    try LedgerInput.write(to: output) { emit in
      if !mark.isEmpty { emit(mark) }
      export.write(emit)
    }
  }
}

extension ExportCommand {
  /// Writes the ledgers as the editable workbook (``LedgerWorkbook``), atomically.
  func writeWorkbook() throws {
    let (ledger, _, origins) = try LedgerInput.loadLocated(ledgers, options: input)
    guard let output else {
      throw ValidationError("--format xlsx writes a workbook: give -o FILE.xlsx")
    }
    do {
      // A row at a time into a temporary file, renamed into place when complete.
      try LedgerWorkbook.write(ledger, to: output)
    } catch {
      switch error {
      case .wideLayout(let error):
        let problem =
          error.reason + " (the workbook's Wide sheet is the wide layout); reword the note, or"
          + " export CSV with --layout ledger"
        if let origin = origins[error.line.key] {
          StandardStreams.printError(origin.locating("note: \(problem)"))
        } else {
          StandardStreams.printError(problem)
        }
        throw ExitStatus.invalidData
      case .total:
        StandardStreams.printError(error.description)
        throw ExitStatus.invalidData
      case .packing, .output:
        StandardStreams.printError(error.description)
        throw ExitStatus.inputOutput
      }
    }
  }
}

/// The `--format` of `seccost export`.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
  /// CSV in the `--layout` asked for.
  case csv
  /// The editable workbook.
  case xlsx

  /// The format a file's name calls for: `xlsx` for `.xlsx` (any case), else `csv`.
  init(extensionOf path: String) {
    self = path.lowercased().hasSuffix(".xlsx") ? .xlsx : .csv
  }
}

extension Ledger {
  /// The ledger as CSV in `layout`, or a printed error and exit code 1 if it cannot be, located
  /// at the `FILE:LINE` that `origins` gives for the line's key.
  func csv(layout: LedgerLayout, origins: [LedgerKey: LineOrigin]) throws(ExitCode) -> [UInt8] {
    switch layout {
    case .ledger:
      return canonicalCSV()
    case .wide:
      do {
        return try wideCSV()
      } catch {
        if let origin = origins[error.line.key] {
          StandardStreams.printError(origin.locating("note: \(error.problem)"))
        } else {
          StandardStreams.printError(error.description)
        }
        throw ExitStatus.invalidData
      }
    }
  }
}
