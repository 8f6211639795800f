extension Ledger {
  /// The positions of the lines in canonical order (``LedgerLine/canonicallyPrecedes(_:)``,
  /// ties in their original order), without copying a line.
  ///
  /// Releases, versions and modifications are ranked once per distinct text (by
  /// ``ReleaseOrder`` and ``NaturalOrder``, as the comparison does), and the lines sorted by
  /// integer keys: the same order as sorting with ``LedgerLine/canonicallyPrecedes(_:)``, in a
  /// fraction of the time.
  package var canonicalOrder: [Int] {
    var releases = TextRanks()
    var versions = TextRanks()
    var modifications = TextRanks()
    lines.withUnsafeBufferPointer { lines in
      for index in lines.indices {
        releases.note(lines[index].release)
        versions.note(lines[index].version)
        modifications.note(lines[index].modification)
      }
    }
    releases.rank(by: ReleaseOrder.precedes)
    versions.rank(by: NaturalOrder.precedes)
    modifications.rank { lhs, rhs in
      // Release-level lines (no modification) last.
      if lhs.isEmpty || rhs.isEmpty { return rhs.isEmpty && !lhs.isEmpty }
      return NaturalOrder.precedes(lhs, rhs)
    }
    var keys: [SortKey] = []
    keys.reserveCapacity(lines.count)
    lines.withUnsafeBufferPointer { lines in
      for offset in lines.indices {
        let range = lines[offset].figure.range
        keys.append(
          SortKey(
            release: releases.rank(of: lines[offset].release),
            version: versions.rank(of: lines[offset].version),
            modification: modifications.rank(of: lines[offset].modification),
            kind: UInt16(lines[offset].party == .dcc ? 0 : 1) << 8
              | UInt16(lines[offset].phase.ordinal) << 4
              | UInt16(lines[offset].figure.basis.ordinal),
            date: lines[offset].date.map { $0.dayNumber } ?? Int.min,
            low: range?.low.pence ?? 0, high: range?.high.pence ?? 0, offset: Int32(offset)))
      }
    }
    keys.sort { $0.precedes($1) }
    return keys.map { Int($0.offset) }
  }

  /// The distinct texts of a column and their places in order. Lookups try a small cache
  /// first, indexed by the string's two machine words: a column mostly holds a few texts, and
  /// lines read from a file share each one's string.
  private struct TextRanks {
    private var ranks: [String: Int32] = [:]
    private var recent: [(text: String, rank: Int32)?] = Array(repeating: nil, count: 64)

    /// Records `text` as one of the column's.
    mutating func note(_ text: String) {
      let slot = Self.slot(of: text)
      if let hit = recent[slot], hit.text == text { return }
      if ranks[text] == nil { ranks[text] = 0 }
      recent[slot] = (text, 0)
    }

    /// Ranks the texts noted by `precedes`.
    mutating func rank(by precedes: (String, String) -> Bool) {
      for (rank, text) in ranks.keys.sorted(by: precedes).enumerated() { ranks[text] = Int32(rank) }
      recent = Array(repeating: nil, count: 64)
    }

    /// The rank of a noted text.
    mutating func rank(of text: String) -> Int32 {
      let slot = Self.slot(of: text)
      if let hit = recent[slot], hit.text == text { return hit.rank }
      let rank = ranks[text] ?? 0
      recent[slot] = (text, rank)
      return rank
    }

    private static func slot(of text: String) -> Int {
      let words = unsafeBitCast(text, to: (UInt64, UInt64).self)
      // The top bits of a product depend on every bit of both words (Fibonacci hashing).
      let mixed = (words.0 &+ (words.1 >> 32 | words.1 << 32)) &* 0x9E37_79B9_7F4A_7C15
      return Int(truncatingIfNeeded: mixed >> 58)
    }
  }

  /// A line's place in canonical order, as integers.
  private struct SortKey {
    var release: Int32
    var version: Int32
    var modification: Int32
    /// Party, phase and basis ordinals, packed in that order of significance.
    var kind: UInt16
    var date: Int
    var low: Int64
    var high: Int64
    var offset: Int32

    func precedes(_ other: SortKey) -> Bool {
      if release != other.release { return release < other.release }
      if version != other.version { return version < other.version }
      if kind >> 8 != other.kind >> 8 { return kind >> 8 < other.kind >> 8 }
      if modification != other.modification { return modification < other.modification }
      if kind != other.kind { return kind < other.kind }
      if date != other.date { return date < other.date }
      if low != other.low { return low < other.low }
      if high != other.high { return high < other.high }
      return offset < other.offset
    }
  }
}
