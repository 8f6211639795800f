import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Owns one libcsv parser in strict mode and frees it when done.
///
/// Blank lines are reported as rows with no fields (`CSV_REPALL_NL`), so that a ``RowSink``
/// can count lines while libcsv is fed whole chunks; the sink does not pass such rows on.
final class CSVParser {
  private var parser = csv_parser()
  private let initialised: Bool

  init(delimiter: UInt8) {
    initialised = csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL)) == 0
    csv_set_delim(&parser, delimiter)
  }

  deinit {
    if initialised { csv_free(&parser) }
  }

  /// Parses `length` bytes, delivering fields and rows to `sink`; returns the bytes consumed, or
  /// 0 once a limit of ``CSVLimits`` is exceeded or a NUL byte found (``limitMessage``).
  func parse(_ bytes: UnsafePointer<UInt8>, _ length: Int, sink: RowSink) -> Int {
    guard initialised else { return 0 }
    let consumed = withExtendedLifetime(sink) {
      csv_parse(
        &parser, bytes, length, csvFieldCallback, csvRowCallback,
        Unmanaged.passUnretained(sink).toOpaque())
    }
    if sink.limitExceeded == nil { sink.checkPartialField(partialField) }
    return sink.limitExceeded == nil ? consumed : 0
  }

  /// Flushes the last row; `false` if the file ended inside a quoted field or at a limit.
  func finish(sink: RowSink) -> Bool {
    guard initialised else { return false }
    let finished = withExtendedLifetime(sink) {
      csv_fini(&parser, csvFieldCallback, csvRowCallback, Unmanaged.passUnretained(sink).toOpaque())
        == 0
    }
    return finished && sink.limitExceeded == nil
  }

  /// The bytes of the field libcsv is part way through.
  var partialField: UnsafeRawBufferPointer {
    guard initialised, let buffer = parser.entry_buf else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    return UnsafeRawBufferPointer(start: buffer, count: min(parser.entry_pos, parser.entry_size))
  }

  /// libcsv's reason for the last failure, in words for the user.
  var errorMessage: String {
    guard initialised else { return "libcsv could not allocate its parser" }
    switch Int32(csv_error(&parser)) {
    case CSV_EPARSE:
      return "malformed CSV: a quote inside an unquoted field, or text after a closing quote"
        + " (quote the whole field and double any quote inside it)"
    case CSV_ENOMEM: return "out of memory: a field is too large"
    case CSV_ETOOBIG: return "a field is too large"
    default: return String(cString: csv_strerror(csv_error(&parser)))
    }
  }
}

/// Collects the fields libcsv delivers into rows of a ``CSVRowBatch``, counts lines, checks the
/// limits of ``CSVLimits``, and hands each batch on when it has ``rowsPerBatch`` rows (and at
/// the end).
///
/// `line` is the line the next row starts on. LF, CR LF and a lone CR each end one line: libcsv
/// reports every row end and blank line with the byte that ended it (`CSV_REPALL_NL`), the
/// reader feeds the LF after a CR on its own and sets ``lineFeedAfterCR`` for it, and the line
/// breaks inside quoted fields are counted when their row ends.
///
/// The sink is only ever used from the libcsv callbacks of one parse at a time, so its state is
/// exempt from Swift's run-time exclusivity checks, which would otherwise cost more per field
/// than the field itself. It keeps the batch's buffers and counts in its own properties, so the
/// per-field callback touches no reference count; ``flush()`` hands the counts over.
final class RowSink {
  /// The number of rows a batch collects before it is handed on.
  let rowsPerBatch: Int
  /// Takes a full batch; returns an empty one to fill next if it keeps the full one, `nil` if
  /// it does not (the sink then refills the same batch, unless a record of it is still held).
  var onBatch: ((CSVRowBatch) -> CSVRowBatch?)?
  /// The limits on fields and rows.
  let limits: CSVLimits
  @exclusivity(unchecked) private var batch: CSVRowBatch
  @exclusivity(unchecked) private var bytes: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var byteCount = 0
  @exclusivity(unchecked) private var byteCapacity: Int
  @exclusivity(unchecked) private var ends: UnsafeMutablePointer<Int>
  @exclusivity(unchecked) private var endCount = 0
  @exclusivity(unchecked) private var endCapacity: Int
  @exclusivity(unchecked) private var rows: UnsafeMutablePointer<CSVRowBatch.Row>
  @exclusivity(unchecked) private var rowCount = 0
  @exclusivity(unchecked) private var rowCapacity: Int
  /// Where the row being read starts.
  @exclusivity(unchecked) private var rowByteStart = 0
  @exclusivity(unchecked) private var rowFirstField = 0
  @exclusivity(unchecked) private var rowsInBatch = 0
  @exclusivity(unchecked) var line = 1
  @exclusivity(unchecked) var lastRowEndLine = 0
  /// Set while the reader feeds the LF of a CR LF: a row end or blank line it makes is not a
  /// line of its own.
  @exclusivity(unchecked) var lineFeedAfterCR = false
  /// Why reading must stop, and on which line, once a limit is exceeded or a NUL byte is found;
  /// no field is kept and no row delivered after that.
  @exclusivity(unchecked) private(set) var limitExceeded: (message: String, line: Int)? {
    didSet { stopped = limitExceeded != nil }
  }
  /// Whether ``limitExceeded`` is set (a plain flag for the per-field test).
  @exclusivity(unchecked) private var stopped = false
  /// Whether a field of the row being read holds a line break (so that its row's line breaks
  /// are counted only then).
  @exclusivity(unchecked) private var rowHasLineBreak = false
  /// The delimiter the rows are read with, recorded in each batch.
  var delimiter = UInt8(ascii: ",")

