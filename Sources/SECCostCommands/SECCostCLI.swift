import ArgumentParser

/// The `seccost` command: totals, variance and round-tripping of SEC Release cost ledgers.
public struct SECCostCLI: ParsableCommand {
  /// The command name, help and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "seccost",
    abstract: "Model, total and compare the costs of Smart Energy Code releases.",
    discussion: """
      Exit codes: 0 success; 1 invalid data (every problem is listed as FILE:LINE: column: message); \
      2 usage error.
      """,
    subcommands: [TotalsCommand.self, ValidateCommand.self, ExportCommand.self, RiskCommand.self]
  )

  /// Creates the command; ArgumentParser fills in the options.
  public init() {}
}
