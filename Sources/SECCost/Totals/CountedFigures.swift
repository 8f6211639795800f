/// The lines a ledger's figures come to (see ``CountedLedger``), with what follows from them as
/// a whole: the versions counted, the phases not provided, and the DCC's combined figures.
///
/// **Completeness.** Within a release, a DCC modification with a line for some of the five DCC
/// phases and none for another is *not provided* in that phase (``missing``): counted like a
/// TBC, never as £0. `N/A` is how a ledger says "no cost in this phase"; a modification given as
/// a whole figure (phase `total`) misses nothing, nor does a phase a combined figure covers.
///
/// **The combined Preliminary Assessment.** A DCC line with no modification is the DCC's
/// combined figure for that phase of the release's package (phase `total`: for the whole
/// package). Where a release has one, it replaces the standalone figures it covers in every
/// total; those are still shown beside it, and per-modification views keep them.
public struct CountedFigures: Sendable {
  /// The counted lines, in the order their keys were first seen.
  public let lines: [LedgerLine]
  /// The releases counted, in date order, with the versions their lines came from.
  public let releases: [ReleaseVersions]
  /// The DCC phases not provided, in release, modification and phase order.
  public let missing: [MissingFigure]
  /// The combined figures by release and phase.
  private let combined: [String: [Phase: LedgerLine]]

  init(
    lines: [LedgerLine], releases: [ReleaseVersions], missing: [MissingFigure],
    combined: [String: [Phase: LedgerLine]]
  ) {
    self.lines = lines
    self.releases = releases
    self.missing = missing
    self.combined = combined
  }

  /// The combined figure that covers `line`, if a combined Preliminary Assessment replaces it in
  /// totals: a DCC figure (not actual spend) of a modification, in a phase of its release that
  /// has a combined figure.
  public func combinedFigure(covering line: LedgerLine) -> LedgerLine? {
    guard !combined.isEmpty, Self.isCoverable(line), let package = combined[line.release]
    else { return nil }
    return package[line.phase] ?? package[.total]
  }

  /// Whether a combined figure of `release` replaces the figures of `phase` that can be
  /// replaced (see ``isCoverable(_:)``).
  func hasCombinedFigure(release: String, phase: Phase) -> Bool {
    guard !combined.isEmpty, let package = combined[release] else { return false }
    return package[phase] != nil || package[.total] != nil
  }

  /// Whether `line` is a figure a combined Preliminary Assessment can replace: a DCC figure (not
  /// actual spend) of a modification.
  public static func isCoverable(_ line: LedgerLine) -> Bool {
    line.party == .dcc && !line.modification.isEmpty && line.figure.basis != .actual
  }

  /// Whether `line` is a combined figure (a DCC line with no modification).
  public static func isCombined(_ line: LedgerLine) -> Bool {
    line.party == .dcc && line.modification.isEmpty && line.figure.basis != .actual
  }

  /// Whether any release counted has a combined figure.
  public var hasCombinedFigures: Bool { !combined.isEmpty }

  /// The versions counted for `release`.
  public func versions(of release: String) -> ReleaseVersions? {
    releases.first { $0.release == release }
  }
}
