extension Ledger {
  /// The positions of the lines in canonical order (``LedgerLine/canonicallyPrecedes(_:)``,
  /// equal lines in their original order), without copying a line.
  ///
  /// Releases, versions and modifications are ranked once per distinct text (by
  /// ``ReleaseOrder`` and ``NaturalOrder``, as the comparison does), and the lines sorted by
  /// integer keys: the same order as sorting with ``LedgerLine/canonicallyPrecedes(_:)``, in a
  /// fraction of the time.
  package var canonicalOrder: [Int] { canonicalOrder(packingKeys: true) }

  /// ``canonicalOrder``, by a radix sort of packed keys where they fit in a word
  /// (`packingKeys`), else by comparing keys: the two always agree.
  package func canonicalOrder(packingKeys: Bool) -> [Int] {
    var ordering = CanonicalOrdering(capacity: lines.count)
    lines.withUnsafeBufferPointer { lines in
      for index in lines.indices { ordering.add(lines[index]) }
    }
    return ordering.order(of: self, packingKeys: packingKeys)
  }
}

/// The canonical order of a ledger's lines, noted a line at a time as they are read (so that a
/// reader with time to spare does the first part of the sort) and found once all are in.
package struct CanonicalOrdering {
  private var ranks = Ledger.TextRankTables()
  private var texts: [Ledger.TextIDs] = []

  /// Creates an ordering with room for `capacity` lines.
  package init(capacity: Int = 0) {
    texts.reserveCapacity(capacity)
  }

  /// Notes the next line of the ledger.
  package mutating func add(_ line: LedgerLine) {
    texts.append(
      Ledger.TextIDs(
        release: ranks.releases.note(line.release),
        version: ranks.versions.note(line.version),
        modification: ranks.modifications.note(line.modification),
        kind: UInt16(line.party == .dcc ? 0 : 1) << 8 | UInt16(line.phase.ordinal) << 4
          | UInt16(line.figure.basis.ordinal)))
  }

  /// The positions of the lines of `ledger` in canonical order (``Ledger/canonicalOrder``);
  /// `ledger` holds exactly the lines added, in the order they were added (if it plainly does
  /// not, its order is found afresh).
  package mutating func order(of ledger: Ledger, packingKeys: Bool = true) -> [Int] {
    guard ledger.lines.count == texts.count else {
      return ledger.canonicalOrder(packingKeys: packingKeys)
    }
    ranks.releases.rank(by: ReleaseOrder.precedes)
    ranks.versions.rank(by: VersionOrder.precedes)
    ranks.modifications.rank { lhs, rhs in
      // Release-level lines (no modification) last.
      if lhs.isEmpty || rhs.isEmpty { return rhs.isEmpty && !lhs.isEmpty }
      return NaturalOrder.precedes(lhs, rhs)
    }
    if packingKeys, let order = ledger.packedOrder(texts, ranks) { return order }
    return ledger.comparedOrder(texts, ranks)
  }
}

extension Ledger {
  /// The canonical order sorted by comparing whole ``SortKey``s: for ledgers whose ranks do not
  /// fit in one machine word (``packedOrder(_:_:)``).
  fileprivate func comparedOrder(_ texts: [TextIDs], _ ranks: TextRankTables) -> [Int] {
    var keys: [SortKey] = []
    keys.reserveCapacity(lines.count)
    lines.withUnsafeBufferPointer { lines in
      for offset in lines.indices {
        let range = lines[offset].figure.range
        keys.append(
          SortKey(
            release: ranks.releases.rank(of: texts[offset].release),
            version: ranks.versions.rank(of: texts[offset].version),
            modification: ranks.modifications.rank(of: texts[offset].modification),
            kind: texts[offset].kind,
            date: lines[offset].date.map { $0.dayNumber } ?? Int.min,
            low: range?.low.pence ?? 0, high: range?.high.pence ?? 0, offset: offset))
      }
    }
    keys.sort { a, b in
      if let order = a.order(b) { return order }
      if lines[a.offset].finallyPrecedes(lines[b.offset]) { return true }
      if lines[b.offset].finallyPrecedes(lines[a.offset]) { return false }
      return a.offset < b.offset
    }
    return keys.map(\.offset)
  }

