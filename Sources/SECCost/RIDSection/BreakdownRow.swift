/// A modification's row of the DCC cost breakdown: a cell per phase it has a line for, and its
/// total across phases.
public struct BreakdownRow: Hashable, Sendable {
  /// The modification; empty for DCC lines of the release as a whole.
  public let modification: String
  /// The modification's title, as the ledger gives it.
  public let title: String
  /// The cells by phase; a phase with no ledger line has none (the RID leaves it blank).
  public let cells: [Phase: BreakdownCell]
  /// The row's cells added: interval sum, TBC, N/A and phases not provided counted.
  public let total: CostSummary
  /// The DCC phases the modification gives no line for although it gives others: *not
  /// provided*, counted like a TBC.
  public let notProvided: Set<Phase>

  /// Creates a row.
  public init(
    modification: String, title: String, cells: [Phase: BreakdownCell], total: CostSummary,
    notProvided: Set<Phase> = []
  ) {
    self.notProvided = notProvided
    self.modification = modification
    self.title = title
    self.cells = cells
    self.total = total
  }

  /// The row's label: the modification, or for the DCC's combined figure (no modification)
  /// ``combinedLabel``.
  public var label: String { modification.isEmpty ? Self.combinedLabel : modification }

  /// The label of the row of the DCC's combined figures for the release's package.
  public static let combinedLabel = "Combined Preliminary Assessment"

  /// What a cell of a phase not provided reads.
  public static let notProvidedText = "not provided"

  /// The cell text for `phase`: the figure in RID notation, ``notProvidedText``, or empty when
  /// the row has nothing to say there.
  public func text(for phase: Phase) -> String {
    if let cell = cells[phase] { return cell.ridNotation }
    return notProvided.contains(phase) ? Self.notProvidedText : ""
  }
}
