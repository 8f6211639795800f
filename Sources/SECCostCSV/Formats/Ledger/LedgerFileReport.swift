/// What reading one ledger file found and normalised, so an import can say what it changed.
public struct LedgerFileReport: Hashable, Sendable {
  /// The file as named by the user.
  public internal(set) var path: String
  /// The layout recognised from the header, if the header was read.
  public internal(set) var layout: LedgerLayout?
  /// The encoding, delimiter and byte order mark found.
  public internal(set) var source = CSVSource()
  /// Valid ledger lines read.
  public internal(set) var lines = 0
  /// Amount cells not already in canonical form (`£1,335,568`, `1335568` rather than
  /// `1335568.00`).
  public internal(set) var reformattedAmounts = 0
  /// Party, phase and basis cells not already canonical ids (`SIT`, `Estimate`, `dcc`).
  public internal(set) var relabelledCells = 0
  /// Release, version and modification cells not already canonical (`november 2022`, `v0.4`,
  /// `mp143`, `MP 143`), written canonically.
  public internal(set) var rewrittenIdentities = 0
  /// Rows read straight from their bytes (the reader's fast path) rather than made into
  /// strings and validated the general way; the same lines either way. A measure of speed, not
  /// of the data: it is not among the ``normalisations``.
  public internal(set) var fastRows = 0
  /// Text cells whose formula guard (a leading `'`) was removed.
  public internal(set) var unguardedTexts = 0

  init(path: String) {
    self.path = path
  }

  /// One line per thing normalised, for the user; empty if the file was canonical.
  public var normalisations: [String] {
    var notes: [String] = []
    if let layout, layout == .wide {
      notes.append("layout: wide (the RID table) read into ledger lines")
    }
    if source.encoding == .windows1252 { notes.append("encoding: Windows-1252 converted to UTF-8") }
    if source.hadByteOrderMark { notes.append("byte order mark removed") }
    if source.delimiter != UInt8(ascii: ",") {
      notes.append("delimiter: '\(Character(Unicode.Scalar(source.delimiter)))' read, ',' written")
    }
    if source.hadCRLF { notes.append("line ends: CR LF converted to LF") }
    if reformattedAmounts > 0 {
      notes.append(Self.count(reformattedAmounts, "amount") + " reformatted as plain decimals")
    }
    if relabelledCells > 0 {
      notes.append(Self.count(relabelledCells, "party, phase or basis label") + " replaced by ids")
    }
    if rewrittenIdentities > 0 {
      notes.append(
        Self.count(rewrittenIdentities, "release, version or modification id")
          + " written canonically (November 2022, 0.4, MP143)")
    }
    if unguardedTexts > 0 {
      notes.append(Self.count(unguardedTexts, "formula guard") + " (leading ') removed from text")
    }
    return notes
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
  }
}
