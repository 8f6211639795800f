import ArgumentParser
import SECCost

/// How a command prints its report.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  /// Aligned columns for the terminal.
  case table
  /// CSV through libcsv, for spreadsheets.
  case csv
  /// JSON, amounts as two-place decimal strings.
  case json
  /// A Markdown table, for RIDs and Panel papers.
  case markdown
}

extension TotalsDimension: ExpressibleByArgument {}
