/// Numbers in running text as a RID writes them: one to nine in words, 10 and above in figures
/// ("two days effort", "five days", "a maximum of 20 days").
public enum NumberWords {
  private static let words = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
  ]

  /// `count` in words when it is from one to nine, in figures otherwise.
  public static func text(_ count: Int) -> String {
    (1...9).contains(count) ? words[count - 1] : String(count)
  }

  /// A number of days in running text: `five`, `20`, `2.5` (fractions in figures).
  public static func text(_ days: Days) -> String {
    guard days.tenThousandths % Days.scale == 0,
      let whole = Int(exactly: days.tenThousandths / Days.scale)
    else { return days.plainDecimal }
    return text(whole)
  }

  /// `days` with its noun: `one day`, `five days`, `20 days`, `2.5 days`.
  public static func days(_ days: Days) -> String {
    text(days) + (days.tenThousandths == Days.scale ? " day" : " days")
  }
}
