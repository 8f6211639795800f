/// How a line changed between a baseline and the current figures.
public enum VarianceStatus: String, CaseIterable, Hashable, Sendable {
  /// The same figure on the same basis.
  case unchanged
  /// A different amount on the same basis, or a change of basis not named below
  /// (firm → estimate, N/A → a figure, a figure → N/A, TBC ↔ N/A).
  case changed
  /// Only in the current figures: the key is new.
  case added
  /// Only in the baseline: the key has gone.
  case removed
  /// An estimate has become a firm figure (the amount may have moved too).
  case firmed
  /// A TBC has been given a figure.
  case priced
  /// A figure has gone back to TBC.
  case unpriced

  /// The canonical id used in CSV and JSON (`unchanged`, `firmed`…).
  public var id: String { rawValue }

  /// The status of a line that was `before` and is now `after` (`nil` for a side without the
  /// key); `nil` when neither side has it.
  public init?(before: CostFigure?, after: CostFigure?) {
    switch (before, after) {
    case (nil, nil): return nil
    case (nil, .some): self = .added
    case (.some, nil): self = .removed
    case (let before?, let after?):
      if before == after {
        self = .unchanged
      } else if before == .tbc, case .priced = after {
        self = .priced
      } else if case .priced = before, after == .tbc {
        self = .unpriced
      } else if before.basis == .estimate, after.basis == .firm {
        self = .firmed
      } else {
        self = .changed
      }
    }
  }
}
