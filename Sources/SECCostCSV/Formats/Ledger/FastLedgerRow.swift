import SECCost

/// A ledger-layout row decoded straight from the bytes libcsv delivered, without making a
/// string of every cell, and checked by the same rules as every other row (``LedgerRules``).
///
/// It only *decodes*: party, phase and basis through ``LedgerLabels`` (the general parsers'
/// readings of each spelling met, so `Design, Build & PIT`, `SIT` and `N/A` are taken), the
/// identities where already canonical (``ReleaseName``, ``VersionLabel``, ``ModificationID``
/// decide), amounts as ``Money`` reads them (`£1,335,568`, `1335568.00`), days, an ISO date.
/// Where it cannot decide (surrounding spaces, formula guards, a cell that does not read, a row
/// the rules refuse), it gives `nil` and the row is read the general way
/// (``LedgerRow/validated()``), which gives every message; so the fast path decides nothing the
/// general one would decide differently.
struct FastLedgerRow {
  /// Byte ranges of the text cells in the record.
  var release: Range<Int>
  var version: Range<Int>
  var modification: Range<Int>
  var title: Range<Int>
  var note: Range<Int>
  var party: Party
  var phase: Phase
  var figure: CostFigure
  var likely: Money?
  var effort: SECASEffort?
  var date: CalendarDate?
  /// Amount cells not in plain two-place form (`£1,335,568`), as the general path counts them.
  var reformattedAmounts: Int
  /// Party, phase and basis cells that are not their value's id, as the general path counts
  /// them.
  var relabelledCells: Int
  /// The hash of the release and version (for ``EditionTable``) and the key's fingerprint, as
  /// ``LedgerKey/fingerprint`` of the line's key.
  var hashes: (edition: UInt64, fingerprint: UInt64)

  /// Decodes a record of `bytes` whose fields end at `ends`, or `nil` for the general path.
  /// `prefetch` gets the key's fingerprint as soon as it is known, before the figure is read.
  init?(
    bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, map: LedgerFieldMap,
    labels: inout LedgerLabels, prefetch: (UInt64) -> Void
  ) {
    guard ends.count == map.fieldCount else { return nil }
    func range(_ field: Int) -> Range<Int> {
      guard field >= 0 else { return 0..<0 }
      return (field == 0 ? 0 : ends[field - 1])..<ends[field]
    }
    func cell(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: bytes[range])
    }
    var unnamed = map.unnamed
    while unnamed != 0 {
      if !range(unnamed.trailingZeroBitCount).isEmpty { return nil }
      unnamed &= unnamed - 1
    }

    release = range(map.release)
    version = range(map.version)
    modification = range(map.modification)
    // The identities only in canonical form (which is plain ASCII, trimmed): any other, valid
    // or not, warned about or not, is the general path's to read.
    guard ReleaseName.isCanonical(utf8: cell(release)),
      Self.isPlainIdentifier(cell(version)), VersionLabel.isCanonical(utf8: cell(version)),
      ModificationID.isCanonical(utf8: cell(modification)),
      let party = labels.party.read(cell(range(map.party))),
      let phase = labels.phase.read(cell(range(map.phase))),
      let basis = labels.basis.read(cell(range(map.basis)))
    else { return nil }
    hashes = LedgerKey.hashes(
      release: cell(release), version: cell(version), party: party.id,
      modification: cell(modification), phase: phase.id)
    prefetch(hashes.fingerprint)
    title = range(map.title)
    note = range(map.note)
    guard Self.isUnguardedText(cell(title)), Self.isUnguardedText(cell(note)) else { return nil }

    let dateCell = cell(range(map.date))
    var dateValue = LedgerCell<CalendarDate>.empty
    if !dateCell.isEmpty {
      guard let day = Self.isoDate(dateCell) else { return nil }
      dateValue = .value(day)
    }
    let daysCell = cell(range(map.days))
    var days = LedgerCell<Days>.empty
    if !daysCell.isEmpty {
      guard Self.isTrimmed(daysCell), let count = Days.parse(utf8: daysCell) else { return nil }
      days = .value(count)
    }
    guard let dayRate = Self.amount(cell(range(map.dayRate))),
      let low = Self.amount(cell(range(map.low))),
      let high = Self.amount(cell(range(map.high))),
      let likely = Self.amount(cell(range(map.likely)))
    else { return nil }
    let rules = LedgerRules(
      party: party.value, phase: phase.value, basis: basis.value, date: dateValue, low: low.cell,
      high: high.cell, likely: likely.cell, days: days, dayRate: dayRate.cell)

    var issues: [FieldIssue] = []
    guard let outcome = rules.apply(issues: &issues) else { return nil }
    self.party = party.value
    self.phase = phase.value
    figure = outcome.figure
    self.likely = outcome.likely
    effort = outcome.effort
    date = outcome.date
    reformattedAmounts =
      figure.range == nil ? 0 : (low.reformatted ? 1 : 0) + (high.reformatted ? 1 : 0)
    relabelledCells =
      (party.relabelled ? 1 : 0) + (phase.relabelled ? 1 : 0) + (basis.relabelled ? 1 : 0)
  }

  /// A `YYYY-MM-DD` cell that is a real day, as ``CalendarDate/init(isoParsing:)`` reads it.
  private static func isoDate(_ cell: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
    guard cell.count == 10, cell[4] == UInt8(ascii: "-"), cell[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = cell[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// An amount cell decoded: empty, or an amount with no surrounding spaces that parses, and
  /// whether it is not already in plain two-place form (the general path counts it as
  /// reformatted); `nil` if the fast path cannot decide.
  private static func amount(_ cell: UnsafeBufferPointer<UInt8>) -> (
    cell: LedgerCell<Money>, reformatted: Bool
  )? {
    if cell.isEmpty { return (.empty, false) }
    if let common = Money.parseCommon(utf8: cell) {
      return (.value(common.money), !common.isPlainDecimal)
    }
    // An amount the file's reading refuses (`£20.000`) is left to the general path, which says why.
    guard isTrimmed(cell), case .success(let money) = Money.parse(utf8: cell),
      !DecimalReading.isPointBeforeThousands(String(decoding: cell, as: UTF8.self))
    else { return nil }
    return (.value(money), !Money.isPlainDecimal(utf8: cell))
  }

  /// Whether the cell neither starts nor ends with a space or a tab (empty is trimmed).
  private static func isTrimmed(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = cell.first, let last = cell.last else { return true }
    return first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09
  }

  /// ASCII, trimmed, with no formula guard: the bytes are the string the general path makes.
  private static func isPlainIdentifier(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
    guard isTrimmed(cell), cell.first != UInt8(ascii: "'") else { return false }
    // Printable ASCII only: a control character is the general path's to refuse.
    return cell.allSatisfy { (0x20..<0x7F).contains($0) }
  }

  /// Valid UTF-8 with no formula guard (free text keeps its spaces).
  private static func isUnguardedText(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
    guard cell.first != UInt8(ascii: "'") else { return false }
    if isASCII(cell) { return true }
    return (try? UTF8Span(validating: cell.span)) != nil
  }

  private static func isASCII(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = cell.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    var bits: UInt64 = 0
    while cell.count - offset >= 8 {
      bits |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      offset += 8
    }
    while offset < cell.count {
      bits |= UInt64(cell[offset])
      offset += 1
    }
    return bits & 0x8080_8080_8080_8080 == 0
  }
}
