/// One cell of the RID's "Breakdown of DCC implementation costs": a modification's figure for a
/// phase, printed in italics when it is an estimate, with its footnote marker if it has one.
public struct BreakdownCell: Hashable, Sendable {
  /// The figure: firm or estimated amount, TBC or N/A.
  public let figure: CostFigure
  /// The footnote the cell's marker refers to, if the ledger's note is a RID footnote.
  public let footnote: Int?

  /// Creates a cell.
  public init(figure: CostFigure, footnote: Int? = nil) {
    self.figure = figure
    self.footnote = footnote
  }

  /// Whether the RID prints the figure in italics: an estimate from a Preliminary Assessment.
  public var isEstimate: Bool { figure.basis == .estimate }

  /// The figure in RID notation: `£1,335,568`, `£301,000 to £625,000`, `TBC`, `N/A`.
  public var ridNotation: String { figure.ridNotation }
}
