import ArgumentParser
import SECCost
import SECCostCSV

/// How ledger files are read, for files a spreadsheet wrote: by default both are detected.
struct InputOptions: ParsableArguments {
  @Option(help: "Input encoding: utf-8|windows-1252 (default: detected).")
  var encoding: TextEncoding?

  @Option(help: "Input delimiter: ',' or ';' (default: detected from the header).")
  var delimiter: Delimiter?

  @Option(
    help: ArgumentHelp(
      "Decimal mark of amounts: comma (1.234,56) or point (1,234.56) (default: point for a ','"
        + " file; for a ';' file, what its amounts say).",
      valueName: "comma|point"))
  var decimal: DecimalConvention?

  @Option(
    help: ArgumentHelp(
      "The largest field accepted, in bytes (K, M, G: binary multiples).", valueName: "bytes"))
  var maxFieldSize = ByteSize(bytes: CSVLimits.defaultMaxFieldBytes)

  @Option(help: ArgumentHelp("The most fields a row may have.", valueName: "count"))
  var maxColumns = CSVLimits.defaultMaxFields

  @Option(
    help: ArgumentHelp("The largest row accepted, all its fields together.", valueName: "bytes"))
  var maxRowSize = ByteSize(bytes: CSVLimits.defaultMaxRowBytes)

  @Option(
    help: ArgumentHelp(
      "The sheet of an .xlsx workbook to read (default: the one whose first row is a ledger or"
        + " wide header; of several, the one edited since export).",
      valueName: "name"))
  var sheet: String?

  @Flag(help: "Turn warnings into errors: exit 1, nothing written.")
  var strict = false

  func validate() throws {
    guard maxColumns > 0 else { throw ValidationError("--max-columns must be at least 1") }
  }

  /// The reader options these flags ask for.
  var readerOptions: LedgerReader.Options {
    LedgerReader.Options(
      encoding: encoding, delimiter: delimiter?.byte,
      limits: CSVLimits(
        maxFieldBytes: maxFieldSize.bytes, maxFields: maxColumns, maxRowBytes: maxRowSize.bytes),
      decimal: decimal)
  }
}

/// A field delimiter a user may name.
enum Delimiter: String, CaseIterable, ExpressibleByArgument {
  case comma = ","
  case semicolon = ";"

  var byte: UInt8 { self == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";") }
}

extension TextEncoding: ExpressibleByArgument {}

extension DecimalConvention: ExpressibleByArgument {}

extension LedgerLayout: ExpressibleByArgument {}
