import ArgumentParser
import SECCost
import SECCostCSV

/// The scope register's checks of a ledger (``ScopeCheck``), as warnings: located at the first
/// ledger line of the modification, or at the register for a modification the ledger lacks.
enum ScopeWarnings {
  /// The findings of `counted` against `register` as located warnings.
  static func issues(
    _ counted: CountedFigures, register: ScopeRegister, path: String, asOf: CalendarDate?,
    origins: LineOrigins
  ) -> [LedgerIssue] {
    ScopeCheck.findings(of: counted, register: register, asOf: asOf).map { finding in
      let origin =
        finding.isAboutLedgerLines
        ? origins.origin(release: finding.release, modification: finding.modification) : nil
      return LedgerIssue(
        file: origin?.file ?? path, line: origin?.line ?? 0,
        column: finding.modification.isEmpty ? "release" : "modification",
        message: finding.message, severity: .warning)
    }
  }

  /// Prints the scope warnings after the ledgers' own `earlier` warnings; with `strict`, prints
  /// them all as errors and exits 1 before anything is written.
  @discardableResult
  static func check(
    _ counted: CountedFigures, register: ScopeRegister, path: String, asOf: CalendarDate?,
    origins: LineOrigins, earlier: [LedgerIssue], strict: Bool
  ) throws(ExitCode) -> [LedgerIssue] {
    let found = issues(counted, register: register, path: path, asOf: asOf, origins: origins)
    let all = earlier + found
    guard !all.isEmpty else { return [] }
    if strict {
      StandardStreams.printError(
        LedgerLoadError(issues: all.map(\.asError), count: all.count).description)
      throw ExitStatus.invalidData
    }
    for warning in all { StandardStreams.printError(warning.description) }
    return all
  }
}
