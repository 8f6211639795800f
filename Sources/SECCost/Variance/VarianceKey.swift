/// What a line is matched on across versions and ledgers: release, party, modification and phase.
///
/// Unlike ``LedgerKey`` it leaves out the document version, so that version 0.1 of a figure meets
/// version 0.4 of the same figure.
public struct VarianceKey: Hashable, Sendable {
  /// The SEC Release.
  public let release: String
  /// Who incurs the cost.
  public let party: Party
  /// The modification; empty for release-level lines.
  public let modification: String
  /// The phase or activity.
  public let phase: Phase

  /// Creates a key.
  public init(release: String, party: Party, modification: String, phase: Phase) {
    self.release = release
    self.party = party
    self.modification = modification
    self.phase = phase
  }

  /// The key of `line`.
  public init(_ line: LedgerLine) {
    self.init(
      release: line.release, party: line.party, modification: line.modification,
      phase: line.phase)
  }

  /// Whether `self` comes before `other` in report order: release by date, party (DCC first),
  /// modification (natural order, release-level lines last), phase (RID column order).
  public func precedes(_ other: VarianceKey) -> Bool {
    if release != other.release { return ReleaseOrder.precedes(release, other.release) }
    if party != other.party { return party < other.party }
    if modification != other.modification {
      return TotalsDimension.modification.precedes(modification, other.modification)
    }
    return phase < other.phase
  }
}
