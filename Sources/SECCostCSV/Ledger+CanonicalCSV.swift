import SECCost

extension Ledger {
  /// The ledger as canonical ledger CSV v1.
  ///
  /// The header in canonical column order, one line per row in canonical order, amounts as plain
  /// decimals with two places (`high` written for point figures too), canonical ids for party,
  /// phase and basis, UTF-8 without BOM, `\n` line ends. Text is guarded against formula
  /// injection and quoted where a spreadsheet would take it for a number (`"0.10"`). Exporting an
  /// imported canonical file gives the same bytes.
  public func canonicalCSV() -> [UInt8] {
    var bytes: [UInt8] = []
    writeCanonicalCSV { bytes += $0 }
    return bytes
  }

  /// Hands ``canonicalCSV()`` to `emit` in pieces of about `chunkSize` bytes, in order, so that
  /// the whole text is never held at once.
  package func writeCanonicalCSV(chunkSize: Int = 1 << 20, _ emit: ([UInt8]) -> Void) {
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    var cells = CanonicalCellCache()
    let order = canonicalOrder
    lines.withUnsafeBufferPointer { lines in
      guard let base = lines.baseAddress else { return }
      for index in order {
        (base + index).pointee.writeCanonicalCells(to: &writer, cache: &cells)
        if writer.bytes.count >= chunkSize { emit(writer.drain()) }
      }
    }
    if !writer.bytes.isEmpty { emit(writer.drain()) }
  }
}

extension LedgerLine {
  /// The line's cells in canonical column order.
  var canonicalCells: [CSVCell] {
    [
      .text(release), .text(version), .text(party.id), .text(modification), .text(title),
      .text(phase.id), .text(figure.basis.id), .text(date?.iso ?? ""),
      .amount(figure.range?.low), .amount(figure.range?.high), .amount(likely),
      .number(effort?.days.plainDecimal ?? ""), .amount(effort?.dayRate),
      .text(note),
    ]
  }

  /// Writes the row of ``canonicalCells`` straight to `writer`: the same bytes, without making
  /// the cells. Text that repeats from the line before is written from `cache`.
  func writeCanonicalCells(to writer: inout CSVWriter, cache: inout CanonicalCellCache) {
    cache.writeText(release, to: &writer)
    writer.appendDelimiter()
    cache.writeText(version, to: &writer)
    writer.appendDelimiter()
    writer.appendEncoded(CanonicalCellCache.partyCells[party == .dcc ? 0 : 1])
    writer.appendDelimiter()
    cache.writeText(modification, to: &writer)
    writer.appendDelimiter()
    cache.writeText(title, to: &writer)
    writer.appendDelimiter()
    writer.appendEncoded(CanonicalCellCache.phaseCells[phase.ordinal])
    writer.appendDelimiter()
    writer.appendEncoded(CanonicalCellCache.basisCells[figure.basis.ordinal])
    writer.appendDelimiter()
    if let date { writer.appendText(date.iso) }
    writer.appendDelimiter()
    writer.appendAmount(figure.range?.low)
    writer.appendDelimiter()
    writer.appendAmount(figure.range?.high)
    writer.appendDelimiter()
    writer.appendAmount(likely)
    writer.appendDelimiter()
    if let effort { writer.append(effort.days.plainDecimal) }
    writer.appendDelimiter()
    writer.appendAmount(effort?.dayRate)
    writer.appendDelimiter()
    cache.writeText(note, to: &writer)
    writer.endRow()
  }
}

/// Text cells already encoded, looked up by the string's own two machine words: texts that repeat
/// (a modification's title on each of its phases, the release on every line) are mostly the
/// same string, shared when the reader read them, and are written from here without being
/// scanned, guarded or quoted again. A string equal in words to a cached one is the same value;
/// any other is encoded afresh, so the bytes written never depend on the cache.
struct CanonicalCellCache {
  private static let slotCount = 256

  /// Each slot's string (kept, so that its storage is not reused while cached), its words and
  /// its encoded cell; the words are apart so that a lookup copies no reference.
  private var texts = Array(repeating: "", count: CanonicalCellCache.slotCount)
  private var words = Array(
    repeating: (UInt64.max, UInt64.max), count: CanonicalCellCache.slotCount)
  private var encoded = Array(repeating: [UInt8](), count: CanonicalCellCache.slotCount)

  /// The cells of the canonical ids, by ordinal.
  static let partyCells = Party.allCases.map(encoded)
  static let phaseCells = Phase.allCases.map(encoded)
  static let basisCells = Basis.allCases.map(encoded)

  private static func encoded(_ value: some RawRepresentable<String>) -> [UInt8] {
    var writer = CSVWriter()
    writer.appendText(value.rawValue)
    return writer.bytes
  }

  /// Writes `text` as a text cell.
  mutating func writeText(_ text: String, to writer: inout CSVWriter) {
    let key = Self.words(of: text)
    // The top bits of a product depend on every bit of both words (Fibonacci hashing).
    let mixed = (key.0 &+ (key.1 >> 32 | key.1 << 32)) &* 0x9E37_79B9_7F4A_7C15
    let slot = Int(truncatingIfNeeded: mixed >> 56)
    if words[slot] == key {
      encoded[slot].withUnsafeBufferPointer { writer.appendEncoded($0) }
      return
    }
    let start = writer.bytes.count
    writer.appendText(text)
    texts[slot] = text
    words[slot] = key
    encoded[slot].removeAll(keepingCapacity: true)
    writer.bytes.withUnsafeBufferPointer {
      encoded[slot].append(contentsOf: UnsafeBufferPointer(rebasing: $0[start...]))
    }
  }

  /// The two machine words a `String` is made of: equal words, the same string (the same
  /// inline bytes, or the same storage).
  private static func words(of text: String) -> (UInt64, UInt64) {
    unsafeBitCast(text, to: (UInt64, UInt64).self)
  }
}
