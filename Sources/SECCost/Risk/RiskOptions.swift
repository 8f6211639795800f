/// How a risk simulation is run.
public struct RiskOptions: Hashable, Sendable {
  /// The number of simulated totals (1 to ``maximumSimulations``).
  public var simulations: Int
  /// The seed of the ``Xoshiro256StarStar`` generator.
  public var seed: UInt64
  /// The shape of every range.
  public var distribution: RangeDistribution
  /// The correlation parameter R between ranges, 0 (independent) to 1 (moving together).
  public var correlation: Double

  /// The most simulations allowed, so that the simulated totals take at most 160 MB.
  public static let maximumSimulations = 10_000_000

  /// The memory the simulated totals take per simulation, whatever the number of groups: one
  /// number (8 bytes) for the group being simulated and one for the overall total.
  public static let bytesPerSimulation = 2 * MemoryLayout<Double>.stride

  /// Options with the command's defaults: 100,000 PERT simulations, seed 1, independent.
  public init(
    simulations: Int = 100_000, seed: UInt64 = 1, distribution: RangeDistribution = .pert,
    correlation: Double = 0
  ) {
    self.simulations = simulations
    self.seed = seed
    self.distribution = distribution
    self.correlation = correlation
  }

  /// Why the options cannot be run, or `nil` if they can.
  public var problem: String? {
    if simulations < 1 || simulations > Self.maximumSimulations {
      return "the number of simulations must be from 1 to \(Self.maximumSimulations), "
        + "not \(simulations)"
    }
    if !(correlation >= 0 && correlation <= 1) {
      return "the correlation must be from 0 to 1, not \(correlation)"
    }
    return nil
  }
}

/// Why a risk report could not be made.
public enum RiskError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The options are out of range.
  case invalidOptions(String)
  /// An amount left the representable range.
  case overflow

  /// What went wrong, in words for the user.
  public var description: String {
    switch self {
    case .invalidOptions(let message): message
    case .overflow: MoneyError.overflow.totalDescription
    }
  }
}
