extension VersionLabel {
  /// What `version` was if a spreadsheet typed it as a number and dropped its trailing zero
  /// (`0.1` was `0.10`, `1.2` was `1.20`); `nil` if it cannot have been (`0.4a`, `1`, `0.10`).
  ///
  /// Only a version of digits, a point and one digit from 1 to 9 can have lost a zero that
  /// changes its order among others.
  public static func beforeDroppedZero(_ version: String) -> String? {
    let bytes = Array(version.utf8)
    guard bytes.count >= 3, let point = bytes.firstIndex(of: UInt8(ascii: ".")),
      point == bytes.count - 2, point > 0,
      bytes[..<point].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
      (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[point + 1])
    else { return nil }
    return version + "0"
  }

  /// The versions among `others` (of the same release) that make `version` doubtful: read as
  /// it was before a spreadsheet dropped its trailing zero it would come after them, so which
  /// version is the latest turns on the lost zero (`0.1` among `0.9`: `0.10` is later than `0.9`,
  /// `0.1` is earlier). Empty if `version` cannot have lost a zero.
  public static func orderTurningOnDroppedZero(
    _ version: String, among others: some Sequence<String>
  ) -> [String] {
    orderTurningOnDroppedZero(version, amongSorted: others.sorted(by: VersionOrder.precedes))
  }

  /// ``orderTurningOnDroppedZero(_:among:)`` among versions already in ``VersionOrder``, found
  /// by two binary searches: those after `version` and before what it was, in that order.
  public static func orderTurningOnDroppedZero(
    _ version: String, amongSorted sorted: [String]
  ) -> [String] {
    guard let before = beforeDroppedZero(version) else { return [] }
    /// The first position whose version is not before `limit` (or, `inclusive`, not at most).
    func boundary(_ limit: String, inclusive: Bool) -> Int {
      var low = 0
      var high = sorted.count
      while low < high {
        let middle = (low + high) / 2
        let isBelow =
          inclusive
          ? !VersionOrder.precedes(limit, sorted[middle])
          : VersionOrder.precedes(sorted[middle], limit)
        if isBelow { low = middle + 1 } else { high = middle }
      }
      return low
    }
    let first = boundary(version, inclusive: true)
    let end = boundary(before, inclusive: false)
    return first < end ? Array(sorted[first..<end]) : []
  }
}
