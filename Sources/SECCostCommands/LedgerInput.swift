import ArgumentParser
import SECCost
import SECCostCSV

/// Reads the ledger files a command was given, validating every line first.
enum LedgerInput {
  /// Streams every valid line of `paths` to `body`; if any file is invalid, prints every
  /// problem to standard error and exits with code 1 before the command writes anything.
  static func read(_ paths: [String], _ body: (LedgerLine, _ file: String, _ line: Int) -> Void)
    throws(ExitCode)
  {
    let reader = LedgerReader()
    for path in paths {
      reader.read(path) { line, number in body(line, path, number) }
    }
    try failIfInvalid(reader)
  }

  /// Loads `paths` into one ledger, or prints every problem and exits with code 1.
  static func load(_ paths: [String]) throws(ExitCode) -> Ledger {
    do {
      return try Ledger.load(paths)
    } catch {
      StandardStreams.printError(error.description)
      throw ExitCode(1)
    }
  }

  /// Prints the reader's problems and exits with code 1, if there are any.
  static func failIfInvalid(_ reader: LedgerReader) throws(ExitCode) {
    guard !reader.isValid else { return }
    StandardStreams.printError(
      LedgerLoadError(issues: reader.issues, count: reader.issueCount).description)
    throw ExitCode(1)
  }
}
