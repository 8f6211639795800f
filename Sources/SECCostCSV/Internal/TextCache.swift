/// Makes `String`s from the bytes of cells that repeat (titles, notes, modifications), reusing
/// the string last made from the same bytes: a fixed number of slots, so memory stays bounded
/// however many distinct texts a file has.
struct TextCache {
  private static let slotCount = 1 << 10

  /// Each slot's key (``key(of:)``), bytes and string, in arrays of their own so that a lookup
  /// reads them where they are stored, retaining only the string it returns.
  private var keys = Array(repeating: UInt64.max, count: TextCache.slotCount)
  private var stored = Array(repeating: [UInt8](), count: TextCache.slotCount)
  private var strings = Array(repeating: "", count: TextCache.slotCount)
  /// The last short text made, and its bytes as two words: rows in a row often share one (a
  /// modification's phases).
  private var lastShort = ""
  private var lastShortWords = (UInt64.max, UInt64.max)
  private var lastShortCount = -1

  /// The text of valid UTF-8 `bytes`.
  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    // An empty cell (most notes) is not remembered: the text before it stays the last one.
    if bytes.isEmpty { return "" }
    // Up to 15 bytes, a Swift string is held inline: only worth reusing if it is the last one.
    if bytes.count <= 15 {
      var words = (UInt64(0), UInt64(0))
      if let base = bytes.baseAddress {
        withUnsafeMutableBytes(of: &words) {
          $0.baseAddress?.copyMemory(from: base, byteCount: bytes.count)
        }
      }
      if bytes.count == lastShortCount && words == lastShortWords { return lastShort }
      lastShort = String(decoding: bytes, as: UTF8.self)
      lastShortWords = words
      lastShortCount = bytes.count
      return lastShort
    }
    let key = Self.key(of: bytes)
    let slot = Int(truncatingIfNeeded: key >> UInt64(64 - Self.slotCount.trailingZeroBitCount))
    if keys[slot] == key,
      stored[slot].withUnsafeBufferPointer({ stored in
        stored.count == bytes.count
          && (stored.baseAddress.map { ByteComparison.equal($0, bytes) } ?? bytes.isEmpty)
      })
    {
      return strings[slot]
    }
    let text = String(decoding: bytes, as: UTF8.self)
    keys[slot] = key
    stored[slot].removeAll(keepingCapacity: true)
    stored[slot].append(contentsOf: bytes)
    strings[slot] = text
    return text
  }

  /// A slot's key for more than 15 bytes: their count and their first and last eight, mixed
  /// (Fibonacci hashing), not every byte; the bytes are compared in full before a slot's string
  /// is reused, so texts alike at both ends only share a slot, never a string.
  private static func key(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress, bytes.count >= 8 else { return UInt64(bytes.count) }
    let raw = UnsafeRawPointer(base)
    let first = raw.loadUnaligned(as: UInt64.self)
    let last = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
    let mixed = (first ^ (last >> 29 | last << 35)) &+ UInt64(bytes.count) &* 0xD6E8_FEB8_6659_FD93
    return mixed &* 0x9E37_79B9_7F4A_7C15
  }
}
