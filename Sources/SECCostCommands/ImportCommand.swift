import ArgumentParser
import SECCost
import SECCostCSV

/// `seccost import`: reads a spreadsheet's CSV in any layout and writes canonical ledger CSV.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Read a CSV saved by a spreadsheet (either layout) and write canonical ledger CSV v1.",
    discussion: """
      Detects Windows-1252 or UTF-8 (with or without BOM), ',' or ';', CRLF, the wide or ledger \
      layout, reformatted amounts and re-cased labels; validates everything; then writes the \
      canonical ledger and says on standard error what it normalised. --bom and --no-bom as for \
      export: the wide layout begins with the UTF-8 byte order mark Excel needs, the ledger \
      layout does not.
      """
  )

  @Argument(help: "The spreadsheet's CSV file(s).")
  var spreadsheets: [String]

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Output layout: ledger|wide.")
  var layout: LedgerLayout = .ledger

  @OptionGroup var byteOrderMark: ByteOrderMarkOption

  @OptionGroup var input: InputOptions

  func validate() throws {
    if let output { try OutputPath.refuseInputs([output], inputs: spreadsheets) }
  }

  func run() throws {
    let (ledger, reports, origins) = try LedgerInput.loadLocated(spreadsheets, options: input)
    let csv = try ledger.csv(layout: layout, origins: origins)
    try LedgerInput.write(byteOrderMark.prefix(for: layout) + csv, to: output)
    for report in reports {
      let notes = report.normalisations
      let lines = report.lines == 1 ? "1 line" : "\(report.lines) lines"
      let summary = notes.isEmpty ? "already canonical" : notes.joined(separator: "; ")
      StandardStreams.printError(
        LineOrigin(file: report.path, line: 0).locating("\(lines) imported; \(summary)"))
    }
  }
}
