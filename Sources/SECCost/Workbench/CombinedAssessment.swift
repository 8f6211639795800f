/// A release's combined Preliminary Assessment (the DCC's figures for the package, given on DCC
/// lines with no modification) against the sum of the standalone figures it replaces in the
/// totals, as ``CostSection``'s breakdown counts them.
public struct CombinedAssessment: Hashable, Sendable {
  /// The phases the combined figures cover (empty: the release as a whole).
  public let phases: [Phase]
  /// The combined figures, summed.
  public let combined: CostSummary
  /// The standalone figures of the modifications in those phases, summed: replaced in the totals.
  public let standalone: CostSummary

  /// The combined assessment of `section`, or `nil` when its release has none.
  public init?(_ section: CostSection) {
    let breakdown = section.breakdown
    guard let standalone = breakdown.standaloneTotal,
      let row = breakdown.rows.first(where: { $0.modification.isEmpty })
    else { return nil }
    phases = breakdown.combinedPhases
    combined = row.total
    self.standalone = standalone
  }
}
