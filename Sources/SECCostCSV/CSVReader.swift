import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streams the rows of a CSV file through libcsv in strict mode, one row at a time.
///
/// The file is read in large chunks and fed to libcsv a line at a time, so that every row knows
/// the line it starts on. A UTF-8 byte order mark is skipped; a Windows-1252 file is transcoded
/// to UTF-8 on the way in; a `;`-delimited file (European Excel) is recognised from its first
/// line. Quoting errors and an unterminated quote at the end of the file
/// (`CSV_STRICT | CSV_STRICT_FINI`) stop the read with the line.
public struct CSVReader {
  /// The path of the file to read.
  public let path: String
  /// The field delimiter; `nil` to detect `,` or `;` from the first line.
  public var delimiter: UInt8?
  /// The encoding; `nil` to detect UTF-8 or Windows-1252 from the first chunk.
  public var encoding: TextEncoding?
  /// The size of each read from the file.
  public var chunkSize: Int
  /// The largest field and row accepted.
  public var limits = CSVLimits()

  /// Creates a reader for `path`.
  public init(
    path: String, delimiter: UInt8? = nil, encoding: TextEncoding? = nil, chunkSize: Int = 1 << 20
  ) {
    self.path = path
    self.delimiter = delimiter
    self.encoding = encoding
    self.chunkSize = chunkSize
  }

  /// Calls `body` with each row in order, the header included, and says what form the file had.
  ///
  /// - Throws: ``CSVReadError`` if the file cannot be read or is not well-formed CSV. Rows
  ///   before the error have been delivered.
  @discardableResult
  public func forEachRow(_ body: (CSVRecord) -> Void) throws(CSVReadError) -> CSVSource {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw fileError(errno) }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      throw CSVReadError(
        file: path, line: 0, message: "is a directory, not a CSV file", kind: .unreadable)
    }

    let sink = RowSink()
    sink.limits = limits
    // A small file needs no 1 MiB buffer: one byte more than its size reads it whole.
    let size = Int(status.st_size)
    let capacity = size > 0 && size < chunkSize ? size + 1 : chunkSize
    let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(capacity, 4))
    defer { chunk.deallocate() }
    var source = CSVSource()
    var parser: CSVParser?
    var transcoded: [UInt8] = []
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
        var bytes = UnsafeBufferPointer(rebasing: chunk[0..<count])
        if parser == nil {
          bytes = try start(bytes, source: &source)
          parser = CSVParser(delimiter: source.delimiter)
          sink.record.delimiter = source.delimiter
        }
        guard let parser else { break }
        if source.encoding == .windows1252 {
          transcoded.removeAll(keepingCapacity: true)
          Windows1252.transcode(bytes, into: &transcoded)
          try transcoded.withUnsafeBufferPointer { (utf8) throws(CSVReadError) in
            try feed(utf8, to: parser, sink: sink, source: &source)
          }
        } else {
          try feed(bytes, to: parser, sink: sink, source: &source)
        }
      }
      guard let parser else { return }
      guard parser.finish(sink: sink) else {
        if let limit = parser.limitMessage {
          throw CSVReadError(file: path, line: sink.line, message: limit)
        }
        throw CSVReadError(
          file: path, line: sink.lastRowEndLine + 1,
          message: "unterminated quoted field: the file ends inside quotes")
      }
    }
    return source
  }

  /// Looks at the first chunk: byte order marks, the encoding and the delimiter.
  private func start(_ bytes: UnsafeBufferPointer<UInt8>, source: inout CSVSource)
    throws(CSVReadError) -> UnsafeBufferPointer<UInt8>
  {
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      throw CSVReadError(
        file: path, line: 1,
        message: "is UTF-16 (Excel's \"Unicode Text\"): save it as \"CSV UTF-8\" and try again")
    }
    var bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      source.hadByteOrderMark = true
      bytes = UnsafeBufferPointer(rebasing: bytes[3...])
    }
    if let encoding {
      source.encoding = encoding
    } else {
      source.encoding = source.hadByteOrderMark ? .utf8 : TextEncoding.detect(bytes)
      source.encodingDetected = true
    }
    if let delimiter {
      source.delimiter = delimiter
    } else {
      source.delimiter = CSVReader.detectDelimiter(firstLineOf: bytes)
      source.delimiterDetected = true
    }
    return bytes
  }

  /// `;` if libcsv reads the first line as a single comma-separated field holding semicolons
  /// that split it into several, `,` otherwise.
  static func detectDelimiter(firstLineOf bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    let comma = UInt8(ascii: ",")
    let semicolon = UInt8(ascii: ";")
    let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
    let line = UnsafeBufferPointer(rebasing: bytes[0..<end])
    guard line.contains(semicolon) else { return comma }
    func fieldCount(_ delimiter: UInt8) -> Int {
      let parser = CSVParser(delimiter: delimiter)
      let sink = RowSink()
      var fields = 0
      sink.onRow = { record in if fields == 0 { fields = record.count } }
      if let base = line.baseAddress { _ = parser.parse(base, line.count, sink: sink) }
      _ = parser.finish(sink: sink)
      return fields
    }
    return fieldCount(comma) == 1 && fieldCount(semicolon) > 1 ? semicolon : comma
  }

  /// Feeds `bytes` to libcsv one line at a time, keeping the sink's line count.
  private func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, to parser: CSVParser, sink: RowSink,
    source: inout CSVSource
  ) throws(CSVReadError) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let remaining = bytes.count - offset
      let lineStart = UnsafeRawPointer(base + offset)
      // A line ends at LF, CR LF, or a lone CR (classic Mac files), as libcsv's rows do.
      let lineFeed = memchr(lineStart, Int32(UInt8(ascii: "\n")), remaining)
      let searchLength = lineFeed.map { lineStart.distance(to: UnsafeRawPointer($0)) } ?? remaining
      let carriageReturn = memchr(lineStart, Int32(0x0D), searchLength)
      var length = remaining
      var endsLine = false
      var continuesCRLF = false
      if let carriageReturn {
        length = lineStart.distance(to: UnsafeRawPointer(carriageReturn)) + 1
        if offset + length < bytes.count, base[offset + length] == 0x0A { length += 1 }
        endsLine = true
      } else if let lineFeed {
        length = lineStart.distance(to: UnsafeRawPointer(lineFeed)) + 1
        endsLine = true
        continuesCRLF = length == 1 && sink.endedWithCR  // the LF of a CR LF split by a chunk
      }
      let consumed = parser.parse(base + offset, length, sink: sink)
      if consumed < length {
        throw CSVReadError(file: path, line: sink.line, message: parser.errorMessage)
      }
      if length >= 2, base[offset + length - 2] == 0x0D,
        base[offset + length - 1] == 0x0A
          || continuesCRLF
      {
        source.hadCRLF = true
      }
      if endsLine && !continuesCRLF { sink.line += 1 }
      sink.endedWithCR = base[offset + length - 1] == 0x0D
      offset += length
    }
  }

  private func fileError(_ code: Int32) -> CSVReadError {
    let reason = String(cString: strerror(code))
    return CSVReadError(file: path, line: 0, message: "cannot read: \(reason)", kind: .unreadable)
  }
}
