/// A column of ledger CSV v1, in canonical order.
public enum LedgerColumn: String, CaseIterable, Hashable, Sendable {
  /// The SEC Release, e.g. `November 2022`.
  case release
  /// The document version the figure comes from, e.g. `0.4`; may be empty.
  case version
  /// `DCC` or `SECAS`.
  case party
  /// `SECMP0015`, `MP078`, `CR4427`…; empty for release-level lines.
  case modification
  /// Free text.
  case title
  /// A DCC phase or SECAS activity.
  case phase
  /// `firm`, `estimate`, `actual`, `tbc` or `n/a`.
  case basis
  /// The day actual spend was incurred, ISO 8601 `YYYY-MM-DD`; only on `actual` lines, optional.
  case date
  /// The amount, or the low end of a range.
  case low
  /// The high end of a range; empty means the same as `low`.
  case high
  /// The most likely amount of a range (the mode for `seccost risk`); empty means the midpoint.
  /// Only on range lines, with `low ≤ likely ≤ high`.
  case likely
  /// SECAS effort in days.
  case days
  /// SECAS day rate.
  case dayRate = "day_rate"
  /// Free text: footnotes, transcription choices, the RID's wording.
  case note

  /// The header name (`day_rate`).
  public var name: String { rawValue }

  /// Reads a header name, ignoring case and surrounding spaces (`Day Rate` and `day-rate` too).
  public init?(header: some StringProtocol) {
    guard let column = LedgerColumn.byKey[header.normalisedIdentifier] else { return nil }
    self = column
  }

  /// Every column by its normalised name.
  private static let byKey = Dictionary(
    allCases.map { ($0.rawValue.normalisedIdentifier, $0) }, uniquingKeysWith: { first, _ in first }
  )
}
