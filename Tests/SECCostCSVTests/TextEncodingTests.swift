import SECCostTestSupport
import Testing

@testable import SECCostCSV

/// What the reader makes of a file's bytes: UTF-8, Windows-1252, or neither; and the one sign of
/// a UTF-8 file that was read as Windows-1252 and saved again (`Â£`).
@Suite("text encodings: detection, undefined bytes, mojibake")
struct TextEncodingTests {
  private func detect(_ bytes: [UInt8]) -> TextEncoding.Detection {
    bytes.withUnsafeBufferPointer { TextEncoding.detect($0) }
  }

  /// The error reading `bytes` stops with, at every chunk size from `firstChunk` (at least 4) to
  /// the file's, which must be the same at every size; `nil` if it reads. The encoding is
  /// detected from the first chunk: `firstChunk` is the number of bytes detection must see.
  private func readError(
    _ bytes: [UInt8], encoding: TextEncoding? = nil, firstChunk: Int = 4
  ) throws -> CSVReadError? {
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    var errors: [CSVReadError?] = []
    for chunkSize in max(firstChunk, 4)...(bytes.count + 1) {
      do {
        try CSVReader(path: file.path, encoding: encoding, chunkSize: chunkSize).forEachRow { _ in }
        errors.append(nil)
      } catch {
        errors.append(error)
      }
    }
    #expect(Set(errors.map { $0?.description ?? "" }).count == 1, "\(errors)")
    return errors[0]
  }

  @Test("valid UTF-8 multi-byte sequences and a byte that is not UTF-8: neither, at that byte")
  func neither() {
    let dash: [UInt8] = [0xE2, 0x80, 0x93]
    #expect(detect(Array("A ".utf8) + dash + [0x20, 0x81, 0x8D]) == .neither(firstBadByte: 6))
    // The bad byte first, the UTF-8 after it.
    #expect(detect([0x41, 0xA3, 0x20] + dash) == .neither(firstBadByte: 1))
    #expect(detect(Array("A ".utf8) + dash) == .utf8)
    #expect(detect([0x41, 0xA3, 0x20, 0x96, 0x80]) == .windows1252)
    // A sequence cut off by the end of the sample is not a bad byte.
    #expect(detect(Array("A ".utf8) + dash + [0xE2, 0x80]) == .utf8)
  }

  @Test("the five bytes Windows-1252 leaves undefined are never text")
  func undefinedBytes() {
    for byte: UInt8 in 0x80...0x9F {
      var output: [UInt8] = []
      let stop = [0x41, byte, 0x42].withUnsafeBufferPointer {
        Windows1252.transcode($0, into: &output)
      }
      if [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
        #expect(stop == 1, "0x\(String(byte, radix: 16))")
        #expect(output == [0x41])
      } else {
        #expect(stop == nil, "0x\(String(byte, radix: 16))")
        #expect(output.count > 3)
      }
    }
  }

  @Test("a file in neither encoding is refused at the line of its first bad byte")
  func neitherRefused() throws {
    let bytes =
      Array("title\nok\nA ".utf8) + [0xE2, 0x80, 0x93, 0x20, 0x81, 0x8D] + Array(" t\n".utf8)
    let error = try #require(try readError(bytes, firstChunk: 16))
    #expect(error.line == 3)
    #expect(error.message.hasPrefix("byte 0x81 is not UTF-8, yet the file also holds UTF-8 text"))
    // Said to be Windows-1252, it is read as that, but for its undefined byte.
    let forced = try #require(try readError(bytes, encoding: .windows1252))
    #expect(forced.line == 3)
    #expect(forced.message.hasPrefix("byte 0x81 is undefined in Windows-1252"))
  }

  @Test("an undefined byte in a Windows-1252 file is refused at its line, in any chunk")
  func undefinedRefused() throws {
    let bytes = Array("title\n".utf8) + [0xA3] + Array("1\n\"a\nb\",".utf8) + [0x9D, 0x0A]
    let error = try #require(try readError(bytes, firstChunk: 7))
    #expect(error.line == 4)
    #expect(error.message.hasPrefix("byte 0x9D is not UTF-8, and Windows-1252 leaves it undefined"))
    #expect(try readError(Array("title\n".utf8) + [0xA3, 0x80, 0x96, 0x0A], firstChunk: 7) == nil)
  }

  @Test("Â£ (C3 82 C2 A3) is named once, at its line, even split between reads")
  func mojibake() throws {
    let pound: [UInt8] = [0xC3, 0x82, 0xC2, 0xA3]
    let bytes =
      Array("release,low\r\nx,1\r\nx,\"".utf8) + pound + Array("1,000\"\r\nx,".utf8) + pound
      + Array("2\r\n".utf8)
    let error = try #require(try readError([0xEF, 0xBB, 0xBF] + bytes))
    #expect(error.line == 3)
    #expect(error.message == Mojibake.message)
    #expect(
      error.message.hasPrefix(
        "the file was UTF-8 read as Windows-1252 and saved again (`Â£` for `£`)"))
    // Only that exact sequence: `£`, `Â` followed by something else, or a lone `Â` read fine.
    #expect(try readError(Array("a,£1\nb,Â 2\nc,Â".utf8) + [0xC2, 0xA0] + Array("£\n".utf8)) == nil)
  }

  @Test("UTF-8 text after the first read of a file detected as Windows-1252: refused at its line")
  func utf8AfterDetection() throws {
    let bytes =
      Array("title\n".utf8) + [0xA3] + Array("1\nx\n\"A ".utf8) + [0xE2, 0x80, 0x93]
      + Array("\"\n".utf8)
    let file = try TemporaryFile(bytes: bytes)
    defer { file.remove() }
    for chunkSize in 7...(bytes.count - 4) {
      do {
        try CSVReader(path: file.path, chunkSize: chunkSize).forEachRow { _ in }
        Issue.record("read at chunk size \(chunkSize)")
      } catch {
        #expect(error.line == 4)
        #expect(error.message.hasPrefix("this is UTF-8 text, but earlier bytes are not UTF-8"))
      }
    }
    // Said to be Windows-1252, it is.
    var titles: [String] = []
    try CSVReader(path: file.path, encoding: .windows1252, chunkSize: 7).forEachRow {
      titles.append($0.text(at: 0) ?? "")
    }
    #expect(titles == ["title", "£1", "x", "A â€“"])
  }
}
