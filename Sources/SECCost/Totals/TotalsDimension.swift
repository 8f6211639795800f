/// What a totals report groups lines by.
public enum TotalsDimension: String, CaseIterable, Sendable {
  /// By DCC phase or SECAS activity.
  case phase
  /// DCC and SECAS.
  case party
  /// By modification (release-level lines together).
  case modification
  /// By SEC Release.
  case release
  /// Firm, estimate, actual, TBC, N/A.
  case basis

  /// The group key of `line`: the canonical id of its phase, party or basis, or its
  /// modification or release as written.
  public func key(of line: LedgerLine) -> String {
    switch self {
    case .phase: line.phase.id
    case .party: line.party.id
    case .modification: line.modification
    case .release: line.release
    case .basis: line.figure.basis.id
    }
  }

  /// The group a phase not provided counts in: its phase, `DCC`, its modification or release,
  /// or (by basis) ``notProvidedKey``.
  public func key(of gap: MissingFigure) -> String {
    switch self {
    case .phase: gap.phase.id
    case .party: Party.dcc.id
    case .modification: gap.modification
    case .release: gap.release
    case .basis: Self.notProvidedKey
    }
  }

  /// The basis group of phases not provided: not a basis a line can have.
  public static let notProvidedKey = "not-provided"

  /// A label for people: the RID's phase label, `(release-level)` for lines without a
  /// modification, the key otherwise.
  public func label(of key: String) -> String {
    switch self {
    case .phase: Phase(rawValue: key)?.label ?? key
    case .modification: key.isEmpty ? "(release-level)" : key
    case .basis where key == Self.notProvidedKey: "not provided"
    default: key
    }
  }

  /// Whether group `lhs` comes before group `rhs` in a report.
  public func precedes(_ lhs: String, _ rhs: String) -> Bool {
    switch self {
    case .phase:
      guard let l = Phase(rawValue: lhs), let r = Phase(rawValue: rhs) else { return lhs < rhs }
      return l < r
    case .party:
      guard let l = Party(rawValue: lhs), let r = Party(rawValue: rhs) else { return lhs < rhs }
      return l < r
    case .basis:
      guard let l = Basis(rawValue: lhs), let r = Basis(rawValue: rhs) else {
        return Basis(rawValue: lhs) != nil || (Basis(rawValue: rhs) == nil && lhs < rhs)
      }
      return l < r
    case .release:
      return ReleaseOrder.precedes(lhs, rhs)
    case .modification:
      if lhs.isEmpty || rhs.isEmpty { return rhs.isEmpty && !lhs.isEmpty }
      return NaturalOrder.precedes(lhs, rhs)
    }
  }
}
