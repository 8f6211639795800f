import SECCost

/// A total of figure cells that never shows a TBC as £0: a live formula over the cells, and its
/// value computed exactly (from `Money`) for the cached value.
///
/// With `N` amounts (number cells and, where text is counted, text amounts such as a footnoted
/// `£1,573 [1]`, read by `NUMBERVALUE` with `.` as the decimal point whatever the locale; a
/// range `£301,000 to £625,000 (likely £400,000) [2]` adds its low amount to the low sum and its
/// high amount to the high sum, as `seccost totals` adds intervals), `T` cells that start with
/// `TBC`, `A` that start with `N/A` and `O` other text cells (figures a spreadsheet cannot
/// read), the total reads:
/// - the sum, as a number, when there is no TBC, no other text and no range;
/// - `£5,270,792 to £5,744,792` when the low and high sums differ;
/// - `TBC` when there are no amounts and no other text but a TBC (`N/A` with only N/As, empty
///   with nothing);
/// - else text made by the formula: `£1,886,716 + 2 TBC`, `£1,200 + 1 TBC + 1 not summed`.
package struct XLSXColumnTotal {
  /// The counts and sum of the cells, as the formula finds them.
  package struct Tally {
    /// The sum of the amount cells (of a range's low amount).
    package var sum: Money = .zero
    /// The sum of the amount cells with a range's high amount.
    package var highSum: Money = .zero
    /// The number of amount cells.
    package var amounts = 0
    /// The number of TBC cells.
    package var tbc = 0
    /// The number of N/A cells.
    package var notApplicable = 0
    /// The number of other text cells (not added).
    package var other = 0
    /// The number of text cells holding one amount (`£1,573 [1]`), added.
    package var textAmounts = 0

    /// An empty tally.
    package init() {}

    /// Counts a figure cell: `amount` for a number cell, else its text.
    package mutating func add(amount: Money) throws(MoneyError) {
      sum = try sum.adding(amount)
      highSum = try highSum.adding(amount)
      amounts += 1
    }

    /// Counts a text cell holding `amount` (`£1,573 [1]`), which the formula reads and adds.
    package mutating func add(textAmount amount: Money) throws(MoneyError) {
      try add(textRange: amount, to: amount)
    }

    /// Counts a text cell holding a range from `low` to `high` (`£301,000 to £625,000`), whose
    /// low and high amounts the formula adds to the low and high sums.
    package mutating func add(textRange low: Money, to high: Money) throws(MoneyError) {
      sum = try sum.adding(low)
      highSum = try highSum.adding(high)
      textAmounts += 1
    }

    /// Counts a text cell as the formula's `COUNTIF` patterns do.
    package mutating func add(text: String) {
      if text.isEmpty { return }
      if text.hasPrefix("TBC") {
        tbc += 1
      } else if text.hasPrefix("N/A") {
        notApplicable += 1
      } else {
        other += 1
      }
    }
  }

  /// The ranges added (`C5:C20`, or single cells `C5`, `E5`).
  package let ranges: [String]
  /// Whether text that is neither TBC nor N/A counts as "not summed" (a wide sheet's ranges);
  /// when `false` such text (a placeholder) is ignored.
  package let countsOtherText: Bool

  /// A total over `ranges`.
  package init(ranges: [String], countsOtherText: Bool = true) {
    self.ranges = ranges
    self.countsOtherText = countsOtherText
  }

  /// `COUNTIF` summed over the ranges (it takes one range only).
  private func countIf(_ pattern: String) -> String {
    "(" + ranges.map { "COUNTIF(\($0),\"\(pattern)\")" }.joined(separator: "+") + ")"
  }

  /// The formula for the number of TBC cells.
  package var tbcCount: String { countIf("TBC*") }

  /// Whether the formula reads text amounts (it does where it counts other text): an array
  /// formula then.
  package var isArray: Bool { countsOtherText }

  /// The amount a text cell's figure starts with, for each cell of `range`: its first word
  /// (`£301,000` of `£301,000 to £625,000 [1]`), without `£`, read with `.` as the decimal point
  /// and `,` grouping digits; an error where it is no amount (`TBC`).
  private func textAmount(_ range: String) -> String {
    amount(firstWord(range))
  }

  /// The high amount of a text cell's figure, for each cell of `range`: the first word after
  /// ` to `, or the first word when there is no ` to ` (the text is read as `TEXT to TEXT`).
  private func textHighAmount(_ range: String) -> String {
    let doubled = "\(range)&\" to \"&\(range)"
    return amount(firstWord("MID(\(doubled),FIND(\" to \",\(doubled))+4,1000)"))
  }

  /// The text before the first space of `text`.
  private func firstWord(_ text: String) -> String {
    "LEFT(\(text),FIND(\" \",\(text)&\" \")-1)"
  }

  /// `text` (`£1,234.56`) read as a number.
  private func amount(_ text: String) -> String {
    "_xlfn.NUMBERVALUE(SUBSTITUTE(\(text),\"£\",\"\"),\".\",\",\")"
  }

  /// `value` as the £ format shows it: pence only when it has them.
  private static func money(_ value: String) -> String {
    "IF(\(value)=INT(\(value)),TEXT(\(value),\"£#,##0\"),TEXT(\(value),\"£#,##0.00\"))"
  }

  /// The formula (without `=`).
  package var formula: String {
    let list = ranges.joined(separator: ",")
    var sum = "SUM(\(list))"
    var high = sum
    var amounts = "COUNT(\(list))"
    let tbc = tbcCount
    let notApplicable = countIf("N/A*")
    if countsOtherText {
      let sums = ranges.map { "SUMPRODUCT(ISTEXT(\($0))*IFERROR(\(textAmount($0)),0))" }
      let counts = ranges.map { "SUMPRODUCT(ISTEXT(\($0))*ISNUMBER(\(textAmount($0))))" }
      let highs = ranges.map {
        "SUMPRODUCT(ISTEXT(\($0))*IFERROR(\(textHighAmount($0)),0))"
      }
      high = "(\(sum)+" + highs.joined(separator: "+") + ")"
      sum = "(\(sum)+" + sums.joined(separator: "+") + ")"
      amounts = "(\(amounts)+" + counts.joined(separator: "+") + ")"
    }
    let other =
      countsOtherText ? "(COUNTA(\(list))-\(amounts)-\(tbc)-\(notApplicable))" : "0"

    // The high sum's format chosen inside TEXT (two references, not three): the formula stays
    // under Excel's 8,192 characters for a column of a million rows.
    let interval =
      countsOtherText
      ? "&IF(\(high)<>\(sum),\" to \"&TEXT(\(high),IF(\(high)=INT(\(high)),\"£#,##0\",\"£#,##0.00\")),\"\")"
      : ""
    let text =
      "IF(\(amounts)>0,\(Self.money(sum))\(interval),\"\")"
      + "&IF(\(tbc)>0,IF(\(amounts)>0,\" + \",\"\")&\(tbc)&\" TBC\",\"\")"
      + "&IF(\(other)>0,IF(\(amounts)+\(tbc)>0,\" + \",\"\")&\(other)&\" not summed\",\"\")"
    let number = countsOtherText ? "IF(\(high)=\(sum),\(sum),\(text))" : sum
    return "IF(\(amounts)+\(other)=0,IF(\(tbc)>0,\"TBC\",IF(\(notApplicable)>0,\"N/A\",\"\")),"
      + "IF(\(tbc)+\(other)=0,\(number),\(text)))"
  }

  /// The value of ``formula`` for cells that tally `tally`, as text, or `nil` when it is the sum.
  package static func text(_ tally: Tally, countsOtherText: Bool = true) -> String? {
    let other = countsOtherText ? tally.other : 0
    let amounts = tally.amounts + (countsOtherText ? tally.textAmounts : 0)
    if amounts + other == 0 {
      return tally.tbc > 0 ? "TBC" : tally.notApplicable > 0 ? "N/A" : ""
    }
    let interval = countsOtherText && tally.highSum != tally.sum
    if tally.tbc + other == 0 && !interval { return nil }
    var parts: [String] = []
    if amounts > 0 {
      parts.append(tally.sum.formatted + (interval ? " to \(tally.highSum.formatted)" : ""))
    }
    if tally.tbc > 0 { parts.append("\(tally.tbc) TBC") }
    if other > 0 { parts.append("\(other) not summed") }
    return parts.joined(separator: " + ")
  }

  /// The total's cell for cells that tally `tally`.
  package func cell(_ tally: Tally) -> XLSXCell {
    var cell: XLSXCell
    if let text = Self.text(tally, countsOtherText: countsOtherText) {
      cell = XLSXCell(value: .textFormula(formula, cached: text), style: .totalText)
    } else {
      cell = XLSXCell(
        value: .formula(formula, cached: XLSXCell.decimal(tally.sum)),
        style: XLSXStyle.money(pence: !tally.sum.isWholePounds, italic: false, bold: true))
    }
    cell.isArrayFormula = isArray
    return cell
  }
}
