import ArgumentParser
import SECCost
import SECCostCSV

/// `seccost totals`: the combined costs a RID needs, per group and overall.
struct TotalsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "totals",
    abstract: "Combined cost totals: ranges added as intervals, TBCs counted, never taken as £0.",
    discussion: """
      Firm, estimated and actual figures add; ranges add low to low and high to high. TBC and N/A \
      lines are counted, not added. When a release appears in several document versions, only the \
      latest is counted.
      """
  )

  @Argument(help: "Ledger CSV files.")
  var ledgers: [String]

  @Option(help: "Group by \(TotalsDimension.allCases.map(\.rawValue).joined(separator: "|")).")
  var by: TotalsDimension = .phase

  @Option(help: "Count only this release (e.g. \"November 2022\").")
  var release: String?

  @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: "|")).")
  var format: OutputFormat = .table

  @OptionGroup var input: InputOptions

  @Option(help: "Scope register CSV: total approved vs all targeted modifications side by side.")
  var scope: String?

  @Option(help: "With --scope: approved|all-targeted; repeat for both (the default, with the gap).")
  var scenario: [ScopeScenario] = []

  @Option(name: .customLong("as-of"), help: "With --scope: read the register as of this day.")
  var asOf: CalendarDate?

  func run() throws {
    if scope != nil || !scenario.isEmpty || asOf != nil { return try runScoped() }
    var totals = CostTotals(by: by, release: release)
    let reading = try LedgerInput.sumFigures(ledgers, options: input) {
      line, releaseVersion throws(MoneyError) in
      try totals.add(line, releaseVersionHint: releaseVersion)
    }
    let report = try LedgerInput.result("totals") { try totals.report() }
    if let release, report.total.lines == 0 {
      StandardStreams.printError(
        "no lines for release \"\(release)\" in \(ledgers.joined(separator: ", "))")
      throw ExitCode(1)
    }
    switch format {
    case .table: StandardStreams.print(report.plainText(colour: TerminalStyle.standardOutput))
    case .markdown: StandardStreams.print(report.markdown)
    case .json: StandardStreams.print(report.json(warnings: reading.warnings.map(\.description)))
    case .csv: StandardStreams.write(report.csv)
    }
  }
}
