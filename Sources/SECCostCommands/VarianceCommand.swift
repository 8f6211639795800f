import ArgumentParser
import SECCost
import SECCostCSV
import SECCostReports

/// `seccost variance`: what changed between two ledgers or two versions, or budget against
/// actual spend.
struct VarianceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "variance",
    abstract: "What changed between two ledgers or versions, or budget against actual spend.",
    usage: """
      seccost variance BASELINE CURRENT [--threshold 10%|£50,000] [--only-changed]
      seccost variance LEDGER --from VERSION --to VERSION [--threshold …] [--only-changed]
      seccost variance BUDGET ACTUALS [--as-of YYYY-MM-DD]
      seccost variance LEDGER [--as-of YYYY-MM-DD]
      """,
    discussion: """
      Lines are matched on release, party, modification and phase. Each gets a status: \
      unchanged, changed, added, removed, firmed (estimate → firm), priced (TBC → figure) or \
      unpriced (figure → TBC). Totals per phase, per modification and overall show the TBC counts \
      of both sides. When a ledger holds several versions of a release, its latest is compared.

      Budget against actual spend is chosen when the ledgers hold actual spend (basis actual) and \
      no --from/--to, --threshold or --only-changed is given; --mode says which explicitly. \
      Spend is summed per key and compared with the budget (latest version); spend on a key with \
      no budget line is listed as unbudgeted.
      """
  )

  @Argument(help: "One or two ledger CSV files.")
  var ledgers: [String]

  @Option(help: "The baseline version, within the ledgers (e.g. 0.1).")
  var from: String?

  @Option(help: "The current version, within the ledgers (e.g. 0.4).")
  var to: String?

  @Option(help: "versions (baseline against current) or budget (budget against actual spend).")
  var mode: VarianceMode?

  @Option(
    help: "Flag lines whose change in low or high is over this: a percentage or an amount.",
    transform: { text in
      do { return try VarianceThreshold(parsing: text) } catch {
        throw ValidationError(String(describing: error))
      }
    })
  var threshold: VarianceThreshold?

  @Flag(help: "Leave unchanged lines out of the list (totals still count them).")
  var onlyChanged = false

  @Option(
    help: "Count spend up to and including this day (YYYY-MM-DD).",
    transform: { text in
      do { return try CalendarDate(isoParsing: text) } catch {
        throw ValidationError("--as-of: \(error)")
      }
    })
  var asOf: CalendarDate?

  @Option(help: "Compare only this release (e.g. \"November 2022\").")
  var release: String?

  @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: "|")).")
  var format: OutputFormat = .table

  @OptionGroup var input: InputOptions

  /// The mode the options alone decide, if they do.
  private var impliedMode: VarianceMode? {
    if let mode { return mode }
    if from != nil || to != nil || threshold != nil || onlyChanged { return .versions }
    if asOf != nil || ledgers.count == 1 { return .budget }
    return nil
  }

  func validate() throws {
    guard (1...2).contains(ledgers.count) else {
      throw ValidationError("give one or two ledgers (BASELINE CURRENT, or BUDGET ACTUALS)")
    }
    if (from == nil) != (to == nil) {
      throw ValidationError("--from and --to go together: give both versions to compare")
    }
    let versionOptions = from != nil || threshold != nil || onlyChanged
    if mode == .budget && versionOptions {
      throw ValidationError(
        "--from, --to, --threshold and --only-changed compare versions, not budget and spend")
    }
    if asOf != nil && (mode == .versions || versionOptions) {
      throw ValidationError(
        "--as-of is for budget against actual spend, not for comparing versions")
    }
    if impliedMode == .versions && from == nil && ledgers.count == 1 {
      throw ValidationError(
        "to compare versions within one ledger give --from and --to; or give two ledgers")
    }
  }

  func run() throws {
    let sources = try VarianceInput.read(ledgers, release: release, options: input)
    let holdsSpend = sources.contains { $0.actualLines > 0 }
    if impliedMode == .budget, mode == nil, asOf == nil, !holdsSpend {
      throw ValidationError(
        "\(ledgers[0]) has no actual spend: to compare two versions in it give --from and --to;"
          + " to compare its budget with spend, give a ledger of actual spend too")
    }
    switch impliedMode ?? (holdsSpend ? .budget : .versions) {
    case .versions: try compareVersions(sources)
    case .budget: try compareBudget(sources)
    }
  }

  private func compareVersions(_ sources: [VarianceSource]) throws(ExitCode) {
    var baseline: VarianceSide
    var current: VarianceSide
    let before: [VarianceKey: VarianceEntry]
    let after: [VarianceKey: VarianceEntry]
    do {
      if let from, let to {
        var source = VarianceSource()
        for other in sources { try source.add(other) }
        let fromVersion = Self.version(from)
        let toVersion = Self.version(to)
        for version in [fromVersion, toVersion]
        where source.countedVersions(version: version).isEmpty {
          throw VarianceInput.fail(missingVersion(version, in: source))
        }
        before = try source.figures(version: fromVersion)
        after = try source.figures(version: toVersion)
        baseline = VarianceSide(
          label: "version \(fromVersion)", releases: source.countedVersions(version: fromVersion))
        current = VarianceSide(
          label: "version \(toVersion)", releases: source.countedVersions(version: toVersion))
      } else {
        before = try sources[0].figures()
        after = try sources[1].figures()
        baseline = VarianceSide(label: ledgers[0], releases: sources[0].countedVersions())
        current = VarianceSide(label: ledgers[1], releases: sources[1].countedVersions())
      }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw VarianceInput.fail(String(describing: error))
    }
    if let release, before.isEmpty && after.isEmpty {
      throw VarianceInput.fail(
        "no lines for release \"\(release)\" in \(ledgers.joined(separator: ", "))")
    }
    let report: VarianceReport
    do {
      report = try VarianceReport.compare(
        baseline: before, current: after, threshold: threshold, onlyChanged: onlyChanged)
    } catch {
      throw VarianceInput.fail("variance: \(error)")
    }
    let heading = VarianceHeading(
      baseline: baseline, current: current,
      ignoredSpendLines: sources.reduce(0) { $0 + $1.actualLines })
    switch format {
    case .table:
      StandardStreams.print(report.plainText(heading, colour: TerminalStyle.standardOutput))
    case .markdown: StandardStreams.print(report.markdown(heading))
    case .json: StandardStreams.print(report.json(heading))
    case .csv: StandardStreams.write(report.csv)
    }
  }

  private func compareBudget(_ sources: [VarianceSource]) throws(ExitCode) {
    let report: BudgetVarianceReport
    do {
      var source = VarianceSource()
      for other in sources { try source.add(other) }
      if let release, source.isEmpty {
        throw VarianceInput.fail(
          "no lines for release \"\(release)\" in \(ledgers.joined(separator: ", "))")
      }
      report = try BudgetVarianceReport.compare(source, asOf: asOf)
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw VarianceInput.fail(String(describing: error))
    }
    switch format {
    case .table: StandardStreams.print(report.plainText(colour: TerminalStyle.standardOutput))
    case .markdown: StandardStreams.print(report.markdown)
    case .json: StandardStreams.print(report.json)
    case .csv: StandardStreams.write(report.csv)
    }
  }

  /// A version as the ledger writes it: `v0.4` is read as `0.4` (``VersionLabel``).
  static func version(_ text: String) -> String {
    VersionLabel.canonical(text)
  }

  private func missingVersion(_ version: String, in source: VarianceSource) -> String {
    let known = Set(source.versions.flatMap(\.versions)).filter { !$0.isEmpty }
      .sorted(by: NaturalOrder.precedes)
    let list = known.isEmpty ? "none" : known.joined(separator: ", ")
    return
      "no lines in version \(version) in \(ledgers.joined(separator: ", ")) (versions: \(list))"
  }
}
