/// What a figure is for, whatever document version gives it: a release, party, modification and
/// phase. A later version's figure for the same key supersedes an earlier one's.
public struct FigureKey: Hashable, Sendable {
  /// The SEC Release.
  public let release: String
  /// Who incurs the cost.
  public let party: Party
  /// The modification; empty for a release-level line (for the DCC: the combined figure).
  public let modification: String
  /// The phase or activity.
  public let phase: Phase

  /// The key of `line`.
  public init(_ line: LedgerLine) {
    release = line.release
    party = line.party
    modification = line.modification
    phase = line.phase
  }
}
