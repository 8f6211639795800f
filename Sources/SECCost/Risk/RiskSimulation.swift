/// The Monte Carlo core: draws every simulated total of every group at once.
///
/// Each simulation draws `1 + K` uniform numbers from one ``Xoshiro256StarStar`` stream, in this
/// order: the common factor `u₀`, then one `uᵢ` per uncertain cost in canonical ledger order.
/// The percentile at which cost `i` is sampled is:
///
/// - R = 0: `uᵢ` (independent costs);
/// - R = 1: `u₀` for every cost (they move together: every total is a sum of costs at one
///   percentile, so the percentiles of a total are the sums of its costs' percentiles);
/// - otherwise, a Gaussian copula with one common factor:
///   `Zᵢ = √R·Φ⁻¹(u₀) + √(1 − R)·Φ⁻¹(uᵢ)`, percentile `Φ(Zᵢ)`; every pair of costs then has
///   normal-scores correlation R.
///
/// Cost `i` is then its distribution's quantile at that percentile (inverse-transform
/// sampling), in pence above its low end. A group's simulated total is the sum of its costs in
/// canonical order, in `Double`. Nothing is allocated inside the loop.
struct RiskSimulation {
  /// The uncertain costs, in canonical ledger order.
  let distributions: [CostDistribution]
  /// For each cost, the sample slot of its group.
  let slots: [Int]
  /// The number of groups that have uncertain costs; the total is slot `slotCount`.
  let slotCount: Int
  /// The number of simulations, seed and correlation.
  let options: RiskOptions

  private enum Copula {
    case independent
    case comonotonic
    case gaussian(factor: Double, own: Double)
  }

  /// Runs the simulations: `slotCount + 1` blocks of `options.simulations` totals, slot by slot,
  /// each the amount above the group's low sum, in pence.
  func run() -> [Double] {
    let count = options.simulations
    var samples = [Double](repeating: 0, count: (slotCount + 1) * count)
    var partial = [Double](repeating: 0, count: slotCount)
    let copula: Copula =
      switch options.correlation {
      case 0: .independent
      case 1: .comonotonic
      default:
        .gaussian(
          factor: options.correlation.squareRoot(), own: (1 - options.correlation).squareRoot())
      }
    var random = Xoshiro256StarStar(seed: options.seed)
    let totalOffset = slotCount * count
    let samplers = distributions.map(\.sampler)
    withExtendedLifetime(distributions) {
      samples.withUnsafeMutableBufferPointer { samples in
        partial.withUnsafeMutableBufferPointer { partial in
          samplers.withUnsafeBufferPointer { samplers in
            slots.withUnsafeBufferPointer { slots in
              for simulation in 0..<count {
                let common = random.nextOpenUnit()
                let factor: Double
                if case .gaussian = copula {
                  factor = StandardNormal.quantile(common)
                } else {
                  factor = 0
                }
                for slot in 0..<partial.count { partial[slot] = 0 }
                var total = 0.0
                for cost in 0..<samplers.count {
                  let own = random.nextOpenUnit()
                  let percentile: Double
                  switch copula {
                  case .independent: percentile = own
                  case .comonotonic: percentile = common
                  case .gaussian(let factorWeight, let ownWeight):
                    percentile = StandardNormal.distribution(
                      factorWeight * factor + ownWeight * StandardNormal.quantile(own))
                  }
                  let amount = samplers[cost].quantile(percentile)
                  partial[slots[cost]] += amount
                  total += amount
                }
                for slot in 0..<partial.count { samples[slot * count + simulation] = partial[slot] }
                samples[totalOffset + simulation] = total
              }
            }
          }
        }
      }
    }
    return samples
  }
}
