import CLibCSV
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
  /// `order` is ``canonicalOrder``, if it is already known.
  package func writeCanonicalCSV(
    chunkSize: Int = 1 << 20, order: [Int]? = nil, _ emit: ([UInt8]) -> Void
  ) {
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    let order = order ?? canonicalOrder
    lines.withUnsafeBufferPointer { lines in
      order.withUnsafeBufferPointer { order in
        if lines.count >= CanonicalCSVPipeline.threshold {
          emit(writer.drain())
          if CanonicalCSVPipeline.write(lines, order: order, emit) { return }
        }
        var cells = CanonicalCellCache()
        var start = 0
        while start < order.count {
          let block = start..<min(start + CanonicalCSVPipeline.rowsPerBlock, order.count)
          LedgerLine.writeCanonicalRows(lines, order: order[block], to: &writer, cache: &cells)
          if writer.bytes.count >= chunkSize { emit(writer.drain()) }
          start = block.upperBound
        }
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

  /// Writes the rows of `lines` at the positions `order` gives, in that order.
  static func writeCanonicalRows(
    _ lines: UnsafeBufferPointer<LedgerLine>, order: Slice<UnsafeBufferPointer<Int>>,
    to writer: inout CSVWriter, cache: inout CanonicalCellCache
  ) {
    guard let base = lines.baseAddress else { return }
    // The lines are visited out of storage order, each mostly not in the cache: fetch the
    // line a few places ahead while writing this one.
    let lookahead = 8
    let stride = UInt(MemoryLayout<LedgerLine>.stride)
    let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: CanonicalRowBuffer.capacity)
    defer { storage.deallocate() }
    var start = CanonicalRowBuffer(storage)
    for position in order.indices {
      if position + lookahead < order.endIndex {
        seccost_prefetch_for_read(base + order[position + lookahead], stride)
      }
      writeCanonicalCells(of: base + order[position], to: &writer, cache: &cache, start: &start)
    }
  }

  /// Writes the row of ``canonicalCells`` straight to `writer`: the same bytes, without making
  /// the cells. Text that repeats from the lines before is written from `cache`, found by the
  /// string's bits where the line is stored, so that the string is not retained (lines written
  /// on two threads share their strings, and a shared count is slow to change).
  ///
  /// The row's cells are gathered in `start` and handed to `writer` at once: a call of
  /// `Array.append(contentsOf:)` costs more than copying the few bytes of a cell. A date and
  /// days (on few lines) and a text not in the cache go to `writer` after what `start` holds.
  static func writeCanonicalCells(
    of line: UnsafePointer<LedgerLine>, to writer: inout CSVWriter,
    cache: inout CanonicalCellCache, start: inout CanonicalRowBuffer
  ) {
    let delimiter = writer.delimiter
    cache.putText(of: line, at: TextOffsets.release, \.release, into: &start, writer: &writer)
    start.put(delimiter, writer: &writer)
    cache.putText(of: line, at: TextOffsets.version, \.version, into: &start, writer: &writer)
    start.put(delimiter, writer: &writer)
    CanonicalCellCache.withCell(&cache.partyCells, line.pointee.party == .dcc ? 0 : 1) {
      start.put($0, writer: &writer)
    }
    start.put(delimiter, writer: &writer)
    cache.putText(
      of: line, at: TextOffsets.modification, \.modification, into: &start, writer: &writer)
    start.put(delimiter, writer: &writer)
    cache.putText(of: line, at: TextOffsets.title, \.title, into: &start, writer: &writer)
    start.put(delimiter, writer: &writer)
    CanonicalCellCache.withCell(&cache.phaseCells, line.pointee.phase.ordinal) {
      start.put($0, writer: &writer)
    }
    start.put(delimiter, writer: &writer)
    let figure = line.pointee.figure
    CanonicalCellCache.withCell(&cache.basisCells, figure.basis.ordinal) {
      start.put($0, writer: &writer)
    }
    start.put(delimiter, writer: &writer)
    if let date = line.pointee.date {
      start.flush(to: &writer)
      writer.appendText(date.iso)
    }
    start.put(delimiter, writer: &writer)
    start.put(amount: figure.range?.low, writer: &writer)
    start.put(delimiter, writer: &writer)
    start.put(amount: figure.range?.high, writer: &writer)
    start.put(delimiter, writer: &writer)
    start.put(amount: line.pointee.likely, writer: &writer)
    start.put(delimiter, writer: &writer)
    let effort = line.pointee.effort
    if let effort {
      start.flush(to: &writer)
      writer.append(effort.days.plainDecimal)
    }
    start.put(delimiter, writer: &writer)
    start.put(amount: effort?.dayRate, writer: &writer)
    start.put(delimiter, writer: &writer)
    cache.putText(of: line, at: TextOffsets.note, \.note, into: &start, writer: &writer)
    start.put(UInt8(ascii: "\n"), writer: &writer)
    start.flush(to: &writer)
  }

  /// Where a line's text fields are stored within it (`nil` only if a field stopped being a
  /// stored property: the text is then read the ordinary way).
  private enum TextOffsets {
    static let release = MemoryLayout<LedgerLine>.offset(of: \.release)
    static let version = MemoryLayout<LedgerLine>.offset(of: \.version)
    static let modification = MemoryLayout<LedgerLine>.offset(of: \.modification)
    static let title = MemoryLayout<LedgerLine>.offset(of: \.title)
    static let note = MemoryLayout<LedgerLine>.offset(of: \.note)
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

  /// The cells of the canonical ids, by ordinal: made for each cache, so that two threads
  /// writing rows never share (and so never contend for) an array's reference count.
  fileprivate var partyCells = Party.allCases.map(encoded)
  fileprivate var phaseCells = Phase.allCases.map(encoded)
  fileprivate var basisCells = Basis.allCases.map(encoded)

  /// Hands `body` the bytes of cell `index` of `cells`, borrowed in place. Reading an element of
  /// an array of arrays copies it out, a retain and a release a cell (seven a row, a tenth of
  /// the writing time); the mutable access borrows it, the arrays being this cache's alone.
  @inline(__always)
  fileprivate static func withCell(
    _ cells: inout [[UInt8]], _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    cells[index].withUnsafeMutableBufferPointer { body(UnsafeBufferPointer($0)) }
  }

  private static func encoded(_ value: some RawRepresentable<String>) -> [UInt8] {
    var writer = CSVWriter()
    writer.appendText(value.rawValue)
    return writer.bytes
  }

  /// Writes the text `field` of `line`, stored `offset` bytes into it, as a text cell, without
  /// retaining it unless it is not in the cache.
  mutating func writeText(
    of line: UnsafePointer<LedgerLine>, at offset: Int?, _ field: KeyPath<LedgerLine, String>,
    to writer: inout CSVWriter
  ) {
    guard let offset else { return writeText(line.pointee[keyPath: field], to: &writer) }
    let field = UnsafeRawPointer(line) + offset
    let key = field.load(as: (UInt64, UInt64).self)
    if words[Self.slot(of: key)] == key {
      Self.withCell(&encoded, Self.slot(of: key)) { writer.appendEncoded($0) }
      return
    }
    writeText(field.assumingMemoryBound(to: String.self).pointee, to: &writer)
  }

  /// The slot for a string's two words.
  private static func slot(of key: (UInt64, UInt64)) -> Int {
    // The top bits of a product depend on every bit of both words (Fibonacci hashing).
    let mixed = (key.0 &+ (key.1 >> 32 | key.1 << 32)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> 56)
  }

  /// Puts the text `field` of `line` into `start` as ``writeText(of:at:_:to:)`` writes it: from
  /// the cache if it is there, else written to `writer` after what `start` holds.
  mutating func putText(
    of line: UnsafePointer<LedgerLine>, at offset: Int?, _ field: KeyPath<LedgerLine, String>,
    into start: inout CanonicalRowBuffer, writer: inout CSVWriter
  ) {
    if let offset {
      let key = (UnsafeRawPointer(line) + offset).load(as: (UInt64, UInt64).self)
      if words[Self.slot(of: key)] == key {
        Self.withCell(&encoded, Self.slot(of: key)) { start.put($0, writer: &writer) }
        return
      }
    }
    start.flush(to: &writer)
    writeText(of: line, at: offset, field, to: &writer)
  }

  /// Writes `text` as a text cell.
  mutating func writeText(_ text: String, to writer: inout CSVWriter) {
    let key = Self.words(of: text)
    let slot = Self.slot(of: key)
    if words[slot] == key {
      Self.withCell(&encoded, slot) { writer.appendEncoded($0) }
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

/// The cells of a canonical row, gathered in a buffer of fixed size and handed to the writer in
/// one piece (``flush(to:)``); what does not fit goes to the writer as it comes, after what the
/// buffer holds, so the bytes are those written cell by cell.
struct CanonicalRowBuffer {
  /// The buffer's size: most rows fit.
  static let capacity = 1024

  private let storage: UnsafeMutablePointer<UInt8>
  private var count = 0

  /// A buffer over `storage`, of ``capacity`` bytes, which the caller owns.
  init(_ storage: UnsafeMutablePointer<UInt8>) {
    self.storage = storage
  }

  /// Puts the bytes of an encoded cell after those already held.
  @inline(__always)
  mutating func put(_ bytes: UnsafeBufferPointer<UInt8>, writer: inout CSVWriter) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > Self.capacity {
      flush(to: &writer)
      if bytes.count > Self.capacity { return writer.appendEncoded(bytes) }
    }
    (storage + count).update(from: base, count: bytes.count)
    count += bytes.count
  }

  /// Puts one byte (a delimiter) after those already held.
  @inline(__always)
  mutating func put(_ byte: UInt8, writer: inout CSVWriter) {
    if count == Self.capacity { flush(to: &writer) }
    storage[count] = byte
    count += 1
  }

  /// Puts an amount cell after those already held, as ``CSVWriter/appendAmount(_:)`` writes it.
  mutating func put(amount: Money?, writer: inout CSVWriter) {
    guard let amount else { return }
    CSVWriter.encodeAmount(amount) { put($0, writer: &writer) }
  }

  /// Hands what is held to `writer`, leaving the buffer empty.
  mutating func flush(to writer: inout CSVWriter) {
    guard count > 0 else { return }
    writer.appendEncoded(UnsafeBufferPointer(start: storage, count: count))
    count = 0
  }
}
