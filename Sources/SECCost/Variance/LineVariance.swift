/// One matched line of a variance report: the baseline and current figures for a key, the
/// change, and how it changed.
public struct LineVariance: Hashable, Sendable {
  /// What was matched: release, party, modification and phase.
  public let key: VarianceKey
  /// The baseline figure; `nil` when the key is new.
  public let before: VarianceEntry?
  /// The current figure; `nil` when the key has gone.
  public let after: VarianceEntry?
  /// How the line changed.
  public let status: VarianceStatus
  /// The change in low and high, in pounds and percent.
  public let change: RangeChange
  /// Whether the change is over the report's threshold.
  public let flagged: Bool

  /// Compares `before` with `after` for `key`; `nil` when neither side has the key.
  ///
  /// - Throws: ``MoneyError/overflow`` if a change does not fit.
  public init?(
    key: VarianceKey, before: VarianceEntry?, after: VarianceEntry?,
    threshold: VarianceThreshold? = nil
  ) throws(MoneyError) {
    guard let status = VarianceStatus(before: before?.figure, after: after?.figure) else {
      return nil
    }
    self.key = key
    self.before = before
    self.after = after
    self.status = status
    change = try RangeChange(from: before?.figure.range, to: after?.figure.range)
    flagged = threshold.map(change.exceeds) ?? false
  }

  /// The modification's title, as the current side gives it (or the baseline's for a removed
  /// line).
  public var title: String { after?.title ?? before?.title ?? "" }

  /// The reason carried through: the current line's note, or the baseline's for a removed line.
  public var note: String { (after ?? before)?.note ?? "" }
}
