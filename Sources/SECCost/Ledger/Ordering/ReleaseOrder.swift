/// Orders SEC Release names by date: `June 2020` before `November 2020` before `February 2021`.
///
/// A name that is not `Month YYYY` sorts after every dated one, in natural order.
public enum ReleaseOrder {
  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// The year and month of a release name like `November 2022`, if it is one.
  public static func yearAndMonth(of release: String) -> (year: Int, month: Int)? {
    let words = release.split(separator: " ", omittingEmptySubsequences: true)
    guard words.count == 2, let month = months.firstIndex(of: words[0].lowercased()),
      let year = Int(words[1]), words[1].count == 4
    else { return nil }
    return (year, month + 1)
  }

  /// Whether release `lhs` sorts before release `rhs`.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    switch (yearAndMonth(of: lhs), yearAndMonth(of: rhs)) {
    case (let l?, let r?):
      if l.year != r.year { return l.year < r.year }
      if l.month != r.month { return l.month < r.month }
      return NaturalOrder.precedes(lhs, rhs)
    case (.some, nil): return true
    case (nil, .some): return false
    case (nil, nil): return NaturalOrder.precedes(lhs, rhs)
    }
  }
}
