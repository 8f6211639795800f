/// A modification's row of the DCC cost breakdown: a cell per phase it has a line for, and its
/// total across phases.
public struct BreakdownRow: Hashable, Sendable {
  /// The modification; empty for DCC lines of the release as a whole.
  public let modification: String
  /// The modification's title, as the ledger gives it.
  public let title: String
  /// The cells by phase; a phase with no ledger line has none (the RID leaves it blank).
  public let cells: [Phase: BreakdownCell]
  /// The row's cells added: interval sum, TBC and N/A counted.
  public let total: CostSummary

  /// Creates a row.
  public init(
    modification: String, title: String, cells: [Phase: BreakdownCell], total: CostSummary
  ) {
    self.modification = modification
    self.title = title
    self.cells = cells
    self.total = total
  }

  /// The row's label: the modification, or `(release-level)`.
  public var label: String { TotalsDimension.modification.label(of: modification) }
}
