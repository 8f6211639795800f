import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("CSV reading: limits, NUL bytes, line ends and unreadable files")
struct CSVReaderLimitsTests {
  /// The rows read from `bytes` (line and fields), and the error that stopped the read, if any.
  private func read(
    _ bytes: [UInt8], chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits()
  ) throws -> (rows: [(line: Int, fields: [String])], error: CSVReadError?) {
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    var rows: [(Int, [String])] = []
    var reader = CSVReader(path: file.path, encoding: .utf8, chunkSize: chunkSize)
    reader.limits = limits
    do {
      try reader.forEachRow { record in
        rows.append((record.line, (0..<record.count).map { record.text(at: $0) ?? "<invalid>" }))
      }
      return (rows, nil)
    } catch {
      return (rows, error)
    }
  }

  private func read(_ text: String, chunkSize: Int = 1 << 20, limits: CSVLimits = CSVLimits())
    throws -> (rows: [(line: Int, fields: [String])], error: CSVReadError?)
  {
    try read(Array(text.utf8), chunkSize: chunkSize, limits: limits)
  }

  @Test("a field over the limit stops the read on its line, after the rows before it")
  func fieldLimit() throws {
    let text = "a,b\nc,\"" + String(repeating: "x", count: 1_000) + "\"\ne,f\n"
    for chunkSize in [8, 64, 1 << 20] {
      let result = try read(text, chunkSize: chunkSize, limits: CSVLimits(maxFieldBytes: 100))
      #expect(result.rows.map(\.fields) == [["a", "b"]])
      #expect(
        result.error?.description
          == "\(result.error?.file ?? ""):2: a field is larger than 100 bytes, the limit"
          + " (--max-field-size raises it)")
      #expect(result.error?.kind == .invalidData)
    }
    // At the limit exactly, the field is read.
    let exact = try read(
      "a\n" + String(repeating: "y", count: 100) + "\n", limits: CSVLimits(maxFieldBytes: 100))
    #expect(exact.error == nil)
    #expect(exact.rows.last?.fields == [String(repeating: "y", count: 100)])
  }

  @Test("a field still being read is stopped at the limit, not buffered whole")
  func partialField() throws {
    // A quoted field that never ends: the limit stops it long before the end of the file.
    let text = "a\n\"" + String(repeating: "z\n", count: 50_000)
    let result = try read(text, chunkSize: 4_096, limits: CSVLimits(maxFieldBytes: 1_000))
    #expect(result.error?.message.hasPrefix("a field is larger than 1000 bytes") == true)
    #expect((result.error?.line ?? 0) < 1_000)
  }

  @Test("fields per row and row size")
  func rowLimits() throws {
    let wide = try read("a,b,c\nd,e,f,g\n", limits: CSVLimits(maxFields: 3))
    #expect(wide.rows.map(\.fields) == [["a", "b", "c"]])
    #expect(
      wide.error?.message == "a row has more than 3 fields, the limit (--max-columns raises it)")
    #expect(wide.error?.line == 2)
    // The last row of a file without a final line end is checked too.
    let last = try read("a,b,c\nd,e,f,g", limits: CSVLimits(maxFields: 3))
    #expect(last.error?.message.hasPrefix("a row has more than 3 fields") == true)
    #expect(last.error?.line == 2)
    let big = try read("ab,cd\nabc,def\n", limits: CSVLimits(maxRowBytes: 5))
    #expect(big.rows.map(\.fields) == [["ab", "cd"]])
    #expect(
      big.error?.message == "a row is larger than 5 bytes, the limit (--max-row-size raises it)")
    #expect(CSVLimits.describe(16 << 20) == "16 MiB")
    #expect(CSVLimits.describe(4_096) == "4 KiB")
    #expect(CSVLimits.describe(1) == "1 byte")
  }

  @Test("a NUL byte stops the read: the file is UTF-16 or not text")
  func nulByte() throws {
    let result = try read([0x61, 0x0A, 0x62, 0x00, 0x63, 0x0A])
    #expect(result.rows.map(\.fields) == [["a"]])
    #expect(result.error?.line == 2)
    #expect(
      result.error?.message.hasPrefix("a field has a NUL byte (0x00), which is not text") == true)
  }

  @Test(
    "LF, CR LF and a lone CR each end one line, whatever the chunk size",
    arguments: [4, 5, 6, 7, 11, 1 << 20])
  func lineEnds(chunkSize: Int) throws {
    let text = "h1,h2\r\na,\"q\rr\"\rb,\"s\r\nt\"\nc,d\re,f\r\n"
    let result = try read(text, chunkSize: chunkSize)
    #expect(result.error == nil)
    #expect(
      result.rows.map(\.fields) == [
        ["h1", "h2"], ["a", "q\rr"], ["b", "s\r\nt"], ["c", "d"], ["e", "f"],
      ])
    #expect(result.rows.map(\.line) == [1, 2, 4, 6, 7])
  }

  @Test("an unterminated quote after lone CRs names a line of the file")
  func unterminatedAfterCR() throws {
    let result = try read("a\rb\r\"c")
    #expect(result.rows.map(\.line) == [1, 2])
    #expect(result.error?.line == 3)
  }

  @Test("a missing file and a directory are unreadable, not invalid data")
  func unreadableKinds() throws {
    for path in ["/nonexistent/ledger.csv", "/tmp"] {
      do {
        try CSVReader(path: path).forEachRow { _ in }
        Issue.record("expected an error")
      } catch {
        #expect(error.kind == .unreadable)
      }
    }
    let malformed = try read("a\n\"b\"c\n")
    #expect(malformed.error?.kind == .invalidData)
  }

  @Test("problems are printed on one line, with control and invisible characters escaped")
  func escapedIssues() {
    let issue = LedgerIssue(
      file: "x.csv", line: 3, column: "lo\u{200B}w", message: "\"1\u{1B}[2J\n2\t\u{202E}\" is bad")
    #expect(issue.description == "x.csv:3: lo\\u{200B}w: \"1\\u{1B}[2J\\n2\\t\\u{202E}\" is bad")
    #expect(LedgerIssue(file: "a.csv", line: 0, message: "£ é ü").description == "a.csv: £ é ü")
  }
}
