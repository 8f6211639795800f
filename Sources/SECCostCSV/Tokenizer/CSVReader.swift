import CLibCSV

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streams the rows of a CSV file through libcsv in strict mode, one row at a time.
///
/// The file is read in large chunks and each chunk is fed to libcsv whole; rows know the line
/// they start on from the line ends libcsv reports (blank lines included) and the line breaks
/// inside quoted fields. LF, CR LF and a lone CR (classic Mac files) each end one line. The limits
/// of ``limits`` are checked as the file streams, so a hostile file stops with a message instead
/// of exhausting memory. A UTF-8 byte order mark is skipped; a Windows-1252 file is transcoded
/// to UTF-8 on the way in; a file in neither encoding (UTF-8 text and bytes that are not UTF-8,
/// or a byte Windows-1252 leaves undefined) and a file holding `Â£` for `£` (`Mojibake`) stop
/// the read at the line of the byte; a `;`-delimited file (European Excel) is recognised from its
/// first line. Quoting errors and an unterminated quote at the end of the file
/// (`CSV_STRICT | CSV_STRICT_FINI`) stop the read with the line.
public struct CSVReader {
  /// The path of the file to read.
  public let path: String
  /// The field delimiter; `nil` to detect `,` or `;` from the first line.
  public var delimiter: UInt8?
  /// The encoding; `nil` to detect UTF-8 or Windows-1252 from the first chunk.
  public var encoding: TextEncoding?
  /// The size of each read from the file: at least 4 bytes (a byte order mark is told from the
  /// first read), so a smaller size reads 4.
  public var chunkSize: Int { didSet { chunkSize = max(chunkSize, Self.smallestChunk) } }
  /// The smallest read: a UTF-8 or UTF-16 byte order mark fits in it.
  static let smallestChunk = 4
  /// The largest field and row accepted.
  public var limits = CSVLimits()
  /// Whether a large file may be parsed on a thread of its own (tests turn it off to compare).
  var allowsParallel = true

  /// Creates a reader for `path`.
  public init(
    path: String, delimiter: UInt8? = nil, encoding: TextEncoding? = nil, chunkSize: Int = 1 << 20
  ) {
    self.path = path
    self.delimiter = delimiter
    self.encoding = encoding
    self.chunkSize = max(chunkSize, Self.smallestChunk)
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
    let isFile = fstat(descriptor, &status) == 0
    if isFile, (status.st_mode & S_IFMT) == S_IFDIR {
      throw CSVReadError(
        file: path, line: 0, message: "is a directory, not a CSV file", kind: .unreadable)
    }
    // A large file is parsed on a thread of its own, a batch of rows ahead of `body`.
    if allowsParallel, isFile, Int(status.st_size) >= CSVPipeline.threshold,
      let result = CSVPipeline.run(
        limits: limits, { sink throws(CSVReadError) in try tokenize(descriptor, into: sink) }, body)
    {
      return try result.get()
    }
    let sink = RowSink(limits: limits)
    // A small file needs no 1 MiB buffer: one byte more than its size reads it whole.
    let size = isFile ? Int(status.st_size) : 0
    let readSize = size > 0 && size < chunkSize ? size + 1 : chunkSize
    return try withoutActuallyEscaping(body) { (body) throws(CSVReadError) in
      sink.onBatch = { batch in
        for index in 0..<batch.rowCount { body(batch.record(index)) }
        return nil
      }
      defer { sink.onBatch = nil }
      return try tokenize(descriptor, into: sink, readSize: readSize)
    }
  }

