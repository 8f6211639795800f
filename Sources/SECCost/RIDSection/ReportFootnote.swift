/// A footnote of a report's RID text, numbered within its section.
public struct ReportFootnote: Hashable, Sendable {
  /// The number printed: the RID's (``sourceNumber``) when the ledger gives every footnote of
  /// the section a number of its own, else 1, 2, … in the order the markers appear (table rows
  /// top to bottom, phases left to right, then the SECAS sentences).
  public let number: Int
  /// The footnote's text, without the ledger's `Footnote N:` prefix.
  public let text: String
  /// The number the source document gave it (`2` for `Footnote 2:`), if the ledger says.
  public let sourceNumber: Int?

  /// Creates a footnote.
  public init(number: Int, text: String, sourceNumber: Int? = nil) {
    self.number = number
    self.text = text
    self.sourceNumber = sourceNumber
  }
}
