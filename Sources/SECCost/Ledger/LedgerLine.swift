/// One validated line of a cost ledger: a figure for a release, party, modification and phase.
public struct LedgerLine: Hashable, Sendable {
  // Stored in this order, the 8-byte fields first and the optionals' tag bytes sharing padding,
  // a line takes 144 bytes rather than 192: a ledger can hold millions.
  /// The SEC Release, e.g. `November 2022`.
  public var release: String
  /// The document version the figure comes from (`0.4`); may be empty.
  public var version: String
  /// `SECMP0015`, `MP078`, `CR4427`…; empty for release-level lines.
  public var modification: String
  /// The modification's title, or any free text.
  public var title: String
  /// Footnotes, transcription choices, the RID's own wording.
  public var note: String
  /// The figure: an amount (firm, estimate or actual), TBC or N/A.
  public var figure: CostFigure
  /// Days at a day rate, for SECAS effort.
  public var effort: SECASEffort?
  /// Who incurs the cost.
  public var party: Party
  /// The DCC phase or SECAS activity.
  public var phase: Phase
  /// The day actual spend was incurred; only actual lines have one, and it is optional.
  public var date: CalendarDate?
  /// The most likely amount of a range figure, if the ledger gives one (else the midpoint is
  /// taken); always `nil` for a single amount, TBC or N/A.
  public var likely: Money?

  /// Creates a line.
  public init(
    release: String, version: String = "", party: Party, modification: String = "",
    title: String = "", phase: Phase, figure: CostFigure, likely: Money? = nil,
    effort: SECASEffort? = nil, note: String = "", date: CalendarDate? = nil
  ) {
    self.release = release
    self.version = version
    self.party = party
    self.modification = modification
    self.title = title
    self.phase = phase
    self.figure = figure
    self.likely = likely
    self.effort = effort
    self.note = note
    self.date = date
  }

  /// The line's identity within a ledger.
  public var key: LedgerKey {
    LedgerKey(
      release: release, version: version, party: party, modification: modification, phase: phase)
  }
}
