/// The shape given to every uncertain cost between its low and high ends.
///
/// Each takes the range's `likely` amount (its midpoint when the ledger gives none) as its mode,
/// except ``uniform``, which has none.
public enum RangeDistribution: String, CaseIterable, Hashable, Sendable {
  /// Triangular on `[low, high]` with its peak at the likely amount.
  case triangular
  /// PERT (Beta-PERT with λ = 4): a Beta distribution scaled to `[low, high]` with shape
  /// parameters `α = 1 + 4(likely − low)/(high − low)` and `β = 1 + 4(high − likely)/(high − low)`,
  /// so that its mean is `(low + 4·likely + high)/6`.
  case pert
  /// Every amount in `[low, high]` equally likely.
  case uniform

  /// The name used on the command line and in reports (`pert`).
  public var id: String { rawValue }

  /// The name for people (`PERT`, `triangular`, `uniform`).
  public var label: String {
    switch self {
    case .triangular: "triangular"
    case .pert: "PERT"
    case .uniform: "uniform"
    }
  }
}
