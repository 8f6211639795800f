import SECCost

/// The fields of an edit form (`POST /edit`, `application/x-www-form-urlencoded`), as text: a
/// figure to write, and the hash of the file it was based on.
public struct FigureDraft: Hashable, Sendable {
  /// The release.
  public var release: String
  /// The document version.
  public var version: String
  /// `DCC` or `SECAS`.
  public var party: String
  /// The modification; empty for a release-level line.
  public var modification: String
  /// The phase id (`design-build-pit`).
  public var phase: String
  /// The basis id (`firm`, `estimate`, `actual`, `tbc`, `n/a`).
  public var basis: String
  /// The low amount, as typed (`1886716.00`); empty for TBC and N/A.
  public var low: String
  /// The high amount; the low one again for a single amount.
  public var high: String
  /// The note.
  public var note: String
  /// The SHA-256 of the file holding the line, as the form was rendered with it.
  public var base: String

  /// A draft.
  public init(
    release: String, version: String, party: String, modification: String, phase: String,
    basis: String, low: String, high: String, note: String, base: String
  ) {
    self.release = release
    self.version = version
    self.party = party
    self.modification = modification
    self.phase = phase
    self.basis = basis
    self.low = low
    self.high = high
    self.note = note
    self.base = base
  }

  /// The fields of `line`, based on `base`.
  public init(_ line: LedgerLine, base: String) {
    self.init(
      release: line.release, version: line.version, party: line.party.id,
      modification: line.modification, phase: line.phase.id, basis: line.figure.basis.id,
      low: line.figure.range?.low.plainDecimal ?? "",
      high: line.figure.range?.high.plainDecimal ?? "",
      note: line.note, base: base)
  }
}
