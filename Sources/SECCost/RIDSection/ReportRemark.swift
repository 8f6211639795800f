/// A note about a figure that is not part of the RID's text: a transcription choice, the RID's
/// own wording quoted, a reason. Reports list these apart, under the section.
public struct ReportRemark: Hashable, Sendable {
  /// Who incurs the cost the note is about.
  public let party: Party
  /// The modification; empty for a release-level line.
  public let modification: String
  /// The phase or activity.
  public let phase: Phase
  /// The note as the ledger gives it.
  public let text: String

  /// Creates a remark.
  public init(party: Party, modification: String, phase: Phase, text: String) {
    self.party = party
    self.modification = modification
    self.phase = phase
    self.text = text
  }

  /// Where the note belongs, for people: `MP141, Implement to live`; `SECAS, SEC changes`.
  public var place: String {
    let owner = modification.isEmpty ? party.id : modification
    return "\(owner), \(phase.label)"
  }
}
