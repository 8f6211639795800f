import ArgumentParser
import SECCost
import SECCostCSV
import SECCostReports

/// `seccost risk`: Monte Carlo and analytic roll-ups of estimated ranges, with contingency.
struct RiskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "risk",
    abstract: "Simulate ranged costs: mean, P10, P50, P80, P90 and contingency per group.",
    discussion: """
      Every range (low < high) is a random variable on [low, high] with its mode at the ledger's \
      likely amount (the midpoint when there is none); point figures are constants; N/A lines \
      are left out; TBC lines are left out and counted, or each given the --tbc range. \
      Contingency = P80 − the single-figure estimate (point figures plus likely amounts or \
      midpoints). The same seed gives the same output, byte for byte.
      """
  )

  @Argument(help: "Ledger CSV files.")
  var ledgers: [String]

  @Option(
    help: """
      The number of simulations (1 to \(RiskOptions.maximumSimulations)); memory: \
      \(RiskOptions.bytesPerSimulation) bytes each for the simulated totals, whatever the number \
      of groups (at most \(RiskCommand.largestTotalsMemory) MB).
      """)
  var simulations: Int = RiskOptions().simulations

  @Option(help: "The seed of the random number generator (0 to 2^64 − 1).")
  var seed: UInt64 = RiskOptions().seed

  @Option(
    help: "The shape of each range: \(RangeDistribution.allCases.map(\.id).joined(separator: "|"))."
  )
  var distribution: RangeDistribution = RiskOptions().distribution

  @Option(help: "The correlation R between ranges, 0 (independent) to 1 (moving together).")
  var correlation: Double = RiskOptions().correlation

  @Option(
    help: ArgumentHelp(
      "TBC figures: exclude (leave out and count; the default), or a range for each, e.g. \"£0 to £250,000\".",
      valueName: "exclude|range"),
    transform: RiskCommand.tbcTreatment)
  var tbc: TBCTreatment = .exclude

  @Option(help: "Group by \(RiskGrouping.allCases.map(\.rawValue).joined(separator: "|")).")
  var by: RiskGrouping = .modification

  @Option(help: "Count only this release (e.g. \"November 2022\").")
  var release: String?

  @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: "|")).")
  var format: OutputFormat = .table

  /// The memory the simulated totals take at the most simulations allowed, in megabytes.
  private static let largestTotalsMemory =
    RiskOptions.maximumSimulations * RiskOptions.bytesPerSimulation / 1_000_000

  private var options: RiskOptions {
    RiskOptions(
      simulations: simulations, seed: seed, distribution: distribution, correlation: correlation)
  }

  func validate() throws {
    if let problem = options.problem { throw ValidationError(problem) }
  }

  @OptionGroup var input: InputOptions

  func run() throws {
    var model = RiskModel(by: by, release: release, tbc: tbc)
    try LedgerInput.read(ledgers, options: input) { line, _, _ in model.add(line) }
    if model.isEmpty {
      let what = release.map { "no lines for release \"\($0)\"" } ?? "no ledger lines"
      StandardStreams.printError("\(what) in \(ledgers.joined(separator: ", "))")
      throw ExitStatus.invalidData
    }
    // A sum beyond Money's range is a total's, never one line's: said as totals says it.
    let report = try LedgerInput.result("risk") { () throws -> RiskReport in
      do {
        return try model.simulate(options)
      } catch RiskError.overflow {
        throw MoneyError.overflow
      }
    }
    switch format {
    case .table: StandardStreams.print(report.plainText)
    case .markdown: StandardStreams.print(report.markdown)
    case .json: StandardStreams.print(report.json)
    case .csv: StandardStreams.write(report.csv)
    }
  }

  /// Reads `--tbc`: `exclude`, or an amount or range in a RID's notation.
  static func tbcTreatment(_ text: String) throws -> TBCTreatment {
    if text.filter({ !$0.isWhitespace }).lowercased() == "exclude" { return .exclude }
    let figure: CostFigure
    do {
      figure = try CostFigure(ridNotation: text, basis: .estimate)
    } catch {
      throw ValidationError(
        "\(error) (give exclude, an amount, or a range like \"£0 to £250,000\")")
    }
    guard let range = figure.range else {
      throw ValidationError("give exclude, an amount, or a range like \"£0 to £250,000\"")
    }
    return .range(range)
  }
}

extension RangeDistribution: ExpressibleByArgument {}
extension RiskGrouping: ExpressibleByArgument {}
