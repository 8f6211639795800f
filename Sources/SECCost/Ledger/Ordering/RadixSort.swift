/// A stable radix sort of positions by unsigned integer keys.
enum RadixSort {
  /// The positions of `keys` in ascending order of key, equal keys in their original order.
  static func order(of keys: [UInt64], significantBits: Int) -> [Int] {
    var items = keys.enumerated().map { Item(key: $0.element, position: $0.offset) }
    sort(&items, significantBits: significantBits)
    return items.map(\.position)
  }

  /// Sorts `items` in ascending order of key, equal keys in the order they were in.
  ///
  /// A least-significant-digit radix sort over the low `significantBits` bits of the keys (the
  /// others must be zero), in as few passes of at most 11 bits as cover them: the counts of
  /// every digit are taken in one pass over the items, and a digit in which every key agrees is
  /// skipped.
  static func sort(_ items: inout [Item], significantBits: Int) {
    let passes = (significantBits + maxDigitBits - 1) / maxDigitBits
    guard passes > 0, items.count > 1 else { return }
    let digitBits = (significantBits + passes - 1) / passes
    let buckets = 1 << digitBits
    let mask = UInt64(buckets - 1)
    var counts = [Int](repeating: 0, count: passes * buckets)
    counts.withUnsafeMutableBufferPointer { counts in
      for item in items {
        for pass in 0..<passes {
          let digit = Int(truncatingIfNeeded: item.key >> UInt64(pass * digitBits) & mask)
          counts[pass * buckets + digit] += 1
        }
      }
    }
    var scratch = items
    for pass in 0..<passes {
      let shift = UInt64(pass * digitBits)
      let first = pass * buckets
      if counts[first..<first + buckets].contains(items.count) { continue }
      // Each digit's first place in the output.
      var next = 0
      for digit in first..<first + buckets {
        let count = counts[digit]
        counts[digit] = next
        next += count
      }
      counts.withUnsafeMutableBufferPointer { counts in
        items.withUnsafeBufferPointer { items in
          scratch.withUnsafeMutableBufferPointer { target in
            for item in items {
              let digit = first + Int(truncatingIfNeeded: item.key >> shift & mask)
              target[counts[digit]] = item
              counts[digit] += 1
            }
          }
        }
      }
      swap(&items, &scratch)
    }
  }

  /// The widest digit a pass sorts by: 2,048 counts, which stay in the fastest cache.
  private static let maxDigitBits = 11

  /// A key and the position it came from.
  struct Item {
    var key: UInt64
    var position: Int
  }
}
