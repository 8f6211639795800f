/// The result of ``ScenarioTotals``: approved-only and all-targeted totals, the gap between them,
/// and the lines neither counts.
public struct ScenarioReport: Hashable, Sendable {
  /// The day the register was read as of (`nil` for an empty register).
  public let asOf: CalendarDate?
  /// Approved and implemented modifications, and release-level lines.
  public let approved: TotalsReport
  /// Approved, implemented and targeted modifications, and release-level lines.
  public let allTargeted: TotalsReport
  /// Targeted modifications only: what all-targeted adds to approved.
  public let gap: TotalsReport
  /// Ledger lines outside both scenarios, summed per release and modification.
  public let outside: [Outside]

  /// The lines of one modification that neither scenario counts, and why.
  public struct Outside: Hashable, Sendable {
    /// Why a modification's lines are not counted.
    public enum Reason: Hashable, Sendable {
      /// The release's listing has it, but it has lapsed, been withdrawn or removed, or moved.
      case standing(ScopeStanding)
      /// The release's listing does not have it; `nowIn` lists the releases whose scope has it
      /// on the day; `inRegister` says whether the register mentions it at all.
      case notListed(nowIn: [String], inRegister: Bool)
      /// The register has no listing of the release on or before the day.
      case releaseNotListed
    }

    /// The ledger line's release.
    public let release: String
    /// The ledger line's modification.
    public let modification: String
    /// Why it is not counted.
    public let reason: Reason
    /// Its lines, combined.
    public let summary: CostSummary
  }
}
