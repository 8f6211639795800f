import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("CSV reading through libcsv")
struct CSVReaderTests {
  private func rows(_ text: String, chunkSize: Int = 1 << 20) throws -> [(
    line: Int, fields: [String]
  )] {
    try rows(bytes: Array(text.utf8), chunkSize: chunkSize)
  }

  private func rows(
    bytes: [UInt8], chunkSize: Int = 1 << 20, encoding: TextEncoding? = nil
  ) throws -> [(line: Int, fields: [String])] {
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    var result: [(Int, [String])] = []
    let reader = CSVReader(path: file.path, encoding: encoding, chunkSize: chunkSize)
    try reader.forEachRow { record in
      result.append((record.line, (0..<record.count).map { record.text(at: $0) ?? "<invalid>" }))
    }
    return result
  }

  @Test("quoted commas, quotes and newlines; each row knows the line it starts on")
  func quotingAndLines() throws {
    let text = "a,b\n\"x,\n\"\"y\"\"\",2\n\nc,d\n"
    let read = try rows(text)
    #expect(read.map(\.fields) == [["a", "b"], ["x,\n\"y\"", "2"], ["c", "d"]])
    #expect(read.map(\.line) == [1, 2, 5])
  }

  /// A byte order mark, a quote pair (`""`) and a line break inside quotes, a CR LF, and
  /// UTF-8 characters of two, three and four bytes (`£`, `€`, `𝄞`).
  static let chunkingText =
    "\u{FEFF}release,note\n\"November 2022\",\"a \"\"b\"\"\nc\"\r\nlast,\"£1,335,568 € 𝄞\"\n"

  @Test("the same rows whatever the chunk size: every size from 4 to the file's")
  func chunking() throws {
    let bytes = Array(Self.chunkingText.utf8)
    // Every size from the smallest read to the whole file: the first read of size n ends after
    // byte n, so some read ends inside each of these (a size that splits it is in the range).
    for split in ["\"\"b", "\r\n", "£", "€", "𝄞"] {
      let offset = try #require(Self.offset(of: Array(split.utf8), in: bytes), "\(split)")
      #expect(offset + 1 >= CSVReader.smallestChunk && offset + 1 < bytes.count, "\(split)")
    }
    for chunkSize in CSVReader.smallestChunk...bytes.count {
      // The size is read as given (it is not clamped: each size here is a different read).
      #expect(CSVReader(path: "x", chunkSize: chunkSize).chunkSize == chunkSize)
      let read = try rows(Self.chunkingText, chunkSize: chunkSize)
      #expect(
        read.map(\.fields) == [
          ["release", "note"], ["November 2022", "a \"b\"\nc"], ["last", "£1,335,568 € 𝄞"],
        ], "chunk size \(chunkSize)")
      #expect(read.map(\.line) == [1, 2, 4], "chunk size \(chunkSize)")
    }
  }

  @Test("a chunk size below 4 is 4: a read must hold a byte order mark")
  func smallestChunkSize() {
    #expect(CSVReader.smallestChunk == 4)
    for size in [Int.min, -1, 0, 1, 2, 3] {
      #expect(CSVReader(path: "x", chunkSize: size).chunkSize == 4, "\(size)")
      var reader = CSVReader(path: "x", chunkSize: 9)
      reader.chunkSize = size
      #expect(reader.chunkSize == 4, "\(size)")
    }
    #expect(CSVReader(path: "x", chunkSize: 5).chunkSize == 5)
  }

  /// Where `needle` first starts in `bytes`.
  private static func offset(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    return (0...(bytes.count - needle.count)).first {
      Array(bytes[$0..<($0 + needle.count)]) == needle
    }
  }

  @Test("CRLF line ends and a UTF-8 byte order mark")
  func crlfAndBOM() throws {
    let read = try rows("\u{FEFF}a,b\r\nc,d\r\n")
    #expect(read.map(\.fields) == [["a", "b"], ["c", "d"]])
    #expect(read.map(\.line) == [1, 2])
  }

  private func readError(_ text: String) throws -> CSVReadError? {
    try readError(bytes: Array(text.utf8))
  }

  private func readError(bytes: [UInt8]) throws -> CSVReadError? {
    do {
      _ = try rows(bytes: bytes)
      return nil
    } catch let error as CSVReadError {
      return error
    }
  }

  @Test("an unterminated quote at the end of the file is an error on its line")
  func unterminated() throws {
    let error = try #require(try readError("a,b\n\"x,y\n"))
    #expect(error.line == 2)
    #expect(error.message == "unterminated quoted field: the file ends inside quotes")
  }

  @Test("a quote inside an unquoted field is an error on its line")
  func strayQuote() throws {
    let error = try #require(try readError("a,b\nc,d\"e\n"))
    #expect(error.line == 2)
    #expect(error.message.hasPrefix("malformed CSV"))
  }

  @Test("in a file declared UTF-8, invalid UTF-8 is reported by field, not replaced")
  func invalidUTF8() throws {
    let read = try rows(bytes: Array("a,".utf8) + [0xA3, 0x31] + [0x0A], encoding: .utf8)
    #expect(read[0].fields == ["a", "<invalid>"])
  }

  @Test("Windows-1252 (Excel's plain CSV on Windows) is detected and converted")
  func windows1252() throws {
    // "£1,335,568" with £ as 0xA3, an en dash as 0x96 and a euro sign as 0x80
    let bytes: [UInt8] =
      Array("a,\"".utf8) + [0xA3] + Array("1,335,568\",".utf8) + [0x96, 0x80, 0x0A]
    let read = try rows(bytes: bytes)
    #expect(read[0].fields == ["a", "£1,335,568", "–€"])
  }

  @Test("semicolon-delimited files (European Excel) are detected from the header")
  func semicolons() throws {
    let read = try rows("release;low;note\nNovember 2022;1335568,00;\"a;b\"\n")
    #expect(
      read.map(\.fields) == [["release", "low", "note"], ["November 2022", "1335568,00", "a;b"]])
    let commas = try rows("release,note\nNovember 2022,\"a;b\"\n")
    #expect(commas[1].fields == ["November 2022", "a;b"])
  }

  @Test("UTF-16 is refused with what to do instead")
  func utf16() throws {
    let error = try #require(try readError(bytes: [0xFF, 0xFE, 0x61, 0x00]))
    #expect(error.message.contains("UTF-16"))
  }

  @Test("a missing file and a directory are clear errors")
  func notFiles() throws {
    do {
      try CSVReader(path: "/nonexistent/ledger.csv").forEachRow { _ in }
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description == "/nonexistent/ledger.csv: cannot read: No such file or directory")
    }
    do {
      try CSVReader(path: "/tmp").forEachRow { _ in }
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "/tmp: is a directory, not a CSV file")
    }
  }
}
