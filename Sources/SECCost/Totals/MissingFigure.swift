/// A DCC phase of a modification that the ledger gives no line for, although it gives lines for
/// other phases of the same modification in the same release: a cost *not provided*. It is
/// counted like a TBC, never as £0.
public struct MissingFigure: Hashable, Sendable {
  /// The SEC Release.
  public let release: String
  /// The modification whose phase is missing.
  public let modification: String
  /// The phase with no line.
  public let phase: Phase

  /// Creates a missing figure.
  public init(release: String, modification: String, phase: Phase) {
    self.release = release
    self.modification = modification
    self.phase = phase
  }

  /// The DCC phases a modification's figures are given in, one of which missing is a gap.
  public static let phases: [Phase] = [
    .designBuildPIT, .sit, .uit, .implementToLive, .applicationSupport,
  ]
}
