/// A stage of work a cost is reported against: a DCC delivery phase or a SECAS activity.
///
/// Cases are in the order a RID's cost table prints them.
public enum Phase: String, CaseIterable, Hashable, Comparable, Sendable {
  /// DCC: Design, Build & PIT (pre-integration testing).
  case designBuildPIT = "design-build-pit"
  /// DCC: System Integration Testing.
  case sit
  /// DCC: User Integration Testing.
  case uit
  /// DCC: Implement to live.
  case implementToLive = "implement-to-live"
  /// DCC: Application Support.
  case applicationSupport = "application-support"
  /// DCC: a figure given only as a whole ("£340,000 due to the implementation of MP122").
  case total
  /// SECAS: update and implement the changes to the SEC.
  case secChanges = "sec-changes"
  /// SECAS: project management of the release.
  case projectManagement = "project-management"

  /// The canonical id used in ledger CSV and JSON (`design-build-pit`).
  public var id: String { rawValue }

  /// The label a RID prints (`Design, Build & PIT`).
  public var label: String {
    switch self {
    case .designBuildPIT: "Design, Build & PIT"
    case .sit: "SIT"
    case .uit: "UIT"
    case .implementToLive: "Implement to live"
    case .applicationSupport: "Application Support"
    case .total: "Total"
    case .secChanges: "SEC changes"
    case .projectManagement: "Project management"
    }
  }

  /// The party whose costs this phase holds.
  public var party: Party {
    switch self {
    case .secChanges, .projectManagement: .secas
    default: .dcc
    }
  }

  /// Reads an id or a RID label, ignoring case, spacing and the RID's punctuation between words
  /// (`Implement to Live`, `Design, Build & PIT`, `design-build-pit`); nothing else (`sit?` and
  /// `Design.Build.PIT` are no phase; see `labelKey`).
  public init?(parsing text: some StringProtocol) {
    guard let key = text.labelKey, let phase = Phase.byKey[key] else { return nil }
    self = phase
  }

  /// Every phase by its id and by its normalised RID label.
  private static let byKey: [String: Phase] = {
    var keys: [String: Phase] = [:]
    for phase in allCases.reversed() {
      keys[phase.label.labelKey!] = phase
      keys[phase.rawValue] = phase
    }
    return keys
  }()

  /// Whether `lhs` comes before `rhs` in report order.
  public static func < (lhs: Phase, rhs: Phase) -> Bool {
    lhs.ordinal < rhs.ordinal
  }
}
