/// What a scope entry is: a SEC Modification Proposal or a DCC Change Request delivered
/// alongside the release.
public enum ScopeKind: String, CaseIterable, Hashable, Sendable {
  /// A Modification Proposal (`MP078`, `SECMP0015`), or a Draft Proposal (`DP173`).
  case modification
  /// A DCC Change Request implemented alongside the release (`CR4427`).
  case dccChangeRequest = "dcc-change-request"

  /// The canonical id (`modification`, `dcc-change-request`).
  public var id: String { rawValue }

  /// Reads `modification` or `DCC change request` (also `dcc-change-request`, `CR`), ignoring
  /// case, spacing and the punctuation a RID puts between words (see `labelKey`).
  public init?(parsing text: some StringProtocol) {
    switch text.labelKey {
    case "modification": self = .modification
    case "dcc-change-request", "cr", "dcc-cr", "change-request": self = .dccChangeRequest
    default: return nil
    }
  }
}
