/// What a risk report groups uncertain costs by.
public enum RiskGrouping: String, CaseIterable, Hashable, Sendable {
  /// By DCC phase or SECAS activity.
  case phase
  /// By modification (release-level lines together).
  case modification
  /// By SEC Release.
  case release

  /// The same grouping as a totals dimension, for its keys, labels and order.
  public var dimension: TotalsDimension {
    switch self {
    case .phase: .phase
    case .modification: .modification
    case .release: .release
    }
  }
}
