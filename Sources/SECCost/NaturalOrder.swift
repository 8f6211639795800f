/// Orders text the way people read identifiers: digit runs by value (`MP99` before `MP140`,
/// `0.4` before `0.10`), everything else by Unicode scalar value.
public enum NaturalOrder {
  /// Whether `lhs` sorts before `rhs`.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    compare(lhs, rhs) < 0
  }

  /// -1, 0 or 1 as `lhs` sorts before, with, or after `rhs`.
  public static func compare(_ lhs: String, _ rhs: String) -> Int {
    var left = Array(lhs.unicodeScalars)[...]
    var right = Array(rhs.unicodeScalars)[...]
    while let l = left.first, let r = right.first {
      if l.isDigit && r.isDigit {
        let leftRun = left.prefix(while: \.isDigit)
        let rightRun = right.prefix(while: \.isDigit)
        let leftValue = leftRun.drop(while: { $0 == "0" })
        let rightValue = rightRun.drop(while: { $0 == "0" })
        if leftValue.count != rightValue.count {
          return leftValue.count < rightValue.count ? -1 : 1
        }
        for (a, b) in zip(leftValue, rightValue) where a != b { return a < b ? -1 : 1 }
        if leftRun.count != rightRun.count { return leftRun.count < rightRun.count ? -1 : 1 }
        left = left.dropFirst(leftRun.count)
        right = right.dropFirst(rightRun.count)
      } else {
        if l != r { return l < r ? -1 : 1 }
        left = left.dropFirst()
        right = right.dropFirst()
      }
    }
    if left.isEmpty && right.isEmpty { return 0 }
    return left.isEmpty ? -1 : 1
  }
}

extension Unicode.Scalar {
  fileprivate var isDigit: Bool { ("0"..."9").contains(self) }
}