  init(
    rowsPerBatch: Int = 1, batch: CSVRowBatch = CSVRowBatch(), limits: CSVLimits = CSVLimits()
  ) {
    self.rowsPerBatch = rowsPerBatch
    self.batch = batch
    self.limits = limits
    bytes = batch.bytes
    byteCapacity = batch.byteCapacity
    ends = batch.ends
    endCapacity = batch.endCapacity
    rows = batch.rows
    rowCount = batch.rowCount
    rowCapacity = batch.rowCapacity
  }

  @inline(__always)
  func appendField(_ data: UnsafeRawPointer?, _ length: Int) {
    if stopped { return }
    let rowBytes = byteCount &- rowByteStart
    if endCount &- rowFirstField >= limits.maxFields || length > limits.maxFieldBytes
      || rowBytes &+ length > limits.maxRowBytes
    {
      return exceeded(field: UnsafeRawBufferPointer(start: data, count: length), complete: true)
    }
    if let data, length > 0 {
      if byteCount &+ length > byteCapacity { grow(bytes: byteCount &+ length) }
      let found = RowSink.copy(length, from: data, to: UnsafeMutableRawPointer(bytes + byteCount))
      if found.nul {
        return exceeded(
          field: UnsafeRawBufferPointer(start: data, count: length), complete: true, nul: true)
      }
      rowHasLineBreak = rowHasLineBreak || found.lineBreak
      byteCount &+= length
    }
    if endCount == endCapacity { grow(bytes: 0) }
    ends[endCount] = byteCount &- rowByteStart
    endCount &+= 1
  }

  /// Ends a row; `terminator` is the byte that ended it (`-1` at the end of the file).
  func endRow(_ terminator: Int32) {
    if stopped { return }
    let endsLine =
      (terminator == 0x0D || terminator == 0x0A) && !(terminator == 0x0A && lineFeedAfterCR)
      ? 1 : 0
    if endCount == rowFirstField {  // a blank line
      line += endsLine
      return
    }
    let embeddedLineBreaks = rowHasLineBreak ? lineBreaksInRow : 0
    rowHasLineBreak = false
    lastRowEndLine = line + embeddedLineBreaks
    if rowCount == rowCapacity { growRows() }
    (rows + rowCount).initialize(
      to: CSVRowBatch.Row(
        byteStart: rowByteStart, firstField: rowFirstField, fieldCount: endCount - rowFirstField,
        line: line))
    rowCount &+= 1
    line += embeddedLineBreaks + endsLine
    rowByteStart = byteCount
    rowFirstField = endCount
    rowsInBatch += 1
    if rowsInBatch == rowsPerBatch { flush() }
  }

  /// Checks the field libcsv is part way through against the limits (a field that never ends
  /// is stopped at the limit, not buffered whole).
  func checkPartialField(_ field: UnsafeRawBufferPointer) {
    guard limitExceeded == nil else { return }
    if field.count > limits.maxFieldBytes
      || byteCount &- rowByteStart &+ field.count > limits.maxRowBytes
    {
      exceeded(field: field, complete: false)
    }
  }