  /// Reads the file open at `descriptor` into `sink`, handing every row on (those before an
  /// error too), and says what form the file had.
  func tokenize(_ descriptor: Int32, into sink: RowSink, readSize: Int? = nil)
    throws(CSVReadError) -> CSVSource
  {
    let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(readSize ?? chunkSize, Self.smallestChunk))
    defer { chunk.deallocate() }
    var source = CSVSource()
    var parser: CSVParser?
    var transcoded: [UInt8] = []
    var lineEnds = LineEndTracker()
    var mojibake = Mojibake()
    /// The last bytes of the chunk before, read as Windows-1252.
    var chunkTail: [UInt8] = []
    defer { sink.flush() }
    while true {
      let count = read(descriptor, chunk.baseAddress, chunk.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw fileError(errno)
      }
      if count == 0 { break }
      var bytes = UnsafeBufferPointer(rebasing: chunk[0..<count])
      // Where the text stops being either encoding, found by detection in the first chunk.
      var stop: (offset: Int, message: String)?
      let isFirstChunk = parser == nil
      var utf8Stop = false
      if parser == nil {
        bytes = try start(bytes, source: &source, stop: &stop)
        parser = CSVParser(delimiter: source.delimiter)
        sink.delimiter = source.delimiter
      }
      guard let parser else { break }
      if source.encoding == .windows1252 {
        // Detection saw the first chunk only: UTF-8 text in a later one makes the file neither.
        if source.encodingDetected, !isFirstChunk {
          // A sequence may begin in the last bytes of the chunk before.
          let joined = chunkTail + bytes.prefix(3)
          let across = joined.withUnsafeBufferPointer(TextEncoding.firstMultiByteSequence(in:))
          if let across, across < chunkTail.count {
            bytes = UnsafeBufferPointer(rebasing: bytes[0..<0])
            utf8Stop = true
          } else if let utf8 = TextEncoding.firstMultiByteSequence(in: bytes) {
            bytes = UnsafeBufferPointer(rebasing: bytes[0..<utf8])
            utf8Stop = true
          }
        }
        chunkTail = Array(bytes.suffix(3))
        transcoded.removeAll(keepingCapacity: true)
        let undefined = Windows1252.transcode(bytes, into: &transcoded)
        try transcoded.withUnsafeBufferPointer { (utf8) throws(CSVReadError) in
          try feed(utf8, to: parser, sink: sink, lineEnds: &lineEnds)
        }
        if utf8Stop, undefined == nil {
          throw CSVReadError(
            file: path, line: sink.errorLine(partial: parser.partialField),
            message:
              "this is UTF-8 text, but earlier bytes are not UTF-8: the file is neither UTF-8 "
              + "nor Windows-1252 (save it as \"CSV UTF-8\")")
        }
        if let undefined {
          throw CSVReadError(
            file: path, line: sink.errorLine(partial: parser.partialField),
            message: undefinedByteMessage(bytes[undefined], detected: source.encodingDetected))
        }
      } else {
        if let found = mojibake.firstOccurrence(in: bytes), found < stop?.offset ?? .max {
          stop = (found, Mojibake.message)
        }
        try feed(
          UnsafeBufferPointer(rebasing: bytes[0..<(stop?.offset ?? bytes.count)]), to: parser,
          sink: sink, lineEnds: &lineEnds)
        if let stop {
          throw CSVReadError(
            file: path, line: sink.errorLine(partial: parser.partialField), message: stop.message)
        }
      }
    }
    source.hadCRLF = lineEnds.sawCRLF
    guard let parser else { return source }
    guard parser.finish(sink: sink) else {
      if let limit = sink.limitExceeded {
        throw CSVReadError(file: path, line: limit.line, message: limit.message)
      }
      throw CSVReadError(
        file: path, line: sink.lastRowEndLine + 1,
        message: "unterminated quoted field: the file ends inside quotes")
    }
    return source
  }

  /// Looks at the first chunk: byte order marks, the encoding and the delimiter.
  /// A first chunk in neither encoding sets `stop` to its first byte that is not UTF-8.
  private func start(
    _ bytes: UnsafeBufferPointer<UInt8>, source: inout CSVSource,
    stop: inout (offset: Int, message: String)?
  ) throws(CSVReadError) -> UnsafeBufferPointer<UInt8> {
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
      source.encodingDetected = true
      switch source.hadByteOrderMark ? .utf8 : TextEncoding.detect(bytes) {
      case .utf8: source.encoding = .utf8
      case .windows1252: source.encoding = .windows1252
      case .neither(let offset):
        source.encoding = .utf8
        stop = (
          offset,
          "byte 0x" + String(bytes[offset], radix: 16, uppercase: true)
            + " is not UTF-8, yet the file also holds UTF-8 text: it is neither UTF-8 nor "
            + "Windows-1252 (save it as \"CSV UTF-8\", or give --encoding windows-1252 if it is "
            + "Windows-1252)"
        )
      }
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
      sink.onBatch = { batch in
        if fields == 0, batch.rowCount > 0 { fields = batch.record(0).count }
        return nil
      }
      if let base = line.baseAddress { _ = parser.parse(base, line.count, sink: sink) }
      _ = parser.finish(sink: sink)
      return fields
    }
    return fieldCount(comma) == 1 && fieldCount(semicolon) > 1 ? semicolon : comma
  }

  /// Feeds `bytes` to libcsv, in as few calls as it can: the whole chunk, except that the LF of
  /// each CR LF is fed on its own with ``RowSink/lineFeedAfterCR`` set, so that the pair ends
  /// one line. A parse error names the line of the byte libcsv stopped at; a limit, the line it
  /// was passed on.
  private func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, to parser: CSVParser, sink: RowSink,
    lineEnds: inout LineEndTracker
  ) throws(CSVReadError) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    var offset = 0
    func parse(_ count: Int, afterCR: Bool = false) throws(CSVReadError) {
      sink.lineFeedAfterCR = afterCR
      defer { sink.lineFeedAfterCR = false }
      let consumed = parser.parse(base + offset, count, sink: sink)
      if let limit = sink.limitExceeded {
        throw CSVReadError(file: path, line: limit.line, message: limit.message)
      }
      if consumed < count {
        throw CSVReadError(
          file: path, line: sink.errorLine(partial: parser.partialField),
          message: parser.errorMessage)
      }
      offset += count
    }
    if lineEnds.endedWithCR && bytes[0] == 0x0A {  // a CR LF split between two reads
      lineEnds.sawCRLF = true
      try parse(1, afterCR: true)
    }
    while offset < bytes.count {
      let rest = bytes.count - offset
      guard let found = memchr(base + offset, 0x0D, rest) else {
        try parse(rest)
        break
      }
      let throughCR = UnsafeRawPointer(base + offset).distance(to: UnsafeRawPointer(found)) + 1
      try parse(throughCR)
      if offset < bytes.count && bytes[offset] == 0x0A {
        lineEnds.sawCRLF = true
        try parse(1, afterCR: true)
      }
    }
    lineEnds.endedWithCR = bytes[bytes.count - 1] == 0x0D
  }

  /// Why a byte that Windows-1252 leaves undefined stops the read: it is never taken for text.
  private func undefinedByteMessage(_ byte: UInt8, detected: Bool) -> String {
    let name = "byte 0x" + String(byte, radix: 16, uppercase: true)
    guard detected else {
      return name + " is undefined in Windows-1252, so the file is not Windows-1252 (save it as "
        + "\"CSV UTF-8\")"
    }
    return name + " is not UTF-8, and Windows-1252 leaves it undefined: the file is neither "
      + "encoding (save it as \"CSV UTF-8\")"
  }

  private func fileError(_ code: Int32) -> CSVReadError {
    let reason = String(cString: strerror(code))
    return CSVReadError(file: path, line: 0, message: "cannot read: \(reason)", kind: .unreadable)
  }
}

/// What the bytes fed so far said about line ends: whether any was CR LF (across reads too), and
/// whether the last byte was a CR (whose LF, if the next read starts with one, ends no line).
private struct LineEndTracker {
  var sawCRLF = false
  var endedWithCR = false
}
