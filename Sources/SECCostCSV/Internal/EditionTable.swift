/// Interns the release and version of ledger lines: each distinct pair of byte strings is made
/// into `String`s once (and numbered, in the order first seen), so that a million lines share a
/// few strings.
///
/// Holds at most ``limit`` pairs (releases are few); past that, pairs are made afresh each time
/// and get no number.
struct EditionTable {
  /// The most pairs kept.
  static let limit = 1 << 16

  /// Where a pair's bytes are: plain values, so that a lookup touches no reference count.
  private struct Entry {
    var hash: UInt64
    var offset: Int
    var releaseCount: Int
    var versionCount: Int
  }

  private var entries: [Entry] = []
  private var strings: [(release: String, version: String)] = []
  private var bytes: [UInt8] = []
  private var index: [Int32] = Array(repeating: -1, count: 64)

  /// The interned strings for `release` and `version`, whose hash is `hash`, and their number
  /// (-1 if none).
  mutating func strings(
    release: UnsafeBufferPointer<UInt8>, version: UnsafeBufferPointer<UInt8>, hash: UInt64
  ) -> (number: Int, release: String, version: String) {
    let mask = index.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let number = Int(index[slot])
      if number < 0 { break }
      let entry = entries[number]
      if entry.hash == hash && entry.releaseCount == release.count
        && entry.versionCount == version.count && matches(entry.offset, release, version)
      {
        return (number, strings[number].release, strings[number].version)
      }
      slot = (slot + 1) & mask
    }
    let releaseText = String(decoding: release, as: UTF8.self)
    let versionText = String(decoding: version, as: UTF8.self)
    guard entries.count < Self.limit else { return (-1, releaseText, versionText) }
    let number = entries.count
    entries.append(
      Entry(
        hash: hash, offset: bytes.count, releaseCount: release.count,
        versionCount: version.count))
    strings.append((releaseText, versionText))
    bytes.append(contentsOf: release)
    bytes.append(contentsOf: version)
    index[slot] = Int32(number)
    if entries.count * 2 > index.count { rebuildIndex() }
    return (number, releaseText, versionText)
  }

  /// Whether the stored bytes at `offset` are `release` then `version` (lengths checked).
  private func matches(
    _ offset: Int, _ release: UnsafeBufferPointer<UInt8>, _ version: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    bytes.withUnsafeBufferPointer { stored in
      guard let base = stored.baseAddress else { return true }
      return ByteComparison.equal(base + offset, release)
        && ByteComparison.equal(base + offset + release.count, version)
    }
  }

  private mutating func rebuildIndex() {
    index = Array(repeating: -1, count: index.count * 2)
    let mask = index.count - 1
    for (number, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash) & mask
      while index[slot] >= 0 { slot = (slot + 1) & mask }
      index[slot] = Int32(number)
    }
  }
}
