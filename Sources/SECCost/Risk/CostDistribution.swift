/// The distribution of one uncertain cost above its low end, in pence (as `Double`, for
/// sampling only), given by its quantile function.
///
/// Sampling by the quantile function (inverse transform) lets a copula correlate costs: the
/// same uniform number gives the same percentile of every cost.
struct CostDistribution: Sendable {
  /// The shape, with what it needs.
  enum Kind: Sendable {
    /// Uniform on [0, width].
    case uniform
    /// Triangular on [0, width] with its peak at `peak × width` (0 ≤ peak ≤ 1).
    case triangular(peak: Double)
    /// PERT: Beta(α, β) scaled to [0, width].
    case pert(BetaDistribution)
  }

  /// `high − low`, in pence.
  let width: Double
  /// The shape.
  let kind: Kind

  /// The amount above `low` not exceeded with probability `u` (0 ≤ u ≤ 1).
  ///
  /// Triangular: `w·√(u·c)` below the peak fraction `c`, `w·(1 − √((1 − u)(1 − c)))` above it.
  @inline(__always)
  func quantile(_ u: Double) -> Double {
    switch kind {
    case .uniform:
      return width * u
    case .triangular(let peak):
      if u < peak { return width * (u * peak).squareRoot() }
      return width * (1 - ((1 - u) * (1 - peak)).squareRoot())
    case .pert(let beta):
      return width * beta.quantile(u)
    }
  }
}
