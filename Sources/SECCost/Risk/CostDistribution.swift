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
  func quantile(_ u: Double) -> Double {
    withExtendedLifetime(self) { sampler.quantile(u) }
  }

  /// The quantile function as plain values, for the inner loop; valid while `self` exists.
  var sampler: CostSampler {
    switch kind {
    case .uniform: CostSampler(width: width, shape: .uniform, peak: 0, beta: nil)
    case .triangular(let peak): CostSampler(width: width, shape: .triangular, peak: peak, beta: nil)
    case .pert(let beta): CostSampler(width: width, shape: .pert, peak: 0, beta: beta.sampler)
    }
  }
}

/// A cost's quantile function with no reference counting, for the simulation's inner loop.
struct CostSampler: @unchecked Sendable {
  /// The shape without its data.
  enum Shape: Sendable {
    case uniform, triangular, pert
  }

  /// `high − low`, in pence.
  let width: Double
  /// The shape.
  let shape: Shape
  /// The triangular peak as a fraction of the width.
  let peak: Double
  /// The PERT's Beta quantile function.
  let beta: BetaSampler?

  /// The amount above `low` not exceeded with probability `u` (0 ≤ u ≤ 1).
  ///
  /// Triangular: `w·√(u·c)` below the peak fraction `c`, `w·(1 − √((1 − u)(1 − c)))` above it.
  @inline(__always)
  func quantile(_ u: Double) -> Double {
    switch shape {
    case .uniform:
      return width * u
    case .triangular:
      if u < peak { return width * (u * peak).squareRoot() }
      return width * (1 - ((1 - u) * (1 - peak)).squareRoot())
    case .pert:
      return width * (beta?.quantile(u) ?? u)
    }
  }
}
