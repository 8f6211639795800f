/// The baseline and current totals of a group of lines (a phase, a modification, everything),
/// with the change and the TBC counts on both sides.
///
/// A total that fell only because a figure became TBC shows it: the current side has one more
/// TBC.
public struct GroupVariance: Hashable, Sendable {
  /// The canonical key (`sit`, `MP078`; empty for the overall total or release-level lines).
  public let key: String
  /// The label for people (`SIT`, `(release-level)`, `Total`).
  public let label: String
  /// The baseline total: priced sum, TBC and N/A counts.
  public let before: CostSummary
  /// The current total.
  public let after: CostSummary
  /// Current priced sum minus baseline priced sum; percentages against the baseline sum, "n/a"
  /// when the baseline has no figure.
  public let change: RangeChange

  /// The variance of a group whose lines sum to `before` and `after`.
  public init(key: String, label: String, before: CostSummary, after: CostSummary)
    throws(MoneyError)
  {
    self.key = key
    self.label = label
    self.before = before
    self.after = after
    let baselinePriced = before.lines - before.tbc - before.notApplicable > 0
    change = try RangeChange(from: baselinePriced ? before.priced : nil, to: after.priced)
  }

  /// Current TBC count minus baseline TBC count.
  public var tbcChange: Int { after.tbc - before.tbc }
}
