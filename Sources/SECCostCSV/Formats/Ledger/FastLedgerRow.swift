import SECCost

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ledger-layout row validated straight from the bytes libcsv delivered, without making a
/// string of every cell.
///
/// It accepts only rows that are plainly valid: canonical ids for party, phase and basis, no
/// surrounding spaces, no formula guards, a canonical release name (``ReleaseName``), version
/// (``VersionLabel``) and modification id (``ModificationID``), amounts that parse, a consistent
/// figure. Any other row, valid or not, gets `nil` and is read the general
/// way (``LedgerRow/validated()``), which gives every message; so the fast path decides nothing
/// the general one would decide differently.
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

  /// Reads a record of `bytes` whose fields end at `ends`, or `nil` for the general path.
  init?(bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, map: LedgerFieldMap) {
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
      let party = Self.party(cell(range(map.party))),
      let phase = Self.phase(cell(range(map.phase))),
      let basis = Self.basis(cell(range(map.basis))),
      phase.party == party
    else { return nil }
    title = range(map.title)
    note = range(map.note)
    guard Self.isUnguardedText(cell(title)), Self.isUnguardedText(cell(note)) else { return nil }
    self.party = party
    self.phase = phase
    let dateCell = cell(range(map.date))
    if dateCell.isEmpty {
      date = nil
    } else {
      guard basis == .actual, let day = Self.isoDate(dateCell) else { return nil }
      date = day
    }

    // SECAS effort: days and day rate together, on SECAS lines only.
    let days = cell(range(map.days))
    let dayRate = cell(range(map.dayRate))
    if days.isEmpty && dayRate.isEmpty {
      effort = nil
    } else {
      guard party == .secas, Self.isTrimmed(days), let count = Days.parse(utf8: days),
        let rate = Self.amount(dayRate)?.money, !rate.isNegative
      else { return nil }
      effort = SECASEffort(days: count, dayRate: rate)
    }

    let lowCell = cell(range(map.low))
    let highCell = cell(range(map.high))
    let likelyCell = cell(range(map.likely))
    guard let priced = PricedBasis(basis) else {
      // TBC and N/A: no amounts, no effort.
      guard lowCell.isEmpty, highCell.isEmpty, likelyCell.isEmpty, effort == nil else {
        return nil
      }
      figure = basis == .tbc ? .tbc : .notApplicable
      likely = nil
      reformattedAmounts = 0
      return
    }
    let low: Money
    var reformatted = 0
    if lowCell.isEmpty {
      guard let effort, let cost = try? effort.cost() else { return nil }
      low = cost
    } else {
      guard let amount = Self.amount(lowCell) else { return nil }
      if let effort, let cost = try? effort.cost(), cost != amount.money { return nil }
      low = amount.money
      if !amount.isPlainDecimal { reformatted += 1 }
    }
    var high = low
    if !highCell.isEmpty {
      guard let amount = Self.amount(highCell) else { return nil }
      high = amount.money
      if !amount.isPlainDecimal { reformatted += 1 }
    }
    guard low <= high, let figureRange = try? CostRange(low: low, high: high) else { return nil }
    figure = .priced(priced, figureRange)
    if likelyCell.isEmpty {
      likely = nil
    } else {
      guard let amount = Self.amount(likelyCell)?.money, !figureRange.isPoint, low <= amount,
        amount <= high
      else { return nil }
      likely = amount
    }
    reformattedAmounts = reformatted
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

  /// An amount cell with no surrounding spaces that parses, and whether it was already in
  /// plain two-place form.
  private static func amount(_ cell: UnsafeBufferPointer<UInt8>) -> (
    money: Money, isPlainDecimal: Bool
  )? {
    if let common = Money.parseCommon(utf8: cell) { return common }
    guard isTrimmed(cell), case .success(let money) = Money.parse(utf8: cell) else { return nil }
    return (money, Money.isPlainDecimal(utf8: cell))
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

  /// The party whose canonical id is exactly `cell`.
  static func party(_ cell: UnsafeBufferPointer<UInt8>) -> Party? {
    switch cell.count {
    case 3: return holds(cell, "DCC") ? .dcc : nil
    case 5: return holds(cell, "SECAS") ? .secas : nil
    default: return nil
    }
  }

  /// The phase whose canonical id is exactly `cell`.
  static func phase(_ cell: UnsafeBufferPointer<UInt8>) -> Phase? {
    switch cell.count {
    case 3: return holds(cell, "sit") ? .sit : holds(cell, "uit") ? .uit : nil
    case 5: return holds(cell, "total") ? .total : nil
    case 11: return holds(cell, "sec-changes") ? .secChanges : nil
    case 16: return holds(cell, "design-build-pit") ? .designBuildPIT : nil
    case 17: return holds(cell, "implement-to-live") ? .implementToLive : nil
    case 18: return holds(cell, "project-management") ? .projectManagement : nil
    case 19: return holds(cell, "application-support") ? .applicationSupport : nil
    default: return nil
    }
  }

  /// The basis whose canonical id is exactly `cell`.
  static func basis(_ cell: UnsafeBufferPointer<UInt8>) -> Basis? {
    switch cell.count {
    case 3: return holds(cell, "tbc") ? .tbc : holds(cell, "n/a") ? .notApplicable : nil
    case 4: return holds(cell, "firm") ? .firm : nil
    case 6: return holds(cell, "actual") ? .actual : nil
    case 8: return holds(cell, "estimate") ? .estimate : nil
    default: return nil
    }
  }

  /// Whether `cell` holds exactly the bytes of `id` (of the same length: the caller's switch).
  private static func holds(_ cell: UnsafeBufferPointer<UInt8>, _ id: StaticString) -> Bool {
    guard let base = cell.baseAddress else { return false }
    return memcmp(base, id.utf8Start, cell.count) == 0
  }
}
