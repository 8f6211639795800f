/// What identifies a ledger line: at most one figure per key, except for actual spend.
public struct LedgerKey: Hashable, Sendable {
  /// The SEC Release.
  public let release: String
  /// The document version.
  public let version: String
  /// Who incurs the cost.
  public let party: Party
  /// The modification; empty for release-level lines.
  public let modification: String
  /// The phase or activity.
  public let phase: Phase

  /// Creates a key.
  public init(release: String, version: String, party: Party, modification: String, phase: Phase) {
    self.release = release
    self.version = version
    self.party = party
    self.modification = modification
    self.phase = phase
  }
}
