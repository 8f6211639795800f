/// Which modifications a scenario's totals count.
public enum ScopeScenario: String, CaseIterable, Hashable, Sendable {
  /// Approved (and implemented) modifications only: what is certain to be delivered.
  case approved
  /// Every modification in scope, approved or targeted: a RID's assumption that "all targeted
  /// modifications will be approved".
  case allTargeted = "all-targeted"

  /// The canonical id (`approved`, `all-targeted`).
  public var id: String { rawValue }

  /// The column heading in a report.
  public var label: String {
    switch self {
    case .approved: "Approved"
    case .allTargeted: "All targeted"
    }
  }
}
