import Foundation
import SECCostTestSupport
import Testing

@testable import SECCostCSV

@Suite("CSV reading: line numbers from whole chunks, and large files on a thread of their own")
struct CSVReaderLineTests {
  private func read(_ bytes: [UInt8], chunkSize: Int = 1 << 20, parallel: Bool = true) throws
    -> (rows: [(line: Int, fields: [String])], source: CSVSource)
  {
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    var reader = CSVReader(path: file.path, chunkSize: chunkSize)
    reader.allowsParallel = parallel
    var rows: [(Int, [String])] = []
    let source = try reader.forEachRow { record in
      rows.append((record.line, (0..<record.count).map { record.text(at: $0) ?? "<invalid>" }))
    }
    return (rows, source)
  }

  private func error(_ text: String, chunkSize: Int = 1 << 20) throws -> CSVReadError? {
    let file = try TemporaryFile(bytes: Array(text.utf8))
    defer { file.remove() }
    do {
      try CSVReader(path: file.path, chunkSize: chunkSize).forEachRow { _ in }
      return nil
    } catch {
      return error
    }
  }

  @Test("blank and space-only lines count; LF, CR LF and a lone CR each end one line")
  func blankLines() throws {
    let text = "a,b\n\n   \n\t\nc,d\r\n\r\ne,f\rg,h\n\"x\ny\",z\n"
    for chunkSize in [4, 5, 6, 7, 1 << 20] {
      let read = try self.read(Array(text.utf8), chunkSize: chunkSize)
      #expect(read.rows.map(\.line) == [1, 5, 7, 8, 9])
      #expect(
        read.rows.map(\.fields) == [
          ["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"], ["x\ny", "z"],
        ])
      #expect(read.source.hadCRLF)
    }
  }

  @Test("a read is at least 4 bytes (a byte order mark is told from the first): smaller sizes read 4")
  func smallestChunk() {
    #expect(CSVReader(path: "x", chunkSize: 1).chunkSize == 4)
    var reader = CSVReader(path: "x", chunkSize: 5)
    #expect(reader.chunkSize == 5)
    reader.chunkSize = 3
    #expect(reader.chunkSize == 4)
  }

  @Test("a CR LF split across two reads is still seen")
  func crlfAcrossChunks() throws {
    // "a,b\r" is the first 4-byte read, "\n" starts the next.
    let read = try self.read(Array("a,b\r\nc,d\n".utf8), chunkSize: 4)
    #expect(read.source.hadCRLF)
    #expect(read.rows.map(\.line) == [1, 2])
    let lf = try self.read(Array("a,b\nc,d\r".utf8), chunkSize: 4)
    #expect(!lf.source.hadCRLF)
  }

  @Test("a CR, then spaces, then an LF: two line ends, as in a file read line by line")
  func spacesBetweenCRAndLF() throws {
    for chunkSize in [4, 5, 6, 1 << 20] {
      let read = try self.read(Array("a,b\r  \nc,d\r\ne,f\n".utf8), chunkSize: chunkSize)
      #expect(read.rows.map(\.line) == [1, 3, 4])
      #expect(read.source.hadCRLF)
    }
  }

  @Test("an error inside a multi-line row names the line of the offending byte")
  func errorLines() throws {
    for chunkSize in [4, 5, 7, 1 << 20] {
      let quoteInside = try #require(
        try error("a,b\n\"one\ntwo\nthree\" x,y\n", chunkSize: chunkSize))
      #expect(quoteInside.line == 4)
      let laterField = try #require(
        try error("a,b\n\n\"one\ntwo\",th\"ree\n", chunkSize: chunkSize))
      #expect(laterField.line == 4)
      let unterminated = try #require(try error("a,b\nc,\"d\ne\n", chunkSize: chunkSize))
      #expect(unterminated.line == 2)
      #expect(unterminated.message.hasPrefix("unterminated quoted field"))
    }
  }

  /// A file past ``CSVPipeline/threshold``, with quoted fields, line breaks inside them,
  /// blank lines and CR LF line ends.
  private func largeFile(rows: Int) -> [UInt8] {
    var text = "release,title,low\n"
    var row = 0
    while row < rows {
      switch row % 7 {
      case 0: text += "November 2022,\"two\nlines, \"\"quoted\"\"\",\(row)\r\n"
      case 3: text += "\nJune 2020,plain,\(row).50\n"
      default: text += "February 2021,\"Incorporation of IRPs, part \(row)\",\(row)\n"
      }
      row += 1
    }
    return Array(text.utf8)
  }

  @Test("a large file read on its own thread gives the same rows, lines and form")
  func parallelReading() throws {
    let bytes = largeFile(rows: 110_000)
    #expect(bytes.count >= CSVPipeline.threshold)
    let parallel = try read(bytes)
    let serial = try read(bytes, parallel: false)
    #expect(parallel.rows.count == 110_001)
    #expect(parallel.rows.map(\.line) == serial.rows.map(\.line))
    #expect(parallel.rows.map(\.fields) == serial.rows.map(\.fields))
    #expect(parallel.source == serial.source)
  }

  @Test("records kept after the callback stay as they were, however the file is read")
  func keptRecords() throws {
    let bytes = largeFile(rows: 110_000)
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    for parallel in [true, false] {
      var reader = CSVReader(path: file.path)
      reader.allowsParallel = parallel
      var kept: [CSVRecord] = []
      var expected: [[String]] = []
      try reader.forEachRow { record in
        if record.line % 997 == 0 || kept.isEmpty {
          kept.append(record)
          expected.append((0..<record.count).map { record.text(at: $0) ?? "" })
        }
      }
      #expect(kept.count > 100)
      #expect(kept.map { r in (0..<r.count).map { r.text(at: $0) ?? "" } } == expected)
    }
  }

  @Test("an error in a large file comes after every row before it, on its line")
  func parallelError() throws {
    var bytes = largeFile(rows: 110_000)
    bytes += Array("November 2022,bad\"quote,1\nNovember 2022,after,2\n".utf8)
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    var outcomes: [(rows: Int, error: CSVReadError?)] = []
    for parallel in [true, false] {
      var reader = CSVReader(path: file.path)
      reader.allowsParallel = parallel
      var rows = 0
      do {
        try reader.forEachRow { _ in rows += 1 }
        outcomes.append((rows, nil))
      } catch {
        outcomes.append((rows, error))
      }
    }
    #expect(outcomes[0].rows == 110_001)
    #expect(outcomes[0].rows == outcomes[1].rows)
    #expect(outcomes[0].error != nil)
    #expect(outcomes[0].error == outcomes[1].error)
  }

  @Test("limits and NUL bytes deep in a large file: the same rows and error on its own thread")
  func parallelLimits() throws {
    let base = largeFile(rows: 110_000)
    let cases: [(tail: [UInt8], limits: CSVLimits)] = [
      (
        Array("x,\"".utf8) + Array(repeating: 0x7A, count: 300) + Array("\"\n".utf8),
        CSVLimits(maxFieldBytes: 200)
      ),
      (Array("x,\"".utf8) + Array(repeating: 0x0A, count: 300), CSVLimits(maxFieldBytes: 200)),
      (Array("a,b,c,d,e\n".utf8), CSVLimits(maxFields: 4)),
      (Array("ab,c".utf8) + [0] + Array("d\n".utf8), CSVLimits()),
    ]
    for (tail, limits) in cases {
      let file = try TemporaryFile(bytes: base + tail + Array("after,1\n".utf8))
      defer { file.remove() }
      var outcomes: [(rows: Int, error: CSVReadError?)] = []
      for parallel in [true, false] {
        var reader = CSVReader(path: file.path)
        reader.allowsParallel = parallel
        reader.limits = limits
        var rows = 0
        do {
          try reader.forEachRow { _ in rows += 1 }
          outcomes.append((rows, nil))
        } catch {
          outcomes.append((rows, error))
        }
      }
      #expect(outcomes[0].rows == 110_001)
      #expect(outcomes[0].rows == outcomes[1].rows)
      #expect(outcomes[0].error != nil)
      #expect(outcomes[0].error == outcomes[1].error)
    }
  }

  @Test("a record's fields outside its range are empty, never another row's")
  func outOfRange() throws {
    let read = try self.read(Array("a,b\nc\n".utf8))
    #expect(read.rows[1].fields == ["c"])
    let file = try TemporaryFile(bytes: Array("a,b\nc\n".utf8))
    defer { file.remove() }
    var texts: [String?] = []
    try CSVReader(path: file.path).forEachRow { record in
      texts.append(record.text(at: 5))
      texts.append(record.text(at: -1))
    }
    #expect(texts == ["", "", "", ""])
  }
}
