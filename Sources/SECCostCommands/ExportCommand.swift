import ArgumentParser
import SECCost
import SECCostCSV

/// `seccost export`: writes ledgers as one canonical ledger CSV v1 file.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write ledgers as canonical ledger CSV v1 (stable order, plain two-place amounts).",
    discussion: "The output file is written atomically; nothing is written if any input is invalid."
  )

  @Argument(help: "Ledger CSV files.")
  var ledgers: [String]

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  func validate() throws {
    if let output, ledgers.contains(output) {
      throw ValidationError("the output file \(output) is also an input; write elsewhere")
    }
  }

  func run() throws {
    let ledger = try LedgerInput.load(ledgers)
    let bytes = ledger.canonicalCSV()
    guard let output else {
      StandardStreams.write(bytes)
      return
    }
    do {
      try OutputFile.write(bytes, to: output)
    } catch {
      StandardStreams.printError(error.description)
      throw ExitCode(1)
    }
  }
}