  /// Records the first limit a field exceeds (too many fields, too large a field or row, a NUL
  /// byte) and the line it is on: the line of the field's first byte past a size limit (where
  /// the field size comes first when both are passed on the same line), or of the field's end.
  private func exceeded(field: UnsafeRawBufferPointer, complete: Bool, nul: Bool = false) {
    let rowBytes = byteCount - rowByteStart
    let before = line + lineBreaksInRow
    if complete && endCount - rowFirstField >= limits.maxFields {
      limitExceeded = (
        "a row has more than \(limits.maxFields) fields, the limit (--max-columns raises it)",
        before + RowSink.lineBreaks(in: field)
      )
      return
    }
    let fieldLimit = field.count > limits.maxFieldBytes ? limits.maxFieldBytes : nil
    let rowLimit =
      rowBytes + field.count > limits.maxRowBytes ? max(limits.maxRowBytes - rowBytes, 0) : nil
    let fieldLine = fieldLimit.map { before + RowSink.lineBreaks(in: field, endingBefore: $0) }
    let rowLine = rowLimit.map { before + RowSink.lineBreaks(in: field, endingBefore: $0) }
    if let fieldLine, rowLine.map({ fieldLine <= $0 }) ?? true {
      limitExceeded = (
        "a field is larger than \(CSVLimits.describe(limits.maxFieldBytes)), the limit"
          + " (--max-field-size raises it)", fieldLine
      )
    } else if let rowLine {
      limitExceeded = (
        "a row is larger than \(CSVLimits.describe(limits.maxRowBytes)), the limit"
          + " (--max-row-size raises it)", rowLine
      )
    } else if nul {
      limitExceeded = (
        "a field has a NUL byte (0x00), which is not text: the file may be UTF-16 (save it as"
          + " \"CSV UTF-8\") or not a CSV file at all", before + RowSink.lineBreaks(in: field)
      )
    }
  }

  /// Hands the rows ended so far on, if there are any, and goes on with the batch given back.
  func flush() {
    guard rowsInBatch > 0 else { return }
    // Rows end before a partial one starts; a partial row is only left by an error.
    batch.byteCount = rowByteStart
    batch.endCount = rowFirstField
    batch.rowCount = rowCount
    batch.delimiter = delimiter
    if let next = onBatch?(batch) {
      take(next)
    } else if isKnownUniquelyReferenced(&batch) {
      batch.removeAll()
      take(batch)
    } else {
      take(CSVRowBatch(byteCapacity: byteCapacity, endCapacity: endCapacity))
    }
  }

  /// Goes on with `next` (empty). A partial row is only left by an error, after which nothing
  /// more is read, so it is dropped.
  private func take(_ next: CSVRowBatch) {
    batch = next
    bytes = next.bytes
    byteCapacity = next.byteCapacity
    ends = next.ends
    endCapacity = next.endCapacity
    rows = next.rows
    rowCount = next.rowCount
    rowCapacity = next.rowCapacity
    byteCount = next.byteCount
    endCount = next.endCount
    rowByteStart = byteCount
    rowFirstField = endCount
    rowsInBatch = 0
  }

  /// Grows the batch to hold `bytes` bytes and one more field end, and takes its new buffers.
  private func grow(bytes needed: Int) {
    batch.byteCount = byteCount
    batch.endCount = endCount
    batch.reserve(bytes: needed, ends: endCount + 1)
    bytes = batch.bytes
    byteCapacity = batch.byteCapacity
    ends = batch.ends
    endCapacity = batch.endCapacity
  }

  /// Doubles the batch's room for rows, and takes it.
  private func growRows() {
    batch.rowCount = rowCount
    batch.reserve(rows: rowCount + 1)
    rows = batch.rows
    rowCapacity = batch.rowCapacity
  }

