import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Owns one libcsv parser in strict mode and frees it when done.
final class CSVParser {
  private var parser = csv_parser()
  private let initialised: Bool
  /// Why parsing stopped at a limit of ``CSVLimits`` or a NUL byte, if it did.
  private(set) var limitMessage: String?

  init(delimiter: UInt8) {
    initialised = csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0
    csv_set_delim(&parser, delimiter)
  }

  deinit {
    if initialised { csv_free(&parser) }
  }

  /// Parses `length` bytes, delivering fields and rows to `sink`; returns the bytes consumed.
  func parse(_ bytes: UnsafePointer<UInt8>, _ length: Int, sink: RowSink) -> Int {
    guard initialised else { return 0 }
    let consumed = withExtendedLifetime(sink) {
      csv_parse(
        &parser, bytes, length, csvFieldCallback, csvRowCallback,
        Unmanaged.passUnretained(sink).toOpaque())
    }
    sink.checkPartialField(bytes: parser.entry_pos)
    limitMessage = sink.limitExceeded
    return limitMessage == nil ? consumed : 0
  }

  /// Flushes the last row; `false` if the file ended inside a quoted field.
  func finish(sink: RowSink) -> Bool {
    guard initialised else { return false }
    let finished = withExtendedLifetime(sink) {
      csv_fini(&parser, csvFieldCallback, csvRowCallback, Unmanaged.passUnretained(sink).toOpaque())
        == 0
    }
    limitMessage = sink.limitExceeded
    return finished && limitMessage == nil
  }

  /// libcsv's reason for the last failure, in words for the user.
  var errorMessage: String {
    if let limitMessage { return limitMessage }
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

/// Collects fields into the current record and hands each finished row on.
final class RowSink {
  var record = CSVRecord()
  var line = 1
  var lastRowEndLine = 0
  var embeddedNewlines = 0
  /// Whether the bytes fed so far ended with CR (the LF that may follow ends no further line).
  var endedWithCR = false
  var onRow: ((CSVRecord) -> Void)?
  /// The limits on fields and rows.
  var limits = CSVLimits()
  /// Why reading must stop, once a limit is exceeded or a NUL byte is found; no row is delivered
  /// after that.
  var limitExceeded: String?

  func appendField(_ data: UnsafeRawPointer?, _ length: Int) {
    guard limitExceeded == nil else { return }
    if record.ends.count >= limits.maxFields {
      limitExceeded =
        "a row has more than \(limits.maxFields) fields, the limit (--max-columns raises it)"
      return
    }
    checkPartialField(bytes: length)
    guard limitExceeded == nil else { return }
    if let data, length > 0, memchr(data, 0, length) != nil {
      limitExceeded =
        "a field has a NUL byte (0x00), which is not text: the file may be UTF-16 (save it as"
        + " \"CSV UTF-8\") or not a CSV file at all"
      return
    }
    if let data, length > 0 {
      let field = UnsafeRawBufferPointer(start: data, count: length)
      record.bytes.append(contentsOf: field)
      if memchr(data, Int32(UInt8(ascii: "\n")), length) != nil || memchr(data, 0x0D, length) != nil
      {
        embeddedNewlines += RowSink.lineBreaks(in: field)
      }
    }
    record.ends.append(record.bytes.count)
  }

  /// Notes a limit exceeded by a field of `bytes` bytes in the current row, complete or not.
  func checkPartialField(bytes: Int) {
    guard limitExceeded == nil else { return }
    if bytes > limits.maxFieldBytes {
      limitExceeded =
        "a field is larger than \(CSVLimits.describe(limits.maxFieldBytes)), the limit"
        + " (--max-field-size raises it)"
    } else if record.bytes.count + bytes > limits.maxRowBytes {
      limitExceeded =
        "a row is larger than \(CSVLimits.describe(limits.maxRowBytes)), the limit"
        + " (--max-row-size raises it)"
    }
  }

  /// Line breaks in a field: LF, CR LF and lone CR each count once, as the reader counts lines.
  static func lineBreaks(in field: UnsafeRawBufferPointer) -> Int {
    var count = 0
    for index in field.indices {
      if field[index] == 0x0A
        || (field[index] == 0x0D && (index + 1 == field.count || field[index + 1] != 0x0A))
      {
        count += 1
      }
    }
    return count
  }

  func endRow() {
    guard limitExceeded == nil else { return }
    record.line = line - embeddedNewlines
    lastRowEndLine = line
    onRow?(record)
    record.removeAll()
    embeddedNewlines = 0
  }
}

private func csvFieldCallback(
  _ data: UnsafeMutableRawPointer?, _ length: Int, _ context: UnsafeMutableRawPointer?
) {
  guard let context else { return }
  Unmanaged<RowSink>.fromOpaque(context).takeUnretainedValue().appendField(data, length)
}

private func csvRowCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
  guard let context else { return }
  Unmanaged<RowSink>.fromOpaque(context).takeUnretainedValue().endRow()
}
