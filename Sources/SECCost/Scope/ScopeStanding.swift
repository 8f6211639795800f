/// Where an entry stands on the day a scope view is taken: its recorded status, with the cut-off
/// applied and later papers taken into account.
public enum ScopeStanding: Hashable, Sendable {
  /// Approved for inclusion.
  case approved
  /// Delivered with the release.
  case implemented
  /// Targeted and its cut-off (if any) not yet passed: `daysToCutOff` days left (0 on the day).
  case targeted(daysToCutOff: Int?)
  /// Lapsed to `nextRelease` (the next release in the register, if there is one): recorded as
  /// lapsed, or targeted with its cut-off passed and no approval recorded (`cutOffPassed`).
  case lapsed(cutOffPassed: Bool, nextRelease: String?)
  /// Withdrawn.
  case withdrawn
  /// Removed from the release's scope.
  case removed
  /// A later paper places the modification in other releases (`to`), not this one.
  case moved(to: [String])

  /// The section of a scope report the entry appears in, in report order.
  public var section: Section {
    switch self {
    case .approved: .approved
    case .implemented: .implemented
    case .targeted: .targeted
    case .lapsed: .lapsed
    case .withdrawn: .withdrawn
    case .removed: .removed
    case .moved: .moved
    }
  }

  /// Whether the entry counts in the approved scenario (approved or implemented).
  public var isApproved: Bool { section == .approved || section == .implemented }

  /// Whether the entry counts in the all-targeted scenario (approved, implemented or targeted).
  public var isTargetedOrApproved: Bool { isApproved || section == .targeted }

  /// The sections of a scope report.
  public enum Section: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Approved for inclusion.
    case approved
    /// Implemented.
    case implemented
    /// Targeted, cut-off not passed.
    case targeted
    /// Lapsed to a later release.
    case lapsed
    /// Withdrawn.
    case withdrawn
    /// Removed from the scope.
    case removed
    /// Now placed in another release by a later paper.
    case moved

    /// The canonical id (`approved`, `moved`).
    public var id: String { rawValue }

    /// The heading of the section in a report.
    public var title: String {
      switch self {
      case .approved: "Approved"
      case .implemented: "Implemented"
      case .targeted: "Targeted"
      case .lapsed: "Lapsed"
      case .withdrawn: "Withdrawn"
      case .removed: "Removed from scope"
      case .moved: "Moved to another release by a later paper"
      }
    }

    /// Whether `lhs` comes before `rhs` in a report.
    public static func < (lhs: Section, rhs: Section) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }
}
