/// A stable radix sort of positions by unsigned integer keys.
enum RadixSort {
  /// The positions of `keys` in ascending order of key, equal keys in their original order:
  /// a least-significant-digit radix sort, a byte at a time, over the low `significantBits` bits
  /// (the others must be zero), skipping any byte in which every key agrees.
  static func order(of keys: [UInt64], significantBits: Int) -> [Int] {
    sorted(keys, significantBits: significantBits).map(\.position)
  }

  /// The keys in ascending order, each with the position it came from, equal keys in their
  /// original order (see ``order(of:significantBits:)``).
  static func sorted(_ keys: [UInt64], significantBits: Int) -> [Item] {
    var items = keys.enumerated().map { Item(key: $0.element, position: $0.offset) }
    var scratch = items
    var shift = 0
    while shift < significantBits {
      var counts = [Int](repeating: 0, count: 256)
      for item in items { counts[Int(truncatingIfNeeded: item.key >> UInt64(shift)) & 0xFF] += 1 }
      if !counts.contains(items.count) {
        var next = 0
        for digit in counts.indices {
          let count = counts[digit]
          counts[digit] = next
          next += count
        }
        counts.withUnsafeMutableBufferPointer { starts in
          scratch.withUnsafeMutableBufferPointer { target in
            for item in items {
              let digit = Int(truncatingIfNeeded: item.key >> UInt64(shift)) & 0xFF
              target[starts[digit]] = item
              starts[digit] += 1
            }
          }
        }
        swap(&items, &scratch)
      }
      shift += 8
    }
    return items
  }

  /// A key and the position it came from.
  struct Item {
    var key: UInt64
    var position: Int
  }
}
