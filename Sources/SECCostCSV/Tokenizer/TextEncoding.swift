/// The character encoding of a CSV file.
public enum TextEncoding: String, CaseIterable, Sendable {
  /// UTF-8, with or without a byte order mark.
  case utf8 = "utf-8"
  /// Windows-1252, as Excel's plain "CSV" writes it on Windows ("£" is the byte 0xA3).
  case windows1252 = "windows-1252"

  /// The UTF-8 byte order mark, EF BB BF: Excel reads a CSV opened by double-click as UTF-8 only
  /// when it begins with these bytes. Every reader here skips it.
  public static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// What the first bytes of a file say its encoding is.
  enum Detection: Equatable {
    /// Every byte is UTF-8 (a sequence cut off at the end of the sample is allowed).
    case utf8
    /// Some byte is not UTF-8, and no valid multi-byte UTF-8 sequence is there.
    case windows1252
    /// Valid multi-byte UTF-8 sequences *and* bytes that are not UTF-8: neither encoding. The
    /// offset is that of the first byte that is not UTF-8.
    case neither(firstBadByte: Int)
  }

  /// Guesses the encoding from the first bytes of a file: UTF-8 if they are valid UTF-8 (a
  /// sequence cut off at the end of the sample is allowed), Windows-1252 if some byte is not
  /// UTF-8 and no multi-byte UTF-8 sequence is there, and neither if both are.
  static func detect(_ sample: UnsafeBufferPointer<UInt8>) -> Detection {
    var index = 0
    var sawMultiByte = false
    var firstBadByte: Int?
    while index < sample.count {
      // Runs of ASCII, eight bytes at a time.
      if let base = sample.baseAddress {
        while sample.count - index >= 8,
          UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
            == 0
        {
          index += 8
        }
        if index == sample.count { break }
      }
      let byte = sample[index]
      let length: Int
      switch byte {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      if length > 1, index + length > sample.count { break }  // cut off by the sample's end
      if length == 0 || (1..<max(length, 1)).contains(where: { sample[index + $0] & 0xC0 != 0x80 })
      {
        if sawMultiByte { return .neither(firstBadByte: firstBadByte ?? index) }
        if firstBadByte == nil { firstBadByte = index }
        index += 1
        continue
      }
      if length > 1 {
        if let firstBadByte { return .neither(firstBadByte: firstBadByte) }
        sawMultiByte = true
      }
      index += length
    }
    return firstBadByte == nil ? .utf8 : .windows1252
  }
}

extension TextEncoding {
  /// The offset of the first valid multi-byte UTF-8 sequence in `bytes` (one cut off by their
  /// end is not counted), or `nil`: in a file read as Windows-1252 after its first chunk, one
  /// makes the file neither encoding.
  static func firstMultiByteSequence(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while index < bytes.count {
      let length: Int
      switch bytes[index] {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      if length > 0, index + length <= bytes.count,
        (1..<length).allSatisfy({ bytes[index + $0] & 0xC0 == 0x80 })
      {
        return index
      }
      index += 1
    }
    return nil
  }
}

/// Windows-1252 to UTF-8, byte by byte.
enum Windows1252 {
  /// The Unicode scalars of bytes 0x80–0x9F; the rest of the code page is Latin-1. The five
  /// bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are 0: never text.
  private static let high: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  /// Appends the UTF-8 form of Windows-1252 `bytes` to `output`, up to the first byte that
  /// Windows-1252 leaves undefined, whose offset it returns (`nil` when there is none).
  static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int? {
    for (offset, byte) in bytes.enumerated() {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let scalar = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
      if scalar == 0 { return offset }
      if scalar < 0x800 {
        output.append(UInt8(0xC0 | (scalar >> 6)))
        output.append(UInt8(0x80 | (scalar & 0x3F)))
      } else {
        output.append(UInt8(0xE0 | (scalar >> 12)))
        output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        output.append(UInt8(0x80 | (scalar & 0x3F)))
      }
    }
    return nil
  }
}
