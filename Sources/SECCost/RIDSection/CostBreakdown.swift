/// The RID's "Breakdown of DCC implementation costs": modifications down, phases across, with a
/// total per row, per phase and overall.
public struct CostBreakdown: Hashable, Sendable {
  /// The phase columns, in the RID's order: the five DCC phases when any line is by phase, and
  /// `total` when any figure is given only as a whole.
  public let phases: [Phase]
  /// The rows, in the RID's order (``ModificationOrder``).
  public let rows: [BreakdownRow]
  /// Each column added: interval sum, TBC and N/A counted.
  public let phaseTotals: [Phase: CostSummary]
  /// Every cell added: the DCC total (a combined figure in place of the standalone figures it
  /// covers).
  public let total: CostSummary
  /// Per phase with a combined figure, the standalone figures it replaces, added.
  public let standalonePhaseTotals: [Phase: CostSummary]
  /// The standalone figures combined figures replace, added; `nil` when there are none.
  public let standaloneTotal: CostSummary?

  /// Creates a breakdown.
  public init(
    phases: [Phase], rows: [BreakdownRow], phaseTotals: [Phase: CostSummary], total: CostSummary,
    standalonePhaseTotals: [Phase: CostSummary] = [:], standaloneTotal: CostSummary? = nil
  ) {
    self.standalonePhaseTotals = standalonePhaseTotals
    self.standaloneTotal = standaloneTotal
    self.phases = phases
    self.rows = rows
    self.phaseTotals = phaseTotals
    self.total = total
  }

  /// Whether any figure is given by phase: a RID prints the table only then (the February 2021
  /// RID, with one figure for the whole release, prints a sentence instead).
  public var hasPhasedFigures: Bool {
    rows.contains { row in row.cells.keys.contains { $0 != .total } }
  }

  /// The phases a combined Preliminary Assessment covers, in column order.
  public var combinedPhases: [Phase] {
    phases.filter { standalonePhaseTotals[$0] != nil }
  }

  /// Whether any cell is an estimate (so the RID's sentence on italics belongs under the table).
  public var hasEstimates: Bool {
    rows.contains { row in row.cells.values.contains(where: \.isEstimate) }
  }

  /// The modifications that have a priced figure other than £0, in row order.
  public var pricedModifications: [String] {
    rows.filter { row in
      !row.modification.isEmpty
        && row.cells.values.contains { ($0.figure.range.map { $0 != .zero }) ?? false }
    }.map(\.modification)
  }
}
