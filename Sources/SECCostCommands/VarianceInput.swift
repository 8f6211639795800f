import ArgumentParser
import SECCost
import SECCostCSV

/// Reads the ledgers of `seccost variance`, one ``VarianceSource`` per file, validating every
/// line first.
enum VarianceInput {
  /// Reads each of `paths` (ledger or wide layout, as `options` and detection say) into its own
  /// side, keeping only `release` when given.
  ///
  /// Every problem in every file is printed to standard error before the command exits with
  /// code 1; nothing is printed to standard output.
  static func read(_ paths: [String], release: String?, options: InputOptions) throws(ExitCode)
    -> [VarianceSource]
  {
    let release = release.map(ReleaseName.key)
    var sources: [VarianceSource] = []
    var problems: [String] = []
    let files = try LedgerFiles(paths, options: options)
    for path in paths {
      var source = VarianceSource()
      var failure: String?
      let reader = LedgerReader(options: options.readerOptions)
      files.read(path, with: reader) { line, number in
        if let release, line.release != release { return }
        guard failure == nil else { return }
        do {
          try source.add(line, origin: files.origin(path, line: number))
        } catch {
          failure = String(describing: error)
        }
      }
      if !options.strict, let warnings = reader.warningText {
        StandardStreams.printError(warnings)
      }
      if let invalid = reader.problems(strict: options.strict) {
        problems.append(invalid.description)
      } else if let failure {
        problems.append(failure)
      }
      sources.append(source)
    }
    guard problems.isEmpty else {
      StandardStreams.printError(problems.joined(separator: "\n"))
      throw ExitStatus.invalidData
    }
    return sources
  }

  /// `problem`, printed to standard error, then exit code 1.
  static func fail(_ problem: String) -> ExitCode {
    StandardStreams.printError(problem)
    return ExitStatus.invalidData
  }
}
