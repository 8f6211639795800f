import ArgumentParser
import SECCost
import SECCostCSV
import SECCostReports

/// `seccost totals`: the combined costs a RID needs, per group and overall.
struct TotalsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "totals",
    abstract: "Combined cost totals: ranges added as intervals, TBCs counted, never taken as £0.",
    discussion: """
      Firm, estimated and actual figures add; ranges add low to low and high to high. TBC and N/A \
      lines are counted, not added, and so is a DCC phase a modification gives no line for \
      ("not provided"). When a release appears in several document versions, each figure's \
      latest version counts: a later version replaces the figures it gives and the rest carry \
      forward. A DCC line with no modification is the combined Preliminary Assessment for its \
      phase and replaces the standalone figures of that phase in the totals.
      """
  )

  @Argument(help: "Ledger CSV files.")
  var ledgers: [String]

  @Option(help: "Group by \(TotalsDimension.allCases.map(\.rawValue).joined(separator: "|")).")
  var by: TotalsDimension = .phase

  @Option(help: "Count only this release (e.g. \"November 2022\").")
  var release: String?

  @Option(
    name: .customLong("version"),
    help: "Count exactly the lines of this document version (e.g. 0.4), as that document prints them.")
  var documentVersion: String?

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
    // Regular files can be read twice: the totals then need not keep the lines.
    var totals = CostTotals(
      files: ledgers, by: by, release: release,
      onlyVersion: documentVersion.map(VersionLabel.canonical))
    let reading = try LedgerInput.read(ledgers, options: input, includingText: false) {
      line, _, _ in totals.add(line)
    }
    if !totals.releasesToReadAgain.isEmpty {
      try LedgerInput.read(
        ledgers, options: input, includingText: false, reportingWarnings: false
      ) { line, _, _ in totals.addAgain(line) }
    }
    let report = try LedgerInput.result("totals") { try totals.report() }
    BackgroundRelease.free(consume totals)
    if release != nil || documentVersion != nil, report.versions.isEmpty {
      let what = [release.map { "release \"\($0)\"" }, documentVersion.map { "version \($0)" }]
        .compactMap { $0 }.joined(separator: " and ")
      StandardStreams.printError("no lines for \(what) in \(ledgers.joined(separator: ", "))")
      throw ExitStatus.invalidData
    }
    switch format {
    case .table: StandardStreams.print(report.plainText(colour: TerminalStyle.standardOutput))
    case .markdown: StandardStreams.print(report.markdown)
    case .json: StandardStreams.print(report.json(warnings: reading.warnings.map(\.description)))
    case .csv: StandardStreams.write(report.csv)
    }
  }
}
