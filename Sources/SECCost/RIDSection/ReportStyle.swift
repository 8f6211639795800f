/// The voice a report of the RID's cost section speaks in.
public enum ReportStyle: String, CaseIterable, Sendable {
  /// What the RID prints: the table without a Total row or column, the RID's standard sentences
  /// and none of seccost's own (what the figures so far add up to, how totals add, the
  /// "at least" caveat).
  case rid
  /// A Panel paper's view (the default): the RID's table with totals per row and per phase,
  /// seccost's sentences on what is still open and how totals add, and charts where the format
  /// holds them.
  case panel

  /// Whether the breakdown has a Total row and column, and seccost's sentences on them.
  public var showsTotals: Bool { self == .panel }
}
