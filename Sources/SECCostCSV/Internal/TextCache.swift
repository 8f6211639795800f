/// Makes `String`s from the bytes of cells that repeat (titles, notes, modifications), reusing
/// the string last made from the same bytes: a fixed number of slots, so memory stays bounded
/// however many distinct texts a file has.
struct TextCache {
  private static let slotCount = 1 << 10

  private struct Entry {
    var hash: UInt64
    var bytes: [UInt8]
    var text: String
  }

  private var entries: [Entry?] = Array(repeating: nil, count: TextCache.slotCount)
  /// The last short text made, and its bytes as two words: rows in a row often share one (a
  /// modification's phases).
  private var lastShort = ""
  private var lastShortWords = (UInt64.max, UInt64.max)
  private var lastShortCount = -1

  /// The text of valid UTF-8 `bytes`.
  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
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
    var hasher = ByteHasher()
    hasher.combine(bytes)
    let hash = hasher.value
    let slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
    if let entry = entries[slot], entry.hash == hash, entry.bytes.count == bytes.count,
      entry.bytes.withUnsafeBufferPointer({ stored in
        stored.baseAddress.map { ByteComparison.equal($0, bytes) } ?? bytes.isEmpty
      })
    {
      return entry.text
    }
    let text = String(decoding: bytes, as: UTF8.self)
    entries[slot] = Entry(hash: hash, bytes: Array(bytes), text: text)
    return text
  }
}
