/// One side of a comparison for one key: the figure a ledger gives, and where it came from.
public struct VarianceEntry: Hashable, Sendable {
  /// The figure: firm, estimate, TBC or N/A (actual spend is compared separately).
  public let figure: CostFigure
  /// The document version the figure comes from; may be empty.
  public let version: String
  /// The modification's title.
  public let title: String
  /// The line's note: the reason for a figure, a footnote.
  public let note: String
  /// Where the line was read, when it was read from a file.
  public let origin: LineOrigin?

  /// Creates an entry.
  public init(
    figure: CostFigure, version: String = "", title: String = "", note: String = "",
    origin: LineOrigin? = nil
  ) {
    self.figure = figure
    self.version = version
    self.title = title
    self.note = note
    self.origin = origin
  }

  /// The entry for `line`.
  public init(_ line: LedgerLine, origin: LineOrigin? = nil) {
    self.init(
      figure: line.figure, version: line.version, title: line.title, note: line.note,
      origin: origin)
  }
}