  /// Copies `count` bytes and says whether there was a NUL and whether a line break (LF or CR)
  /// among them: a few overlapping word moves for short fields (most), words for longer ones,
  /// never touching a byte outside either range. Each word is first tested for any byte below
  /// 0x0E, which text seldom has; only then for the three that matter.
  @inline(__always)
  private static func copy(
    _ count: Int, from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer
  ) -> (nul: Bool, lineBreak: Bool) {
    switch count {
    case 8...16:
      let head = source.loadUnaligned(as: UInt64.self)
      let tail = source.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
      target.storeBytes(of: head, as: UInt64.self)
      target.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self)
      return classify(head, tail)
    case 4..<8:
      let head = source.loadUnaligned(as: UInt32.self)
      let tail = source.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
      target.storeBytes(of: head, as: UInt32.self)
      target.storeBytes(of: tail, toByteOffset: count &- 4, as: UInt32.self)
      // The upper halves filled with a byte that is none of the three.
      return classify(
        UInt64(head) | 0x4141_4141_0000_0000, UInt64(tail) | 0x4141_4141_0000_0000)
    case 1..<4:
      // The first, middle and last bytes (overlapping for one or two).
      let first = source.load(as: UInt8.self)
      let middle = source.load(fromByteOffset: count >> 1, as: UInt8.self)
      let last = source.load(fromByteOffset: count &- 1, as: UInt8.self)
      target.storeBytes(of: first, as: UInt8.self)
      target.storeBytes(of: middle, toByteOffset: count >> 1, as: UInt8.self)
      target.storeBytes(of: last, toByteOffset: count &- 1, as: UInt8.self)
      let word =
        UInt64(first) | UInt64(middle) << 8 | UInt64(last) << 16 | 0x4141_4141_4100_0000
      return classify(word, word)
    default:
      var found = (nul: false, lineBreak: false)
      var offset = 0
      while offset &+ 8 <= count {
        let word = source.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        target.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
        if hasByteBelow0E(word) {
          let each = classify(word, word)
          found.nul = found.nul || each.nul
          found.lineBreak = found.lineBreak || each.lineBreak
        }
        offset &+= 8
      }
      if offset < count {
        let word = source.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        target.storeBytes(of: word, toByteOffset: count &- 8, as: UInt64.self)
        let each = classify(word, word)
        found.nul = found.nul || each.nul
        found.lineBreak = found.lineBreak || each.lineBreak
      }
      return found
    }
  }

  /// Whether two words hold a zero byte, and an LF or CR byte.
  @inline(__always)
  private static func classify(_ a: UInt64, _ b: UInt64) -> (nul: Bool, lineBreak: Bool) {
    guard hasByteBelow0E(a) || hasByteBelow0E(b) else { return (false, false) }
    let lf: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    let cr: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
    return (
      hasZeroByte(a) || hasZeroByte(b),
      hasZeroByte(a ^ lf) || hasZeroByte(b ^ lf) || hasZeroByte(a ^ cr) || hasZeroByte(b ^ cr)
    )
  }

  /// Whether any of the eight bytes of `word` is zero.
  @inline(__always)
  private static func hasZeroByte(_ word: UInt64) -> Bool {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
  }

  /// Whether any byte of `word` is below 0x0E (might be NUL, LF or CR); may say yes for a byte
  /// above it next to one below, never no for one below.
  @inline(__always)
  private static func hasByteBelow0E(_ word: UInt64) -> Bool {
    (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0
  }

  /// The line breaks in the fields of the row being read.
  private var lineBreaksInRow: Int {
    RowSink.lineBreaks(
      in: UnsafeRawBufferPointer(start: bytes + rowByteStart, count: byteCount - rowByteStart))
  }

  /// The line the byte libcsv stopped at is on, after an error in the row being read, with
  /// `partial` the field it was part way through.
  func errorLine(partial: UnsafeRawBufferPointer) -> Int {
    line + lineBreaksInRow + RowSink.lineBreaks(in: partial)
  }

  /// Line breaks in `text`: LF, CR LF and a lone CR each count once, as the reader counts lines.
  static func lineBreaks(in text: UnsafeRawBufferPointer) -> Int {
    lineBreaks(in: text, endingBefore: text.count)
  }

  /// The line breaks in `text` whose last byte comes before offset `limit`: the LFs and CRs
  /// before it, less each CR whose LF follows it (the pair is one break, counted at the LF if
  /// that is before the limit too). Found with `memchr`, so text without breaks costs one scan
  /// for each byte.
  static func lineBreaks(in text: UnsafeRawBufferPointer, endingBefore limit: Int) -> Int {
    guard let base = text.baseAddress else { return 0 }
    let end = min(limit, text.count)
    var count = 0
    var offset = 0
    while offset < end, let found = memchr(base + offset, 0x0A, end - offset) {
      count += 1
      offset = base.distance(to: UnsafeRawPointer(found)) + 1
    }
    offset = 0
    while offset < end, let found = memchr(base + offset, 0x0D, end - offset) {
      let index = base.distance(to: UnsafeRawPointer(found))
      // A CR followed by an LF is counted at the LF (if the LF is before the limit) or not at
      // all (if it is not); a lone CR counts itself.
      if index + 1 >= text.count || text[index + 1] != 0x0A { count += 1 }
      offset = index + 1
    }
    return count
  }
}

private func csvFieldCallback(
  _ data: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?
) {
  guard let context else { return }
  Unmanaged<RowSink>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.appendField(data, length) }
}

private func csvRowCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
  guard let context else { return }
  Unmanaged<RowSink>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.endRow(terminator) }
}
