import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streams the rows of a CSV file through libcsv in strict mode, one row at a time.
///
/// The file is read in large chunks and fed to libcsv a line at a time, so that every row knows
/// the line it starts on. A UTF-8 byte order mark is skipped. Quoting errors and an unterminated
/// quote at the end of the file (`CSV_STRICT | CSV_STRICT_FINI`) stop the read with the line.
public struct CSVReader {
  /// The path of the file to read.
  public let path: String
  /// The field delimiter (`,` unless told otherwise).
  public var delimiter: UInt8
  /// The size of each read from the file.
  public var chunkSize: Int

  /// Creates a reader for `path`.
  public init(path: String, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int = 1 << 20) {
    self.path = path
    self.delimiter = delimiter
    self.chunkSize = chunkSize
  }

  /// Calls `body` with each row in order, the header included.
  ///
  /// - Throws: ``CSVReadError`` if the file cannot be read or is not well-formed CSV. Rows
  ///   before the error have been delivered.
  public func forEachRow(_ body: (CSVRecord) -> Void) throws(CSVReadError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw fileError(errno) }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      throw CSVReadError(file: path, line: 0, message: "is a directory, not a CSV file")
    }

    let parser = CSVParser(delimiter: delimiter)
    let sink = RowSink()
    let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(chunkSize, 4))
    defer { chunk.deallocate() }
    var atStart = true
    try withoutActuallyEscaping(body) { (body) throws(CSVReadError) in
      sink.onRow = body
      defer { sink.onRow = nil }
      while true {
        let count = read(descriptor, chunk.baseAddress, chunk.count)
        if count < 0 {
          if errno == EINTR { continue }
          throw fileError(errno)
        }
        if count == 0 { break }
        var start = 0
        if atStart {
          atStart = false
          if count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { start = 3 }
        }
        try feed(UnsafeBufferPointer(rebasing: chunk[start..<count]), to: parser, sink: sink)
      }
      guard parser.finish(sink: sink) else {
        throw CSVReadError(
          file: path, line: sink.lastRowEndLine + 1,
          message: "unterminated quoted field: the file ends inside quotes")
      }
    }
  }

  /// Feeds `bytes` to libcsv one line at a time, keeping the sink's line count.
  private func feed(_ bytes: UnsafeBufferPointer<UInt8>, to parser: CSVParser, sink: RowSink)
    throws(CSVReadError)
  {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let remaining = bytes.count - offset
      let lineStart = UnsafeRawPointer(base + offset)
      let lineEnd = memchr(lineStart, Int32(UInt8(ascii: "\n")), remaining)
      let length = lineEnd.map { lineStart.distance(to: UnsafeRawPointer($0)) + 1 } ?? remaining
      let consumed = parser.parse(base + offset, length, sink: sink)
      if consumed < length {
        throw CSVReadError(file: path, line: sink.line, message: parser.errorMessage)
      }
      if lineEnd != nil { sink.line += 1 }
      offset += length
    }
  }

  private func fileError(_ code: Int32) -> CSVReadError {
    let reason = String(cString: strerror(code))
    return CSVReadError(file: path, line: 0, message: "cannot read: \(reason)")
  }
}
