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
    return withExtendedLifetime(sink) {
      csv_parse(
        &parser, bytes, length, csvFieldCallback, csvRowCallback,
        Unmanaged.passUnretained(sink).toOpaque())
    }
  }

  /// Flushes the last row; `false` if the file ended inside a quoted field.
  func finish(sink: RowSink) -> Bool {
    guard initialised else { return false }
    return withExtendedLifetime(sink) {
      csv_fini(&parser, csvFieldCallback, csvRowCallback, Unmanaged.passUnretained(sink).toOpaque())
        == 0
    }
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

/// Collects fields into the current record and hands each finished row on.
final class RowSink {
  var record = CSVRecord()
  var line = 1
  var lastRowEndLine = 0
  var embeddedNewlines = 0
  var onRow: ((CSVRecord) -> Void)?

  func appendField(_ data: UnsafeRawPointer?, _ length: Int) {
    if let data, length > 0 {
      let field = UnsafeRawBufferPointer(start: data, count: length)
      record.bytes.append(contentsOf: field)
      if memchr(data, Int32(UInt8(ascii: "\n")), length) != nil {
        embeddedNewlines += field.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
      }
    }
    record.ends.append(record.bytes.count)
  }

  func endRow() {
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
