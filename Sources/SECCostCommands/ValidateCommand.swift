import ArgumentParser
import SECCost
import SECCostCSV

/// `seccost validate`: checks ledger files and lists every problem.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check ledger files; list every problem as FILE:LINE: column: message.",
    discussion:
      "Exits 0 with a one-line summary if every file is valid, 1 otherwise (3 if a file cannot be"
      + " read at all)."
  )

  @Argument(help: "Ledger CSV files.")
  var ledgers: [String]

  @OptionGroup var input: InputOptions

  @OptionGroup var scopeCheck: ScopeCheckOptions

  func run() throws {
    let opened = try LedgerFiles(ledgers, options: input)
    let reader = LedgerReader(options: input.readerOptions)
    var ledger = CountedLedger()
    var origins = LineOrigins()
    let checking = scopeCheck.isChecking
    for path in ledgers {
      opened.read(path, with: reader, includingText: false) { line, number in
        guard checking else { return }
        ledger.add(line)
        origins.note(line, origin: opened.origin(path, line: number))
      }
    }
    let warnings = try LedgerInput.failIfInvalid(
      reader, strict: input.strict, reportingWarnings: !checking)
    _ = try scopeCheck.check(
      ledger.counted(), origins: origins, earlier: warnings, strict: input.strict)
    let files = ledgers.count == 1 ? "1 file" : "\(ledgers.count) files"
    let lines = reader.lineCount == 1 ? "1 line" : "\(reader.lineCount) lines"
    StandardStreams.print("valid: \(lines) in \(files)\n")
  }
}