  /// The canonical order by a radix sort of one word per line (release, version, party,
  /// modification, phase and basis ranks packed in that order of significance), then lines
  /// whose words are equal sorted by date, low, high and the rest
  /// (``LedgerLine/finallyPrecedes(_:)``); `nil` if the ranks need more than 64 bits.
  ///
  /// A radix sort is stable, so ties stay in their original order, as in
  /// ``comparedOrder(_:_:)``, whose order this is.
  fileprivate func packedOrder(_ texts: [TextIDs], _ ranks: TextRankTables) -> [Int]? {
    /// The bits that hold the ranks `0..<count`.
    func width(_ count: Int) -> Int {
      count <= 1 ? 0 : Int.bitWidth - (count - 1).leadingZeroBitCount
    }
    let phaseShift = width(Basis.allCases.count)
    let modificationShift = phaseShift + width(Phase.allCases.count)
    let partyShift = modificationShift + width(ranks.modifications.count)
    let versionShift = partyShift + width(Party.allCases.count)
    let releaseShift = versionShift + width(ranks.versions.count)
    let significantBits = releaseShift + width(ranks.releases.count)
    guard significantBits <= 64 else { return nil }
    var items: [RadixSort.Item] = []
    items.reserveCapacity(lines.count)
    // The lines themselves are not read: all the key needs is in `texts`.
    texts.withUnsafeBufferPointer { texts in
      for offset in texts.indices {
        let kind = UInt64(texts[offset].kind)
        let key =
          UInt64(ranks.releases.rank(of: texts[offset].release)) << releaseShift
          | UInt64(ranks.versions.rank(of: texts[offset].version)) << versionShift
          | (kind >> 8) << partyShift
          | UInt64(ranks.modifications.rank(of: texts[offset].modification))
          << modificationShift
          | (kind >> 4 & 0xF) << phaseShift
          | kind & 0xF
        items.append(RadixSort.Item(key: key, position: offset))
      }
    }
    RadixSort.sort(&items, significantBits: significantBits)
    // Runs of equal keys: by date (none first), low, high and the rest; equal lines in their
    // original order.
    func tieBreak(_ offset: Int) -> (date: Int, low: Int64, high: Int64) {
      let range = lines[offset].figure.range
      return (
        lines[offset].date?.dayNumber ?? Int.min, range?.low.pence ?? 0, range?.high.pence ?? 0
      )
    }
    var start = 0
    while start < items.count {
      var end = start + 1
      while end < items.count && items[end].key == items[start].key { end += 1 }
      if end - start > 1 {
        items[start..<end].sort { a, b in
          let lhs = tieBreak(a.position)
          let rhs = tieBreak(b.position)
          if lhs != rhs { return (lhs.date, lhs.low, lhs.high) < (rhs.date, rhs.low, rhs.high) }
          if lines[a.position].finallyPrecedes(lines[b.position]) { return true }
          if lines[b.position].finallyPrecedes(lines[a.position]) { return false }
          return a.position < b.position
        }
      }
      start = end
    }
    return items.map(\.position)
  }

  /// What the sort needs of a line but its tie-breaks: its release, version and modification,
  /// as the ids ``TextRanks`` gave them, and its kind, as in ``SortKey``.
  fileprivate struct TextIDs {
    var release: Int32
    var version: Int32
    var modification: Int32
    /// Party, phase and basis ordinals, packed in that order of significance.
    var kind: UInt16
  }

  /// The ranks of the three text columns that order lines.
  fileprivate struct TextRankTables {
    var releases = TextRanks()
    var versions = TextRanks()
    var modifications = TextRanks()
  }

  /// The distinct texts of a column, each with an id in order of first appearance and, once
  /// ranked, its place in order. Lookups try a small cache first, indexed by the string's two
  /// machine words: a column mostly holds a few texts, and lines read from a file share each
  /// one's string.
  fileprivate struct TextRanks {
    private var ids: [String: Int32] = [:]
    private var texts: [String] = []
    private var ranks: [Int32] = []
    /// The two machine words of a text noted lately and its id, by slot: equal words, the same
    /// string (its bytes, if held inline, or its storage, which ``texts`` keeps alive). Kept as
    /// words, so that a hit copies no reference.
    private var recentWords = Array(repeating: (UInt64.max, UInt64.max), count: 64)
    private var recentIDs = Array(repeating: Int32(-1), count: 64)

    /// How many distinct texts were noted.
    var count: Int { texts.count }

    /// Records `text` as one of the column's; returns its id.
    mutating func note(_ text: String) -> Int32 {
      let words = unsafeBitCast(text, to: (UInt64, UInt64).self)
      let slot = Self.slot(of: words)
      if recentWords[slot] == words { return recentIDs[slot] }
      let id: Int32
      if let known = ids[text] {
        id = known
      } else {
        id = Int32(texts.count)
        ids[text] = id
        texts.append(text)
      }
      // Remembered by its words only if they are those of the text `texts` holds (the same
      // inline bytes or the same storage, kept alive there).
      if unsafeBitCast(texts[Int(id)], to: (UInt64, UInt64).self) == words {
        recentWords[slot] = words
        recentIDs[slot] = id
      }
      return id
    }

    /// Ranks the texts noted by `precedes`.
    mutating func rank(by precedes: (String, String) -> Bool) {
      ranks = Array(repeating: 0, count: texts.count)
      let ordered = texts.indices.sorted { precedes(texts[$0], texts[$1]) }
      for (rank, id) in ordered.enumerated() { ranks[id] = Int32(rank) }
    }

    /// The rank of the text with id `id`.
    func rank(of id: Int32) -> Int32 {
      ranks[Int(id)]
    }

    private static func slot(of words: (UInt64, UInt64)) -> Int {
      // The top bits of a product depend on every bit of both words (Fibonacci hashing).
      let mixed = (words.0 &+ (words.1 >> 32 | words.1 << 32)) &* 0x9E37_79B9_7F4A_7C15
      return Int(truncatingIfNeeded: mixed >> 58)
    }
  }

  /// A line's place in canonical order, as integers.
  fileprivate struct SortKey {
    var release: Int32
    var version: Int32
    var modification: Int32
    /// Party, phase and basis ordinals, packed in that order of significance.
    var kind: UInt16
    var date: Int
    var low: Int64
    var high: Int64
    var offset: Int

    /// Whether this key comes before `other` (`true`) or after it (`false`); `nil` if the two
    /// are alike in all but their offsets.
    func order(_ other: SortKey) -> Bool? {
      if release != other.release { return release < other.release }
      if version != other.version { return version < other.version }
      if kind >> 8 != other.kind >> 8 { return kind >> 8 < other.kind >> 8 }
      if modification != other.modification { return modification < other.modification }
      if kind != other.kind { return kind < other.kind }
      if date != other.date { return date < other.date }
      if low != other.low { return low < other.low }
      if high != other.high { return high < other.high }
      return nil
    }
  }
}
