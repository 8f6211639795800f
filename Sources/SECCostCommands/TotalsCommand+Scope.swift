import ArgumentParser
import SECCost
import SECCostCSV
import SECCostReports

extension TotalsCommand {
  /// `totals --scope REGISTER`: approved-only and all-targeted totals side by side, with the
  /// gap, and the ledger lines neither counts listed apart.
  ///
  /// Lines are counted as ``CountedLedger`` counts them before they are sorted into scenarios.
  func runScoped() throws {
    guard let scope else {
      throw ValidationError("--scenario and --as-of go with --scope REGISTER")
    }
    let (register, registerLines) = try ScopeInput.loadLocated(scope)
    let scenarios = ScopeScenario.allCases.filter { scenario.isEmpty || scenario.contains($0) }
    var totals = ScenarioTotals(
      by: by, release: release, register: register, asOf: asOf,
      onlyVersion: documentVersion.map(VersionLabel.canonical))
    var origins = LineOrigins()
    let reading = try LedgerInput.read(
      ledgers, options: input, includingText: false, reportingWarnings: false
    ) {
      line, file, number in
      origins.note(line, file: file, line: number)
      totals.add(line)
    }
    try ScopeWarnings.check(
      totals.counted(), register: register, path: scope, lines: registerLines, asOf: asOf,
      origins: origins, earlier: reading.warnings, strict: input.strict)
    let report = try LedgerInput.result("totals") { try totals.report() }
    if release != nil || documentVersion != nil, report.allTargeted.total.lines == 0,
      report.outside.isEmpty
    {
      let what = [release.map { "release \"\($0)\"" }, documentVersion.map { "version \($0)" }]
        .compactMap { $0 }.joined(separator: " and ")
      StandardStreams.printError("no lines for \(what) in \(ledgers.joined(separator: ", "))")
      throw ExitStatus.invalidData
    }
    let unlisted = report.outside.filter {
      if case .standing = $0.reason { return false }
      return true
    }
    if !unlisted.isEmpty {
      StandardStreams.printError(
        "note: \(unlisted.count) modification(s) in the ledgers are not in the scope listing of "
          + "their release and are not counted in either scenario: "
          + unlisted.map { "\($0.modification) (\($0.release))" }.joined(separator: ", "))
    }
    switch format {
    case .table: StandardStreams.print(report.document(scenarios, register: scope).plainText)
    case .markdown: StandardStreams.print(report.document(scenarios, register: scope).markdown)
    case .json: StandardStreams.print(report.json(scenarios))
    case .csv: StandardStreams.write(report.csv(scenarios))
    }
  }
}
