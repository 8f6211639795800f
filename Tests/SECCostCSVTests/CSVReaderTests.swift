import Testing

@testable import SECCostCSV

@Suite("CSV reading through libcsv")
struct CSVReaderTests {
  private func rows(_ text: String, chunkSize: Int = 1 << 20) throws -> [(
    line: Int, fields: [String]
  )] {
    try rows(bytes: Array(text.utf8), chunkSize: chunkSize)
  }

  private func rows(bytes: [UInt8], chunkSize: Int = 1 << 20) throws -> [(
    line: Int, fields: [String]
  )] {
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    var result: [(Int, [String])] = []
    try CSVReader(path: file.path, chunkSize: chunkSize).forEachRow { record in
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

  @Test("the same rows whatever the chunk size", arguments: [1, 2, 3, 7, 64])
  func chunking(chunkSize: Int) throws {
    let text = "\u{FEFF}release,note\n\"November 2022\",\"a\nb\"\r\nlast,\"£1,335,568\""
    let read = try rows(text, chunkSize: chunkSize)
    #expect(
      read.map(\.fields) == [
        ["release", "note"], ["November 2022", "a\nb"], ["last", "£1,335,568"],
      ])
    #expect(read.map(\.line) == [1, 2, 4])
  }

  @Test("CRLF line ends and a UTF-8 byte order mark")
  func crlfAndBOM() throws {
    let read = try rows("\u{FEFF}a,b\r\nc,d\r\n")
    #expect(read.map(\.fields) == [["a", "b"], ["c", "d"]])
    #expect(read.map(\.line) == [1, 2])
  }

  private func readError(_ text: String) throws -> CSVReadError? {
    do {
      _ = try rows(text)
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

  @Test("invalid UTF-8 is reported by field, not replaced")
  func invalidUTF8() throws {
    let read = try rows(bytes: Array("a,".utf8) + [0xA3, 0x31] + [0x0A])
    #expect(read[0].fields == ["a", "<invalid>"])
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
