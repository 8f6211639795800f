/// Where a modification stands in a release, as a paper records it.
///
/// Cases are in the order a scope report lists them.
public enum ScopeStatus: String, CaseIterable, Hashable, Comparable, Sendable {
  /// Approved for inclusion in the release.
  case approved
  /// In the release's scope but not yet approved; included if approved by its cut-off date.
  case targeted
  /// Delivered: the release has gone live with it.
  case implemented
  /// Missed its cut-off without approval and moved on to a later release.
  case lapsed
  /// Withdrawn: no longer part of the release (`MP107`).
  case withdrawn
  /// Taken out of the release's scope by a decision, without being withdrawn as a modification
  /// (`MP154`, removed from the February 2022 release).
  case removed

  /// The canonical id (`approved`).
  public var id: String { rawValue }

  /// Whether the modification is part of the release's scope with this status.
  public var isInScope: Bool {
    switch self {
    case .approved, .targeted, .implemented: true
    case .lapsed, .withdrawn, .removed: false
    }
  }

  /// Reads an id, ignoring case and surrounding spaces; nothing else (`approved?` is no status;
  /// see `labelKey`).
  public init?(parsing text: some StringProtocol) {
    guard let key = text.labelKey,
      let status = ScopeStatus.allCases.first(where: { $0.rawValue == key })
    else {
      return nil
    }
    self = status
  }

  /// Whether `lhs` comes before `rhs` in report order.
  public static func < (lhs: ScopeStatus, rhs: ScopeStatus) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
