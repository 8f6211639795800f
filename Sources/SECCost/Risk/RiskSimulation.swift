/// The Monte Carlo core: simulates the groups one after another, in bounded memory.
///
/// Every uncertain cost has its own stream of uniform numbers, and the common factor one more:
/// stream 0 is ``Xoshiro256StarStar`` seeded with the seed, and stream `i` (the `i`-th uncertain
/// cost in canonical ledger order, from 1) starts `i` jumps of 2¹²⁸ outputs further on, so that
/// no two streams overlap. Simulation `s` uses the `s`-th number `u₀` of stream 0 and the `s`-th
/// number `uᵢ` of each cost's stream. The percentile at which cost `i` is sampled is:
///
/// - R = 0: `uᵢ` (independent costs);
/// - R = 1: `u₀` for every cost (they move together: every total is a sum of costs at one
///   percentile, so the percentiles of a total are the sums of its costs' percentiles);
/// - otherwise, a Gaussian copula with one common factor:
///   `Zᵢ = √R·Φ⁻¹(u₀) + √(1 − R)·Φ⁻¹(uᵢ)`, percentile `Φ(Zᵢ)`; every pair of costs then has
///   normal-scores correlation R.
///
/// Cost `i` is then its distribution's quantile at that percentile (inverse-transform
/// sampling), in pence above its low end. Because each cost's numbers depend only on the seed
/// and the cost's place, a group can be simulated on its own: its simulated totals (the sums of
/// its costs in canonical order, in `Double`) fill one array, which is added into the array of
/// overall totals (the groups' totals added in report order) and then summarised, before the
/// next group reuses it. So whatever the number of groups, two arrays of `simulations` numbers
/// are held (``RiskOptions/bytesPerSimulation`` bytes per simulation). Nothing is allocated
/// inside the loop.
struct RiskSimulation {
  /// The uncertain costs, in canonical ledger order.
  let costs: [UncertainCost]
  /// For each cost, the sample slot of its group (0 to `slotCount − 1`, in report order).
  let slots: [Int]
  /// The number of groups that have uncertain costs.
  let slotCount: Int
  /// The number of simulations, seed, shape and correlation.
  let options: RiskOptions

  private enum Copula {
    case independent
    case comonotonic
    case gaussian(factor: Double, own: Double)
  }

  /// Runs the simulations: `summarise(slot, totals)` is called for every slot in order with the
  /// group's simulated totals, then with `slotCount` and the overall totals, each the amount above
  /// the low sum, in pence. The buffer is valid only during the call, which may reorder it.
  func run(_ summarise: (_ slot: Int, _ totals: UnsafeMutableBufferPointer<Double>) -> Void) {
    let count = options.simulations
    let copula: Copula =
      switch options.correlation {
      case 0: .independent
      case 1: .comonotonic
      default:
        .gaussian(
          factor: options.correlation.squareRoot(), own: (1 - options.correlation).squareRoot())
      }
    var streams: [Xoshiro256StarStar] = []
    streams.reserveCapacity(costs.count + 1)
    var stream = Xoshiro256StarStar(seed: options.seed)
    streams.append(stream)
    for _ in costs.indices {
      stream.jump()
      streams.append(stream)
    }
    // The costs of each slot, in canonical order (a counting sort by slot).
    var starts = [Int](repeating: 0, count: slotCount + 1)
    for slot in slots { starts[slot + 1] += 1 }
    for slot in 0..<slotCount { starts[slot + 1] += starts[slot] }
    var members = [Int](repeating: 0, count: costs.count)
    var next = starts
    for (cost, slot) in slots.enumerated() {
      members[next[slot]] = cost
      next[slot] += 1
    }

    var betas = BetaDistributionCache()
    var group = [Double](repeating: 0, count: count)
    var totals = [Double](repeating: 0, count: count)
    group.withUnsafeMutableBufferPointer { group in
      totals.withUnsafeMutableBufferPointer { totals in
        for slot in 0..<slotCount {
          group.update(repeating: 0)
          for cost in members[starts[slot]..<starts[slot + 1]] {
            let distribution = costs[cost].distribution(options.distribution, betas: &betas)
            withExtendedLifetime(distribution) {
              Self.add(
                distribution.sampler, copula, common: streams[0], own: streams[cost + 1],
                into: group)
            }
          }
          for simulation in 0..<count { totals[simulation] += group[simulation] }
          summarise(slot, group)
        }
        summarise(slotCount, totals)
      }
    }
  }

  /// Adds one cost's simulated amounts into `group`, simulation by simulation.
  private static func add(
    _ sampler: CostSampler, _ copula: Copula, common: Xoshiro256StarStar,
    own: Xoshiro256StarStar, into group: UnsafeMutableBufferPointer<Double>
  ) {
    var common = common
    var own = own
    switch copula {
    case .independent:
      for simulation in group.indices {
        group[simulation] += sampler.quantile(own.nextOpenUnit())
      }
    case .comonotonic:
      for simulation in group.indices {
        group[simulation] += sampler.quantile(common.nextOpenUnit())
      }
    case .gaussian(let factorWeight, let ownWeight):
      for simulation in group.indices {
        let factor = StandardNormal.quantile(common.nextOpenUnit())
        let percentile = StandardNormal.distribution(
          factorWeight * factor + ownWeight * StandardNormal.quantile(own.nextOpenUnit()))
        group[simulation] += sampler.quantile(percentile)
      }
    }
  }
}
