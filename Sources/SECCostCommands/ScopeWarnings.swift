import ArgumentParser
import SECCost
import SECCostCSV

/// The scope register's checks of a ledger (``ScopeCheck``), as warnings: located at the first
/// ledger line of the modification, or at the register for a modification the ledger lacks.
enum ScopeWarnings {
  /// The findings of `counted` against `register` as located warnings.
  static func issues(
    _ counted: CountedFigures, register: ScopeRegister, path: String, lines: [Int],
    asOf: CalendarDate?, origins: LineOrigins
  ) -> [LedgerIssue] {
    // The register's last entry of each release and modification, for findings about entries.
    var lastEntry: [String: Int] = [:]
    for (index, entry) in register.entries.enumerated() {
      lastEntry[ScopeRegister.key(entry.release) + "\u{0}" + ScopeRegister.key(entry.modification)] =
        index
    }
    return ScopeCheck.findings(of: counted, register: register, asOf: asOf).map { finding in
      let origin: LineOrigin?
      if finding.isAboutLedgerLines {
        origin = origins.origin(release: finding.release, modification: finding.modification)
      } else {
        let key =
          ScopeRegister.key(finding.release) + "\u{0}" + ScopeRegister.key(finding.modification)
        origin = lastEntry[key].flatMap {
          $0 < lines.count ? LineOrigin(file: path, line: lines[$0]) : nil
        }
      }
      return LedgerIssue(
        file: origin?.file ?? path, line: origin?.line ?? 0,
        column: finding.modification.isEmpty ? "release" : "modification",
        message: finding.message, severity: .warning, sheet: origin?.sheet)
    }
  }

  /// Prints the scope warnings after the ledgers' own `earlier` warnings; with `strict`, prints
  /// them all as errors and exits 1 before anything is written.
  @discardableResult
  static func check(
    _ counted: CountedFigures, register: ScopeRegister, path: String, lines: [Int],
    asOf: CalendarDate?, origins: LineOrigins, earlier: [LedgerIssue], strict: Bool
  ) throws(ExitCode) -> [LedgerIssue] {
    let found = issues(
      counted, register: register, path: path, lines: lines, asOf: asOf, origins: origins)
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
