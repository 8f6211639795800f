/// Orders text the way people read identifiers: digit runs by value (`MP99` before `MP140`,
/// `0.4` before `0.10`), everything else by Unicode scalar value.
public enum NaturalOrder {
  /// Whether `lhs` sorts before `rhs`.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    compare(lhs, rhs) < 0
  }

  /// -1, 0 or 1 as `lhs` sorts before, with, or after `rhs`.
  ///
  /// Digit runs compare by value (leading zeros aside), then the shorter run first (`1` before
  /// `01`); other scalars by value; a text that is a prefix of the other comes first. Walks the
  /// scalars in place, without copying either text.
  public static func compare(_ lhs: String, _ rhs: String) -> Int {
    // ASCII text (identifiers mostly are): the same walk over bytes, which are the scalars.
    let ascii =
      lhs.utf8.withContiguousStorageIfAvailable { left in
        rhs.utf8.withContiguousStorageIfAvailable { right in
          isASCII(left) && isASCII(right) ? compare(ascii: left, right) : nil
        } ?? nil
      } ?? nil
    if let ascii { return ascii }
    let left = lhs.unicodeScalars
    let right = rhs.unicodeScalars
    var l = left.startIndex
    var r = right.startIndex
    while l < left.endIndex && r < right.endIndex {
      let a = left[l]
      let b = right[r]
      guard a.isDigit && b.isDigit else {
        if a != b { return a < b ? -1 : 1 }
        l = left.index(after: l)
        r = right.index(after: r)
        continue
      }
      let leftRun = DigitRun(left, from: l)
      let rightRun = DigitRun(right, from: r)
      if leftRun.significant != rightRun.significant {
        return leftRun.significant < rightRun.significant ? -1 : 1
      }
      // Equally many significant digits: the first that differs decides.
      var i = leftRun.firstSignificant
      var j = rightRun.firstSignificant
      while i < leftRun.end {
        if left[i] != right[j] { return left[i] < right[j] ? -1 : 1 }
        i = left.index(after: i)
        j = right.index(after: j)
      }
      if leftRun.length != rightRun.length { return leftRun.length < rightRun.length ? -1 : 1 }
      l = leftRun.end
      r = rightRun.end
    }
    if l == left.endIndex && r == right.endIndex { return 0 }
    return l == left.endIndex ? -1 : 1
  }

  /// ``compare(_:_:)`` of two ASCII texts, byte by byte.
  private static func compare(
    ascii left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>
  )
    -> Int
  {
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    var l = 0
    var r = 0
    while l < left.count && r < right.count {
      let a = left[l]
      let b = right[r]
      guard isDigit(a) && isDigit(b) else {
        if a != b { return a < b ? -1 : 1 }
        l += 1
        r += 1
        continue
      }
      var leftEnd = l
      while leftEnd < left.count && isDigit(left[leftEnd]) { leftEnd += 1 }
      var rightEnd = r
      while rightEnd < right.count && isDigit(right[rightEnd]) { rightEnd += 1 }
      var i = l
      while i < leftEnd && left[i] == UInt8(ascii: "0") { i += 1 }
      var j = r
      while j < rightEnd && right[j] == UInt8(ascii: "0") { j += 1 }
      if leftEnd - i != rightEnd - j { return leftEnd - i < rightEnd - j ? -1 : 1 }
      while i < leftEnd {
        if left[i] != right[j] { return left[i] < right[j] ? -1 : 1 }
        i += 1
        j += 1
      }
      if leftEnd - l != rightEnd - r { return leftEnd - l < rightEnd - r ? -1 : 1 }
      l = leftEnd
      r = rightEnd
    }
    if l == left.count && r == right.count { return 0 }
    return l == left.count ? -1 : 1
  }

  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.allSatisfy { $0 < 0x80 }
  }

  /// A run of decimal digits in a text: its length, and where its significant digits (those
  /// after any leading zeros) start.
  private struct DigitRun {
    var length = 0
    var significant = 0
    var firstSignificant: String.UnicodeScalarView.Index
    var end: String.UnicodeScalarView.Index

    init(_ scalars: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index) {
      var index = start
      var first: String.UnicodeScalarView.Index?
      while index < scalars.endIndex, scalars[index].isDigit {
        if first == nil, scalars[index] != "0" { first = index }
        if first != nil { significant += 1 }
        length += 1
        index = scalars.index(after: index)
      }
      end = index
      firstSignificant = first ?? index
    }
  }
}

extension Unicode.Scalar {
  fileprivate var isDigit: Bool { ("0"..."9").contains(self) }
}
