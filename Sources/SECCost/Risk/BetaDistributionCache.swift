/// The Beta distributions of PERT costs, made once per shape and shared by every cost of that
/// shape (a Beta's quantile tables take 16 KB, and depend on α alone, never on the amounts).
///
/// At most ``capacity`` are kept: past that the cache empties and starts again, so that memory
/// stays bounded however many different `likely` amounts a ledger has. Only the time to remake
/// a table (about 2,000 quantiles) is lost, and no result changes.
struct BetaDistributionCache {
  /// The most distributions kept at once.
  static let capacity = 64

  private var distributions: [Double: BetaDistribution] = [:]

  /// How many distributions are kept now.
  var count: Int { distributions.count }

  /// Beta(α, 6 − α): the standard form of a PERT cost with `alpha` = 1 + 4 (mode − low)/width.
  mutating func pert(alpha: Double) -> BetaDistribution {
    if let known = distributions[alpha] { return known }
    if distributions.count >= Self.capacity { distributions.removeAll(keepingCapacity: true) }
    let made = BetaDistribution(alpha: alpha, beta: 6 - alpha)
    distributions[alpha] = made
    return made
  }
}
