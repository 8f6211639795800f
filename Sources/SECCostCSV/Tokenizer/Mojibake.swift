#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one sign of a UTF-8 file that was read as Windows-1252 and saved again as UTF-8: `£`
/// (C2 A3) read as the two characters `Â£` and written back as C3 82 C2 A3.
///
/// Only that exact byte sequence is looked for: it is never a guess, and nothing is repaired
/// (a repair would be a guess that changes a figure); the file is refused with the fix.
struct Mojibake {
  /// `Â£` in UTF-8.
  static let poundSign: [UInt8] = [0xC3, 0x82, 0xC2, 0xA3]

  /// What a reader says about a file holding it.
  static let message =
    "the file was UTF-8 read as Windows-1252 and saved again (`Â£` for `£`): re-save it as "
    + "UTF-8 from the original (`seccost export --bom` writes the mark Excel needs to read it "
    + "right), or replace every `Â£` with `£` and save it as \"CSV UTF-8\""

  /// How many bytes at the end of the last chunk searched began the sequence.
  private var carried = 0

  /// The offset in `bytes` of the first byte of the sequence's first occurrence that ends in
  /// `bytes` (0 when it began in the chunk before), or `nil`.
  mutating func firstOccurrence(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let pattern = Self.poundSign
    if carried > 0 {
      let rest = pattern.count - carried
      if bytes.count >= rest, (0..<rest).allSatisfy({ bytes[$0] == pattern[carried + $0] }) {
        return 0
      }
    }
    carried = 0
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
    // Each C3 found with memchr, then the three bytes after it compared.
    var offset = 0
    while offset < bytes.count, let found = memchr(base + offset, 0xC3, bytes.count - offset) {
      let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
      if index + pattern.count <= bytes.count,
        bytes[index + 1] == pattern[1], bytes[index + 2] == pattern[2],
        bytes[index + 3] == pattern[3]
      {
        return index
      }
      offset = index + 1
    }
    // A start of the sequence cut off by the end of the chunk.
    for length in stride(from: pattern.count - 1, through: 1, by: -1) where bytes.count >= length {
      if (0..<length).allSatisfy({ bytes[bytes.count - length + $0] == pattern[$0] }) {
        carried = length
        break
      }
    }
    return nil
  }
}
