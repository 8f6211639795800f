import ArgumentParser
import SECCostCSV

/// How ledger files are read, for files a spreadsheet wrote: by default both are detected.
struct InputOptions: ParsableArguments {
  @Option(help: "Input encoding: utf-8|windows-1252 (default: detected).")
  var encoding: TextEncoding?

  @Option(help: "Input delimiter: ',' or ';' (default: detected from the header).")
  var delimiter: Delimiter?

  /// The reader options these flags ask for.
  var readerOptions: LedgerReader.Options {
    LedgerReader.Options(encoding: encoding, delimiter: delimiter?.byte)
  }
}

/// A field delimiter a user may name.
enum Delimiter: String, CaseIterable, ExpressibleByArgument {
  case comma = ","
  case semicolon = ";"

  var byte: UInt8 { self == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";") }
}

extension TextEncoding: ExpressibleByArgument {}

extension LedgerLayout: ExpressibleByArgument {}
