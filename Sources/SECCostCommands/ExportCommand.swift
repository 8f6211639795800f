import ArgumentParser
import SECCost
import SECCostCSV

/// `seccost export`: writes ledgers as one file, in the ledger or the wide layout.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write ledgers as canonical ledger CSV v1, or as the RID's wide table.",
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
      """
  )

  @Argument(help: "Ledger CSV files (either layout).")
  var ledgers: [String]

  @Option(help: "Output layout: ledger|wide.")
  var layout: LedgerLayout = .ledger

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @OptionGroup var byteOrderMark: ByteOrderMarkOption

  @OptionGroup var input: InputOptions

  func validate() throws {
    if let output { try OutputPath.refuseInputs([output], inputs: ledgers) }
  }

  func run() throws {
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
