/// Something the scope register says that a ledger's costs disagree with: a warning, never an
/// error by itself (see ``ScopeCheck``).
public struct ScopeFinding: Hashable, Sendable {
  /// What disagrees.
  public enum Kind: Hashable, Sendable {
    /// The ledger has costs for a modification the release's scope does not hold (not listed,
    /// or lapsed, withdrawn, removed or moved as of the day the register is read).
    case notInScope
    /// The ledger has DCC costs for a modification the register marks as not DCC System
    /// impacting.
    case notDCCImpacting
    /// The register holds a DCC System impacting modification in scope that the ledger gives
    /// no DCC line for.
    case noCostLine
    /// The register has no listing of a release the ledger has costs for.
    case releaseNotListed
  }

  /// The SEC Release.
  public let release: String
  /// The modification; empty for a finding about the whole release.
  public let modification: String
  /// What disagrees.
  public let kind: Kind
  /// What the register says, for the message (`withdrawn`, `not listed`).
  public let detail: String

  /// Creates a finding.
  public init(release: String, modification: String, kind: Kind, detail: String = "") {
    self.release = release
    self.modification = modification
    self.kind = kind
    self.detail = detail
  }

  /// Whether the finding is about a ledger's lines (located there) or about the register's
  /// entry (located in the register).
  public var isAboutLedgerLines: Bool { kind != .noCostLine }

  /// The warning in words.
  public var message: String {
    switch kind {
    case .notInScope:
      "\(modification) has costs in \(release), but the scope register does not hold it in that "
        + "release's scope (\(detail)); its costs are counted as the ledger gives them"
    case .notDCCImpacting:
      "\(modification) has DCC costs in \(release), but the scope register marks it as not DCC "
        + "System impacting"
    case .noCostLine:
      "\(modification) is in the scope of \(release) and DCC System impacting, but the ledger "
        + "gives no DCC cost line for it (not even TBC or N/A)"
    case .releaseNotListed:
      "the scope register has no listing of \(release); its costs are not checked against scope"
    }
  }
}
